import type { Matrix } from 'ml-matrix';

/** J = −(1/m) Σ [y log a + (1 − y) log(1 − a)], over the m columns of A2. */
export function cost(A2: Matrix, Y: Matrix): number {
  const m = Y.columns;
  let total = 0;
  for (let j = 0; j < m; j++) {
    const a = A2.get(0, j);
    const y = Y.get(0, j);
    total += y * Math.log(a) + (1 - y) * Math.log(1 - a);
  }
  return -total / m;
}
