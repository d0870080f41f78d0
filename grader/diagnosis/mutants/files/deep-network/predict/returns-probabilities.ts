import type { Matrix } from 'ml-matrix';
import * as np from 'mlgrade/np';

// returns-probabilities — A^[L] itself instead of 0/1 labels
export function predict(X: Matrix, params: Record<string, Matrix>): Matrix {
  const L = Object.keys(params).filter((k) => k.startsWith('W')).length;
  let A = X;
  for (let l = 1; l <= L; l++) {
    const Z = np.add(np.dot(params[`W${l}`], A), params[`b${l}`]);
    A = l < L ? np.maximum(Z, 0) : np.div(1, np.add(1, np.exp(np.mul(-1, Z))));
  }
  return A;
}

/** What the grader tells a student whose step gives what this one gives. */
export const mutant = {
  id: 'returns-probabilities',
  says: 'your predict returns the probabilities A^[L], not 0/1 labels',
};
