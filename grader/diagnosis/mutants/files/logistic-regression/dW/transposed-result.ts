import type { Matrix } from 'ml-matrix';
import * as np from 'mlgrade/np';

// transposed-result — notes 003: dZ·Xᵀ gives (1, n_x), the transpose of dw
export function dW(X: Matrix, dZ: Matrix): Matrix {
  const m = X.columns;
  return np.div(np.dot(dZ, np.T(X)), m);
}
