import { Matrix } from 'ml-matrix';
import type { Params } from './initializeParameters';
import { forward } from './forward';

/** Ŷ = 1 where A2 > 0.5, else 0: (1, m) of 0/1. */
// notes 004: A^[2] = σ(Z^[2]) = ŷ, the predictions for the m examples
export function predict(X: Matrix, params: Params): Matrix {
  const { A2 } = forward(X, params);
  return new Matrix(A2.to2DArray().map((row) => row.map((a) => (a > 0.5 ? 1 : 0))));
}
