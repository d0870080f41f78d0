import { Matrix } from 'ml-matrix';

/** σ(z) for one number, in a form that never overflows: e^{-|z|} ≤ 1 on both branches. */
function sigmoidOf(z: number): number {
  if (z >= 0) return 1 / (1 + Math.exp(-z));
  const e = Math.exp(z);
  return e / (1 + e);
}

/**
 * σ(z) = 1 / (1 + e^{-z}), element-wise; a number gives a number, a Matrix a Matrix of the same
 * shape. Computed as e^{z} / (1 + e^{z}) for z < 0, so σ(−1000) = 0 and σ(1000) = 1 exactly.
 */
// notes 003: σ = 1/(1 + e^{-z}); notes 004 "Vectorizing logistic regression": A = σ(Z)
export function sigmoid(z: number): number;
export function sigmoid(z: Matrix): Matrix;
export function sigmoid(z: Matrix | number): Matrix | number;
export function sigmoid(z: Matrix | number): Matrix | number {
  if (typeof z === 'number') return sigmoidOf(z);
  return new Matrix(z.to2DArray().map((row) => row.map(sigmoidOf)));
}
