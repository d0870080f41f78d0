import { Matrix } from 'ml-matrix';

/**
 * dw = (1/m) X dZᵀ: X (n_x, m), dZ (1, m) → dw (n_x, 1), the average over the m examples of x⁽ⁱ⁾ dz⁽ⁱ⁾.
 */
// notes 004, "Vectorizing logistic regression": dw = 1/m X·dZᵀ (the notes write 1/n: m is meant)
export function dW(X: Matrix, dZ: Matrix): Matrix {
  const m = X.columns;
  return X.mmul(dZ.transpose()).mul(1 / m);
}
