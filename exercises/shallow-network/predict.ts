import { Matrix } from 'ml-matrix';
import type { Params } from './types';
// import { forward } from './forward';

/**
 * Ŷ = 1 where A2 > 0.5, else 0  (notes 004, "Neural network representation": "predictions for the classes").
 *
 * X (n_x, m) → (1, m) of 0/1 labels, not probabilities (`returns-probabilities`).
 */
export function predict(X: Matrix, params: Params): Matrix {
  throw new Error('not implemented yet: shallow-network/predict');
}
