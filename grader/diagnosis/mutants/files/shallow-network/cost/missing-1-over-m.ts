import type { Matrix } from 'ml-matrix';

// missing-1-over-m — the loss summed over the examples, not averaged
export function cost(A2: Matrix, Y: Matrix): number {
  const m = Y.columns;
  const a = A2.to1DArray();
  const y = Y.to1DArray();
  let total = 0;
  for (let i = 0; i < m; i++) total += y[i] * Math.log(a[i]) + (1 - y[i]) * Math.log(1 - a[i]);
  return -total;
}

/** What the grader tells a student whose step gives what this one gives. */
export const mutant = {
  id: 'missing-1-over-m',
  says: 'your cost is m times too large: summed, not averaged over the m examples',
};
