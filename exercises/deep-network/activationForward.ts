import { Matrix } from 'ml-matrix';
import type { Activation, Cache } from './types';
// import { linearForward } from './linearForward';
// import { sigmoid } from './sigmoid';
// import { relu } from './relu';

/**
 * One layer forward  (notes 004, "forward propagation: input a^[l-1], output a^[l], cache (z^[l])"):
 *
 *   Z^[l] = W^[l] A^[l-1] + b^[l]         (n^[l], m)
 *   A^[l] = g^[l](Z^[l])                  g = sigmoid or relu, (n^[l], m)
 *
 * Returns { A, cache: { APrev, W, b, Z } }: the backward pass of this layer needs all four.
 */
export function activationForward(
  APrev: Matrix, W: Matrix, b: Matrix, activation: Activation,
): { A: Matrix; cache: Cache } {
  throw new Error('not implemented yet: deep-network/activationForward');
}
