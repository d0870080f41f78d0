import { Matrix } from 'ml-matrix';
// import * as np from 'mlgrade/np';
// import { forward } from './forward';

/**
 * Ŷ = 1 where A = σ(wᵀX + b) > 0.5, else 0  (notes 004, "Binary Classification").
 *
 * w (n_x, 1), b a number, X (n_x, m) → (1, m) of 0/1 labels, not the probabilities
 * (`returns-probabilities`).
 */
export function predict(w: Matrix, b: number, X: Matrix): Matrix {
  throw new Error('not implemented yet: logistic-regression/predict');
}
