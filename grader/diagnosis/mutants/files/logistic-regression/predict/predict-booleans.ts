import type { Matrix } from 'ml-matrix';
import * as np from 'mlgrade/np';

// predict-booleans — a > 0.5 is a boolean: true/false, not the labels 1/0
export function predict(w: Matrix, b: number, X: Matrix): boolean[][] {
  const A = np.div(1, np.add(1, np.exp(np.mul(-1, np.add(np.dot(np.T(w), X), b)))));
  return A.to2DArray().map((row) => row.map((a) => a > 0.5));
}

/** What the grader tells a student whose step gives what this one gives. */
export const mutant = {
  id: 'predict-booleans',
  says: 'your predict returns true/false (a > 0.5): the labels are the numbers 1 and 0',
};
