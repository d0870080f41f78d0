import type { Params, Grads } from './types';
// import * as np from 'mlgrade/np';

/**
 * One gradient-descent step  (notes 004, "Gradient descent"):
 *
 *   w := w - α dw      (n_x, 1)
 *   b := b - α db      a number
 *
 * Return NEW params: do not change `params` (ml-matrix's `w.sub(...)` would, `mutates-input`).
 * Minus, not plus: W + α dW climbs the cost (`update-sign`).
 */
export function update(params: Params, grads: Grads, learningRate: number): Params {
  throw new Error('not implemented yet: logistic-regression/update');
}
