// Types shared by the tanh-network steps (not a step: the grader ignores this file).
import type { Matrix } from 'ml-matrix';

/** W1 (n_h, n_x), b1 (n_h, 1), W2 (1, n_h), b2 (1, 1). */
export type Params = { W1: Matrix; b1: Matrix; W2: Matrix; b2: Matrix };

/** What forward keeps for backward: Z1, A1 (n_h, m); Z2, A2 (1, m). */
export type Cache = { Z1: Matrix; A1: Matrix; Z2: Matrix; A2: Matrix };

/** Each gradient has the shape of its parameter. */
export type Grads = { dW1: Matrix; db1: Matrix; dW2: Matrix; db2: Matrix };
