import { Matrix } from 'ml-matrix';
// import * as np from 'mlgrade/np';
// import { sigmoid } from './sigmoid';

/**
 * A = σ(wᵀX + b)  (notes 004, "Vectorizing logistic regression").
 *
 * w (n_x, 1), b a number, X (n_x, m) → wᵀX is (1, n_x)·(n_x, m) = (1, m); b is added to every
 * column (broadcasting); A is (1, m), one probability per example.
 * Notes 003 stack examples as rows, `X·w` with X (m, 2): that gives an (m, 1) result, the transpose
 * of the right one (misconception `transposed-result`). Here examples are columns.
 */
export function forward(w: Matrix, b: number, X: Matrix): Matrix {
  throw new Error('not implemented yet: logistic-regression/forward');
}
