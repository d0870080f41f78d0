import type { Matrix } from 'ml-matrix';
import * as np from 'mlgrade/np';

// double-1-over-m — the average taken twice: divided by m, then by m again
export function dW(X: Matrix, dZ: Matrix): Matrix {
  const m = X.columns;
  return np.div(np.div(np.dot(X, np.T(dZ)), m), m);
}

/** What the grader tells a student whose step gives what this one gives. */
export const mutant = {
  id: 'double-1-over-m',
  says: 'your dw is divided by m twice',
};
