import type { Matrix } from 'ml-matrix';
import * as np from 'mlgrade/np';

// transposed-result — notes 003: dZ·Xᵀ gives (1, n_x), the transpose of dw
export function dW(X: Matrix, dZ: Matrix): Matrix {
  const m = X.columns;
  return np.div(np.dot(dZ, np.T(X)), m);
}

/** What the grader tells a student whose step gives what this one gives. */
export const mutant = {
  id: 'transposed-result',
  says: 'your dw is dZ·Xᵀ, (1, n_x): the transpose of dw (notes 003, examples in rows)',
};
