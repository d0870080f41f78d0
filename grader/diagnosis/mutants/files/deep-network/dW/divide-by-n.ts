import { Matrix } from 'ml-matrix';
import * as np from 'mlgrade/np';

// divide-by-n — notes 004: 1/n, with n = A_prev.rows, the features of the layer input
export function dW(dZ: Matrix, APrev: Matrix): Matrix {
  const m = APrev.columns;
  return np.div(np.dot(dZ, np.T(APrev)), APrev.rows);
}

/** What the grader tells a student whose step gives what this one gives. */
export const mutant = {
  id: 'divide-by-n',
  says: 'your dW is divided by n^[l−1], the number of features of A_prev, instead of m (notes 004 write 1/n)',
};
