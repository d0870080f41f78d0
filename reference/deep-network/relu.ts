import { Matrix } from 'ml-matrix';

/** A = ReLU(Z) = max(0, Z) element-wise, same shape as Z. */
// notes 001: A_1 = f_1(Z_1), A_2 = f_2(Z_2) — the hidden activations, here ReLU
export function relu(Z: Matrix): Matrix {
  return new Matrix(Z.to2DArray().map((row) => row.map((z) => Math.max(0, z))));
}
