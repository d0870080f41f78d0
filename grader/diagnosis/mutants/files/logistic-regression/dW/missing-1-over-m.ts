import type { Matrix } from 'ml-matrix';
import * as np from 'mlgrade/np';

// missing-1-over-m — notes 003: dw = x·dz for one example, never averaged over the m
export function dW(X: Matrix, dZ: Matrix): Matrix {
  const m = X.columns;
  return np.dot(X, np.T(dZ));
}

/** What the grader tells a student whose step gives what this one gives. */
export const mutant = {
  id: 'missing-1-over-m',
  says: 'you forgot to average over the m examples in dw: it is m times too large',
};
