import { Matrix } from 'ml-matrix';
import type { Params } from './initializeParameters';

/** What backward needs from the forward pass. */
export interface Cache {
  Z1: Matrix;
  A1: Matrix;
  Z2: Matrix;
  A2: Matrix;
}

/** σ(z) = 1/(1 + e^{-z}) element-wise, as e^{z}/(1 + e^{z}) for z < 0 so it never overflows. */
function sigmoid(Z: Matrix): Matrix {
  const s = (z: number): number => (z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z)));
  return new Matrix(Z.to2DArray().map((row) => row.map(s)));
}

/**
 * Z1 = W1 X + b1 (n_h, m), A1 = σ(Z1), Z2 = W2 A1 + b2 (n_y, m), A2 = σ(Z2); b broadcast to
 * every column.
 */
// notes 004, "Gradient descent for 1-hidden layer network": z^[1] = w^[1]x + b^[1], A^[1] = g^[1](z^[1]), …
export function forward(X: Matrix, params: Params): { A2: Matrix; cache: Cache } {
  const Z1 = params.W1.mmul(X).addColumnVector(params.b1);
  const A1 = sigmoid(Z1);
  const Z2 = params.W2.mmul(A1).addColumnVector(params.b2);
  const A2 = sigmoid(Z2);
  return { A2, cache: { Z1, A1, Z2, A2 } };
}
