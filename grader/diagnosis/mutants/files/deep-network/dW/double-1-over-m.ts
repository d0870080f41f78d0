import { Matrix } from 'ml-matrix';
import * as np from 'mlgrade/np';

// double-1-over-m — averaged twice: divided by m, then by m again
export function dW(dZ: Matrix, APrev: Matrix): Matrix {
  const m = APrev.columns;
  return np.div(np.dot(dZ, np.T(APrev)), m * m);
}

/** What the grader tells a student whose step gives what this one gives. */
export const mutant = {
  id: 'double-1-over-m',
  says: 'your dW is divided by m twice',
};
