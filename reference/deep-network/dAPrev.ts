import { Matrix } from 'ml-matrix';

/** dA^[l-1] = W^[l]ᵀ dZ^[l]: W (n^[l], n^[l-1]), dZ (n^[l], m) → (n^[l-1], m), the shape of A^[l-1]. */
// notes 004, "Deep neural networks": dA^[l-1] = w^[l].T · dz^[l]; notes 002: da^[L-1] = w^[L]ᵀ · dz^[L]
export function dAPrev(W: Matrix, dZ: Matrix): Matrix {
  return W.transpose().mmul(dZ);
}
