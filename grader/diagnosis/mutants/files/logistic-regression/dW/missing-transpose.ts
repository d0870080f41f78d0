import type { Matrix } from 'ml-matrix';
import * as np from 'mlgrade/np';

// missing-transpose — X·dZ: (n_x, m)·(1, m) does not multiply
export function dW(X: Matrix, dZ: Matrix): Matrix {
  const m = X.columns;
  return np.div(np.dot(X, dZ), m);
}

/** What the grader tells a student whose step gives what this one gives. */
export const mutant = {
  id: 'missing-transpose',
  says: 'X · dZ does not multiply, (n_x, m)·(1, m): dZ needs its transpose',
};
