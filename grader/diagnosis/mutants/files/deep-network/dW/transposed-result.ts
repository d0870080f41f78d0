import { Matrix } from 'ml-matrix';
import * as np from 'mlgrade/np';

// transposed-result — notes 003: a_prev · dzᵀ, the transpose of dW
export function dW(dZ: Matrix, APrev: Matrix): Matrix {
  const m = APrev.columns;
  return np.div(np.dot(APrev, np.T(dZ)), m);
}

/** What the grader tells a student whose step gives what this one gives. */
export const mutant = {
  id: 'transposed-result',
  says: 'your dW is A_prev·dZᵀ, the transpose of dW (notes 003)',
};
