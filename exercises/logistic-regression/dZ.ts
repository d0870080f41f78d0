import { Matrix } from 'ml-matrix';
// import * as np from 'mlgrade/np';

/**
 * dZ = A - Y  (notes 003, 004 "Vectorizing logistic regression"), shape (1, m).
 *
 * This is dL/dz for sigmoid + log loss: (-y/a + (1-y)/(1-a)) · a(1-a) simplifies to a - y.
 * No 1/m here: it belongs to dW and db only (putting it here too is `double-1-over-m`).
 * ml-matrix's `A.sub(Y)` changes A in place (`mutates-input`): use `Matrix.sub(A, Y)` or `np.sub(A, Y)`.
 */
export function dZ(A: Matrix, Y: Matrix): Matrix {
  throw new Error('not implemented yet: logistic-regression/dZ');
}
