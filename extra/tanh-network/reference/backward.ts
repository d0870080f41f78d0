import { Matrix } from 'ml-matrix';
import type { Cache, Grads, Params } from './types';

/** (1/m) · row sums of dZ, as a column (n, 1). */
const averageColumn = (dZ: Matrix): Matrix => Matrix.columnVector(dZ.sum('row')).div(dZ.columns);

/**
 * dZ2 = A2 − Y, dW2 = (1/m) dZ2 A1ᵀ, db2 = (1/m) Σ dZ2;
 * dZ1 = W2ᵀ dZ2 ⊙ (1 − A1²) — tanh′(Z1) = 1 − tanh²(Z1) = 1 − A1² —, dW1 = (1/m) dZ1 Xᵀ, db1 = (1/m) Σ dZ1.
 */
export function backward(params: Params, cache: Cache, X: Matrix, Y: Matrix): Grads {
  const m = X.columns;
  const { A1, A2 } = cache;
  const dZ2 = Matrix.sub(A2, Y);
  const dW2 = dZ2.mmul(A1.transpose()).div(m);
  const db2 = averageColumn(dZ2);
  const tanhSlope = new Matrix(A1.to2DArray().map((row) => row.map((a) => 1 - a * a)));
  const dZ1 = params.W2.transpose().mmul(dZ2).mul(tanhSlope);
  const dW1 = dZ1.mmul(X.transpose()).div(m);
  const db1 = averageColumn(dZ1);
  return { dW1, db1, dW2, db2 };
}
