import { Matrix } from 'ml-matrix';
// import * as np from 'mlgrade/np';

/**
 * dw = (1/m) X dZᵀ  (notes 004, "Vectorizing logistic regression"), shape (n_x, 1) like w.
 *
 * X (n_x, m), dZ (1, m) → (n_x, m)·(m, 1) = (n_x, 1). m is the number of examples: columns of X.
 * Warning: notes 004 write `dw = 1/n X·dZᵀ`; n is the number of features. Divide by m (`divide-by-n`).
 * Without the transpose X·dZ does not even multiply (`missing-transpose`).
 */
export function dW(X: Matrix, dZ: Matrix): Matrix {
  throw new Error('not implemented yet: logistic-regression/dW');
}
