import type { Matrix } from 'ml-matrix';
import * as np from 'mlgrade/np';

// missing-transpose — X·dZ: (n_x, m)·(1, m) does not multiply
export function dW(X: Matrix, dZ: Matrix): Matrix {
  const m = X.columns;
  return np.div(np.dot(X, dZ), m);
}
