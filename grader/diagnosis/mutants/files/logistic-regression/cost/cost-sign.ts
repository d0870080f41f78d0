import type { Matrix } from 'ml-matrix';

// cost-sign — notes 003: J = [y log a + (1−y) log(1−a)], the leading minus forgotten
export function cost(A: Matrix, Y: Matrix): number {
  const m = Y.columns;
  const a = A.to1DArray();
  const y = Y.to1DArray();
  let total = 0;
  for (let i = 0; i < m; i++) total += y[i] * Math.log(a[i]) + (1 - y[i]) * Math.log(1 - a[i]);
  return total / m;
}

/** What the grader tells a student whose step gives what this one gives. */
export const mutant = {
  id: 'cost-sign',
  says: 'your cost is the negative of the right one: the leading minus is missing (notes 003 drop it)',
};
