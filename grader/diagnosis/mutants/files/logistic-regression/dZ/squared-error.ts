import type { Matrix } from 'ml-matrix';
import * as np from 'mlgrade/np';

// squared-error — notes 003: the derivative of (a − y)², 2(a − y)
export function dZ(A: Matrix, Y: Matrix): Matrix {
  return np.mul(2, np.sub(A, Y));
}

/** What the grader tells a student whose step gives what this one gives. */
export const mutant = {
  id: 'squared-error',
  says: 'your dZ is 2(A − Y), the derivative of the squared error (notes 003)',
};
