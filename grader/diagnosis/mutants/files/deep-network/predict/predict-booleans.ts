import type { Matrix } from 'ml-matrix';
import * as np from 'mlgrade/np';

// predict-booleans — A^[L] > 0.5 kept as true/false instead of the labels 1/0
export function predict(X: Matrix, params: Record<string, Matrix>): boolean[][] {
  const L = Object.keys(params).filter((k) => k.startsWith('W')).length;
  let A = X;
  for (let l = 1; l <= L; l++) {
    const Z = np.add(np.dot(params[`W${l}`], A), params[`b${l}`]);
    A = l < L ? np.maximum(Z, 0) : np.div(1, np.add(1, np.exp(np.mul(-1, Z))));
  }
  return A.to2DArray().map((row) => row.map((a) => a > 0.5));
}

/** What the grader tells a student whose step gives what this one gives. */
export const mutant = {
  id: 'predict-booleans',
  says: 'your predict returns true/false (A^[L] > 0.5): the labels are the numbers 1 and 0',
};
