import { Matrix } from 'ml-matrix';
import { forward } from './forward';
import type { Params } from './types';

/** 1 where the network's output A2 > 0.5, else 0: a (1, m) matrix of labels. */
export function predict(X: Matrix, params: Params): Matrix {
  const { A2 } = forward(X, params);
  return new Matrix(A2.to2DArray().map((row) => row.map((a) => (a > 0.5 ? 1 : 0))));
}
