import { Matrix } from 'ml-matrix';
import type { Params } from './types';
// import { modelForward } from './modelForward';

/**
 * Ŷ = 1 where A^[L] > 0.5, else 0  (notes 004 "Deep neural networks": a^[L] = ŷ).
 *
 * X (n_x, m) → (1, m) of 0/1 labels, not probabilities (`returns-probabilities`).
 */
export function predict(X: Matrix, params: Params): Matrix {
  throw new Error('not implemented yet: deep-network/predict');
}
