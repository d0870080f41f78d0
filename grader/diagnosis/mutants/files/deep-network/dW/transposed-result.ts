import { Matrix } from 'ml-matrix';
import * as np from 'mlgrade/np';

// transposed-result — notes 003: a_prev · dzᵀ, the transpose of dW
export function dW(dZ: Matrix, APrev: Matrix): Matrix {
  const m = APrev.columns;
  return np.div(np.dot(APrev, np.T(dZ)), m);
}
