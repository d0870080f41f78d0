import type { Matrix } from 'ml-matrix';

// missing-transpose — notes 004 with ml-matrix: X.mmul(dZ), (n_x, m)·(1, m), reads past dZ's only row unless m = 1
export function dW(X: Matrix, dZ: Matrix): Matrix {
  const m = X.columns;
  return X.mmul(dZ).div(m);
}

/** What the grader tells a student whose step gives what this one gives. */
export const mutant = {
  id: 'missing-transpose',
  variant: 'mmul',
  says: 'X.mmul(dZ) is missing the transpose of dZ: (n_x, m)·(1, m) only multiplies when m = 1',
};
