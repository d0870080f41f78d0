import type { Matrix } from 'ml-matrix';
import * as np from 'mlgrade/np';

// double-1-over-m — notes 004: 1/m put into dz, and dW/db divide by m again
export function dZ(A: Matrix, Y: Matrix): Matrix {
  return np.div(np.sub(A, Y), Y.columns);
}

/** What the grader tells a student whose step gives what this one gives. */
export const mutant = {
  id: 'double-1-over-m',
  says: 'your dZ is divided by m: the 1/m belongs to dw and db only (notes 004 put it in dz too)',
};
