import type { Matrix } from 'ml-matrix';
import * as np from 'mlgrade/np';

// transposed-result — dZᵀ W, (m, n^[l−1]), examples as rows
export function dAPrev(W: Matrix, dZ: Matrix): Matrix {
  return np.dot(np.T(dZ), W);
}

/** What the grader tells a student whose step gives what this one gives. */
export const mutant = {
  id: 'transposed-result',
  says: 'your dA_prev is dZᵀ·W, (m, n^[l−1]): the transpose of Wᵀ dZ',
};
