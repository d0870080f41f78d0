// Types shared by the shallow-network steps (not a step: the grader ignores this file).
import type { Matrix } from 'ml-matrix';

/** n_x = n^[0] input features, n_h = n^[1] hidden units, n_y = n^[2] output units. */
export type LayerSizes = { nX: number; nH: number; nY: number };

/** W1 (n^[1], n^[0]), b1 (n^[1], 1), W2 (n^[2], n^[1]), b2 (n^[2], 1). */
export type Params = { W1: Matrix; b1: Matrix; W2: Matrix; b2: Matrix };

/** What forward keeps for backward: Z1, A1 (n^[1], m); Z2, A2 (n^[2], m). */
export type Cache = { Z1: Matrix; A1: Matrix; Z2: Matrix; A2: Matrix };

/** Each gradient has the shape of its parameter. */
export type Grads = { dW1: Matrix; db1: Matrix; dW2: Matrix; db2: Matrix };

/** A seeded standard-normal stream: the steps never call Math.random. */
export type Randn = () => number;

export type TrainOptions = { hiddenUnits: number; iterations: number; learningRate: number; randn: Randn };

/** costs[i] is the cost of iteration i, computed before that iteration's update. */
export type TrainResult = { params: Params; costs: number[] };
