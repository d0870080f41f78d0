import type { Matrix } from 'ml-matrix';

// squared-error — notes 003: (a − y)², averaged, instead of the log loss
export function cost(A: Matrix, Y: Matrix): number {
  const m = Y.columns;
  const a = A.to1DArray();
  const y = Y.to1DArray();
  let total = 0;
  for (let i = 0; i < m; i++) total += (a[i] - y[i]) ** 2;
  return total / m;
}

/** What the grader tells a student whose step gives what this one gives. */
export const mutant = {
  id: 'squared-error',
  says: 'your cost is the mean squared error (a − y)², not the cross-entropy',
};
