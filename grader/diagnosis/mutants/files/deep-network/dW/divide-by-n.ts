import { Matrix } from 'ml-matrix';
import * as np from 'mlgrade/np';

// divide-by-n — notes 004: 1/n, with n = A_prev.rows, the features of the layer input
export function dW(dZ: Matrix, APrev: Matrix): Matrix {
  const m = APrev.columns;
  return np.div(np.dot(dZ, np.T(APrev)), APrev.rows);
}
