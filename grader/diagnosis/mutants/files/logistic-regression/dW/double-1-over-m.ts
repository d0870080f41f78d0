import type { Matrix } from 'ml-matrix';
import * as np from 'mlgrade/np';

// double-1-over-m — the average taken twice: divided by m, then by m again
export function dW(X: Matrix, dZ: Matrix): Matrix {
  const m = X.columns;
  return np.div(np.div(np.dot(X, np.T(dZ)), m), m);
}
