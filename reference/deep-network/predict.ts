import { Matrix } from 'ml-matrix';
import type { Params } from './initializeParameters';
import { modelForward } from './modelForward';

/** Ŷ = 1 where A^[L] > 0.5, else 0: (1, m) of 0/1. */
// notes 004, "Deep neural networks": a^[L] = ŷ, the predictions
export function predict(X: Matrix, params: Params): Matrix {
  const { AL } = modelForward(X, params);
  return new Matrix(AL.to2DArray().map((row) => row.map((a) => (a > 0.5 ? 1 : 0))));
}
