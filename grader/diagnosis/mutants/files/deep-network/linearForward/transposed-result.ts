import type { Matrix } from 'ml-matrix';
import * as np from 'mlgrade/np';

// transposed-result — examples as rows (notes 003): A_prevᵀ Wᵀ + bᵀ, (m, n^[l])
export function linearForward(APrev: Matrix, W: Matrix, b: Matrix): Matrix {
  return np.add(np.dot(np.T(APrev), np.T(W)), np.T(b));
}

/** What the grader tells a student whose step gives what this one gives. */
export const mutant = {
  id: 'transposed-result',
  says: 'your Z is (m, n^[l]), examples in rows: Z = W A_prev + b is (n^[l], m)',
};
