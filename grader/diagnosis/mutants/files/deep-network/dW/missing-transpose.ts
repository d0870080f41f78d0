import { Matrix } from 'ml-matrix';
import * as np from 'mlgrade/np';

// missing-transpose — notes 002: dw = 1/m dz · a^[L−1], no transpose: np.dot throws
export function dW(dZ: Matrix, APrev: Matrix): Matrix {
  const m = APrev.columns;
  return np.div(np.dot(dZ, APrev), m);
}

/** What the grader tells a student whose step gives what this one gives. */
export const mutant = {
  id: 'missing-transpose',
  says: 'dZ · A_prev does not multiply, (n^[l], m)·(n^[l−1], m): A_prev needs its transpose',
};
