import type { Matrix } from 'ml-matrix';
import * as np from 'mlgrade/np';

// sigmoid-sign — σ(z) written 1/(1 + e^{z})
export function forward(w: Matrix, b: number, X: Matrix): Matrix {
  const Z = np.add(np.dot(np.T(w), X), b);
  return np.div(1, np.add(1, np.exp(Z)));
}

/** What the grader tells a student whose step gives what this one gives. */
export const mutant = {
  id: 'sigmoid-sign',
  says: 'your A is σ(−z): the sigmoid is written 1/(1 + e^{z})',
};
