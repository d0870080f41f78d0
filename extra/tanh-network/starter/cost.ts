import type { Matrix } from 'ml-matrix';

/**
 * Cross-entropy cost, averaged over the m examples (columns):
 *
 *   J = −(1/m) Σ [ y log(a2) + (1 − y) log(1 − a2) ]
 *
 * A2 and Y are (1, m); return a number.
 */
export function cost(A2: Matrix, Y: Matrix): number {
  throw new Error('not implemented yet: tanh-network/cost');
}
