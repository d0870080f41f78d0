import type { Matrix } from 'ml-matrix';

// cost-sign — the average log-likelihood without the leading minus
export function cost(A2: Matrix, Y: Matrix): number {
  const m = Y.columns;
  let total = 0;
  for (let j = 0; j < m; j++) total += Y.get(0, j) * Math.log(A2.get(0, j)) + (1 - Y.get(0, j)) * Math.log(1 - A2.get(0, j));
  return total / m;
}
