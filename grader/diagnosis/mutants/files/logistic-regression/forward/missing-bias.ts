import type { Matrix } from 'ml-matrix';
import * as np from 'mlgrade/np';

// missing-bias — Z = wᵀX, the + b forgotten
export function forward(w: Matrix, b: number, X: Matrix): Matrix {
  const Z = np.dot(np.T(w), X);
  return np.div(1, np.add(1, np.exp(np.mul(-1, Z))));
}

/** What the grader tells a student whose step gives what this one gives. */
export const mutant = {
  id: 'missing-bias',
  says: 'your A is σ(wᵀX): the + b is missing',
};
