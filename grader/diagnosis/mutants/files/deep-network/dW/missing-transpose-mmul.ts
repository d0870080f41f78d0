import { Matrix } from 'ml-matrix';
import * as np from 'mlgrade/np';

// missing-transpose — notes 002 with ml-matrix: dZ.mmul(APrev) throws, or quietly uses the first rows of A_prev
export function dW(dZ: Matrix, APrev: Matrix): Matrix {
  const m = APrev.columns;
  return Matrix.div(dZ.mmul(APrev), m);
}

/** What the grader tells a student whose step gives what this one gives. */
export const mutant = {
  id: 'missing-transpose',
  variant: 'mmul',
  says: 'dZ.mmul(APrev) is missing the transpose of A_prev (ml-matrix then throws, or silently uses the first rows of A_prev)',
};
