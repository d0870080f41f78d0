// Types shared by the deep-network steps (not a step: the grader ignores this file).
import type { Matrix } from 'ml-matrix';

/** { W1, b1, …, WL, bL }: W^[l] (n^[l], n^[l-1]), b^[l] (n^[l], 1). `params.W1`, `params[`W${l}`]` are Matrix. */
export type Params = { [key: `W${number}`]: Matrix; [key: `b${number}`]: Matrix };

/** { dW1, db1, …, dWL, dbL }: each gradient has the shape of its parameter. */
export type Grads = { [key: `dW${number}`]: Matrix; [key: `db${number}`]: Matrix };

/** ReLU in the hidden layers 1 … L-1, sigmoid in the output layer L. */
export type Activation = 'sigmoid' | 'relu';

/** What the forward pass of layer l keeps for its backward pass: A^[l-1], W^[l], b^[l], Z^[l]. */
export type Cache = { APrev: Matrix; W: Matrix; b: Matrix; Z: Matrix };

/** A seeded standard-normal stream: the steps never call Math.random. */
export type Randn = () => number;

export type TrainOptions = { iterations: number; learningRate: number; randn: Randn };

/** costs[i] is the cost of iteration i, computed before that iteration's update. */
export type TrainResult = { params: Params; costs: number[] };
