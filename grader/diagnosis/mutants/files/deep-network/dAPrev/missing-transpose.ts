import type { Matrix } from 'ml-matrix';
import * as np from 'mlgrade/np';

// missing-transpose — W · dZ, (n^[l], n^[l−1])·(n^[l], m) does not multiply
export function dAPrev(W: Matrix, dZ: Matrix): Matrix {
  return np.dot(W, dZ);
}

/** What the grader tells a student whose step gives what this one gives. */
export const mutant = {
  id: 'missing-transpose',
  says: 'W · dZ does not multiply, (n^[l], n^[l−1])·(n^[l], m): W needs its transpose',
};
