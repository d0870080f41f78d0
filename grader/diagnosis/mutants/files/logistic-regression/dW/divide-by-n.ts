import type { Matrix } from 'ml-matrix';
import * as np from 'mlgrade/np';

// divide-by-n — notes 004: dw = 1/n X·dZᵀ, with n = X.rows the number of features
export function dW(X: Matrix, dZ: Matrix): Matrix {
  const n = X.rows;
  return np.div(np.dot(X, np.T(dZ)), n);
}

/** What the grader tells a student whose step gives what this one gives. */
export const mutant = {
  id: 'divide-by-n',
  says: 'your dw is divided by n_x, the number of features, instead of m (notes 004 write 1/n)',
};
