import type { Matrix } from 'ml-matrix';
import * as np from 'mlgrade/np';

// squared-error — notes 003: the derivative of (a − y)², 2(a − y)
export function dZ(A: Matrix, Y: Matrix): Matrix {
  return np.mul(2, np.sub(A, Y));
}
