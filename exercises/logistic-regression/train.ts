import { Matrix } from 'ml-matrix';
import type { TrainOptions, TrainResult } from './types';
// import { initializeWithZeros } from './initializeWithZeros';
// import { forward } from './forward';
// import { cost } from './cost';
// import { dZ } from './dZ';
// import { dW } from './dW';
// import { db } from './db';
// import { update } from './update';

/**
 * Gradient descent  (notes 004, "Gradient descent" and "Vectorizing logistic regression").
 *
 * X (n_x, m), Y (1, m). Start from initializeWithZeros(n_x); then, `iterations` times:
 *   A = forward(w, b, X);  costs.push(cost(A, Y));  dz = dZ(A, Y);
 *   params = update(params, { dw: dW(X, dz), db: db(dz) }, learningRate)
 * costs[i] is the cost of iteration i before its update, so costs.length === iterations.
 */
export function train(X: Matrix, Y: Matrix, options: TrainOptions): TrainResult {
  throw new Error('not implemented yet: logistic-regression/train');
}
