import type { Matrix } from 'ml-matrix';
import * as np from 'mlgrade/np';

// missing-1-over-m — notes 003: dw = x·dz for one example, never averaged over the m
export function dW(X: Matrix, dZ: Matrix): Matrix {
  const m = X.columns;
  return np.dot(X, np.T(dZ));
}
