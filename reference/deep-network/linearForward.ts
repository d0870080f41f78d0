import { Matrix } from 'ml-matrix';

/** Z = W A_prev + b: W (n^[l], n^[l-1]), A_prev (n^[l-1], m), b (n^[l], 1) broadcast → Z (n^[l], m). */
// notes 001: Z_k = W_k A_{k-1} + B_k; notes 004 "Deep neural networks": z^[l] = w^[l]·a^[l-1] + b^[l]
export function linearForward(APrev: Matrix, W: Matrix, b: Matrix): Matrix {
  return W.mmul(APrev).addColumnVector(b);
}
