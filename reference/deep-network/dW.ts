import { Matrix } from 'ml-matrix';

/** dW^[l] = (1/m) dZ^[l] A^[l-1]ᵀ: dZ (n^[l], m), A_prev (n^[l-1], m) → (n^[l], n^[l-1]), the shape of W^[l]. */
// notes 001: dW_k = 1/m · dZ_k · A_{k-1}ᵀ; notes 004: dw^[l] = (dz^[l] · A^[l-1].T) / m
export function dW(dZ: Matrix, APrev: Matrix): Matrix {
  const m = APrev.columns;
  return dZ.mmul(APrev.transpose()).div(m);
}
