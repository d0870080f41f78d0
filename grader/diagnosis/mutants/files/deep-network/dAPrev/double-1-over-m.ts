import type { Matrix } from 'ml-matrix';
import * as np from 'mlgrade/np';

// double-1-over-m — notes 004: dz^[1] = 1/m dw^[2]T dz^[2] …, a 1/m in dA that dW and db repeat
export function dAPrev(W: Matrix, dZ: Matrix): Matrix {
  return np.div(np.dot(np.T(W), dZ), dZ.columns);
}
