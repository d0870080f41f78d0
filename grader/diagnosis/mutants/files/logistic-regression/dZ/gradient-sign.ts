import type { Matrix } from 'ml-matrix';
import * as np from 'mlgrade/np';

// gradient-sign — y − a, the sign of dL/dz flipped
export function dZ(A: Matrix, Y: Matrix): Matrix {
  return np.sub(Y, A);
}

/** What the grader tells a student whose step gives what this one gives. */
export const mutant = {
  id: 'gradient-sign',
  says: 'your dZ is Y − A: the sign is flipped',
};
