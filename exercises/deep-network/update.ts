import type { Grads, Params } from './types';
// import * as np from 'mlgrade/np';

/**
 * One gradient-descent step  (notes 001):  W^[l] := W^[l] - α dW^[l],  b^[l] := b^[l] - α db^[l],  l = 1 … L.
 *
 * Return NEW params with the same keys and shapes; do not change `params` or `grads` (`mutates-input`).
 * Minus, not plus (`update-sign`).
 */
export function update(params: Params, grads: Grads, learningRate: number): Params {
  throw new Error('not implemented yet: deep-network/update');
}
