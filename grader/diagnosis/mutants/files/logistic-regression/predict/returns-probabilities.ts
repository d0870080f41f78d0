import type { Matrix } from 'ml-matrix';
import * as np from 'mlgrade/np';

// returns-probabilities — A itself, the probabilities, instead of 0/1 labels
export function predict(w: Matrix, b: number, X: Matrix): Matrix {
  const Z = np.add(np.dot(np.T(w), X), b);
  return np.div(1, np.add(1, np.exp(np.mul(-1, Z))));
}

/** What the grader tells a student whose step gives what this one gives. */
export const mutant = {
  id: 'returns-probabilities',
  says: 'your predict returns the probabilities A, not 0/1 labels',
};
