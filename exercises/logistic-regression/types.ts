// Types shared by the logistic-regression steps (not a step: the grader ignores this file).
import type { Matrix } from 'ml-matrix';

/** w: (n_x, 1) weights, one per feature; b: a plain number, broadcast over the m examples. */
export type Params = { w: Matrix; b: number };

/** Gradients of the cost: dw has the shape of w, (n_x, 1); db is a number like b. */
export type Grads = { dw: Matrix; db: number };

export type TrainOptions = { iterations: number; learningRate: number };

/** costs[i] is the cost of iteration i, computed before that iteration's update. */
export type TrainResult = { params: Params; costs: number[] };
