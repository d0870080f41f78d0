import type { Matrix } from 'ml-matrix';
import * as np from 'mlgrade/np';

// double-1-over-m — notes 004: dz^[1] = 1/m dw^[2]T dz^[2] …, a 1/m in dA that dW and db repeat
export function dAPrev(W: Matrix, dZ: Matrix): Matrix {
  return np.div(np.dot(np.T(W), dZ), dZ.columns);
}

/** What the grader tells a student whose step gives what this one gives. */
export const mutant = {
  id: 'double-1-over-m',
  says: 'your dA_prev is divided by m: dW and db average again later (notes 004 put 1/m in dz^[1])',
};
