import { Matrix } from 'ml-matrix';

/** σ(z) for one number, never overflowing: e^{-|z|} ≤ 1 on both branches. */
function sigmoidOf(z: number): number {
  if (z >= 0) return 1 / (1 + Math.exp(-z));
  const e = Math.exp(z);
  return e / (1 + e);
}

/** A = σ(Z) = 1 / (1 + e^{-Z}) element-wise, same shape as Z; σ(−1000) = 0, σ(1000) = 1 exactly. */
// notes 001: Sigmoid f(x) = 1/(1 + e^{-x}), A_3 = Sigmoid(Z_3)
export function sigmoid(Z: Matrix): Matrix {
  return new Matrix(Z.to2DArray().map((row) => row.map(sigmoidOf)));
}
