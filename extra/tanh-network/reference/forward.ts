import { Matrix } from 'ml-matrix';
import type { Cache, Params } from './types';

/** σ(z) = 1/(1 + e^{-z}) element-wise, written e^{z}/(1 + e^{z}) for z < 0 so it never overflows. */
function sigmoid(Z: Matrix): Matrix {
  const s = (z: number): number => (z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z)));
  return new Matrix(Z.to2DArray().map((row) => row.map(s)));
}

/** Z1 = W1 X + b1, A1 = tanh(Z1) (the hidden layer), Z2 = W2 A1 + b2, A2 = σ(Z2) (the output). */
export function forward(X: Matrix, params: Params): { A2: Matrix; cache: Cache } {
  const Z1 = params.W1.mmul(X).addColumnVector(params.b1);
  const A1 = new Matrix(Z1.to2DArray().map((row) => row.map(Math.tanh)));
  const Z2 = params.W2.mmul(A1).addColumnVector(params.b2);
  const A2 = sigmoid(Z2);
  return { A2, cache: { Z1, A1, Z2, A2 } };
}
