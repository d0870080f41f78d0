import type { Matrix } from 'ml-matrix';
import * as np from 'mlgrade/np';

// missing-bias — Z = W A_prev, the + b forgotten
export function linearForward(APrev: Matrix, W: Matrix, b: Matrix): Matrix {
  return np.dot(W, APrev);
}

/** What the grader tells a student whose step gives what this one gives. */
export const mutant = {
  id: 'missing-bias',
  says: 'your Z is W·A_prev: the + b is missing',
};
