import type { Matrix } from 'ml-matrix';
import * as np from 'mlgrade/np';

// sigmoid-overflow — σ(z) as e^z / (1 + e^z): NaN where e^z overflows
export function forward(w: Matrix, b: number, X: Matrix): Matrix {
  const E = np.exp(np.add(np.dot(np.T(w), X), b));
  return np.div(E, np.add(1, E));
}

/** What the grader tells a student whose step gives what this one gives. */
export const mutant = {
  id: 'sigmoid-overflow',
  says: 'your A has NaN where |z| is large: σ written e^z / (1 + e^z) overflows',
};
