import { Matrix } from 'ml-matrix';
import type { Activation } from './activationForward';
import { sigmoid } from './sigmoid';

/** g'(Z) element-wise: σ'(z) = σ(z)(1 − σ(z)); relu'(z) = 1 if z > 0 else 0. */
function activationDerivative(Z: Matrix, activation: Activation): Matrix {
  if (activation === 'relu') return new Matrix(Z.to2DArray().map((row) => row.map((z) => (z > 0 ? 1 : 0))));
  const S = sigmoid(Z);
  return Matrix.mul(S, Matrix.sub(Matrix.ones(S.rows, S.columns), S));
}

/** dZ^[l] = dA^[l] ⊙ g^[l]'(Z^[l]), element-wise: dA and Z (n^[l], m) → (n^[l], m). */
// notes 004, "Deep neural networks": dz^[l] = dA^[l] * g'^[l](z^[l]); notes 002: dz = da * f'(z)
export function dZ(dA: Matrix, Z: Matrix, activation: Activation): Matrix {
  return Matrix.mul(dA, activationDerivative(Z, activation));
}
