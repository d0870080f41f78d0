import { Matrix } from 'ml-matrix';
// import * as np from 'mlgrade/np';

/**
 * J = -(1/m) Σ_i [ y_i log(a_i) + (1 - y_i) log(1 - a_i) ]  (notes 001 "Cost").
 *
 * AL (1, m), Y (1, m) → a number; m = columns of Y. Average (`missing-1-over-m`), keep the leading
 * minus (`cost-sign`), log loss not squared error (`squared-error`).
 */
export function cost(AL: Matrix, Y: Matrix): number {
  throw new Error('not implemented yet: deep-network/cost');
}
