import { Matrix } from 'ml-matrix';
// import * as np from 'mlgrade/np';

/**
 * J = -(1/m) Σ_i [ y⁽ⁱ⁾ log a⁽ⁱ⁾ + (1 - y⁽ⁱ⁾) log(1 - a⁽ⁱ⁾) ]
 *   (notes 004 "Binary Classification", 001).
 *
 * A (1, m) probabilities, Y (1, m) labels 0/1 → a number. m = columns of Y.
 * Keep the leading minus (notes 003 drop it: `cost-sign`) and use the log loss, not the squared error
 * (a-y)² that notes 003 also try (`squared-error`).
 */
export function cost(A: Matrix, Y: Matrix): number {
  throw new Error('not implemented yet: logistic-regression/cost');
}
