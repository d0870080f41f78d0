import type { Matrix } from 'ml-matrix';
import * as np from 'mlgrade/np';

// double-1-over-m — notes 004: 1/m put into dz, and dW/db divide by m again
export function dZ(A: Matrix, Y: Matrix): Matrix {
  return np.div(np.sub(A, Y), Y.columns);
}
