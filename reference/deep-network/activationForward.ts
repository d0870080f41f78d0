import { Matrix } from 'ml-matrix';
import { linearForward } from './linearForward';
import { sigmoid } from './sigmoid';
import { relu } from './relu';

export type Activation = 'sigmoid' | 'relu';

/** What the backward pass of layer l needs: its input, its parameters and Z^[l]. */
export interface LayerCache {
  APrev: Matrix;
  W: Matrix;
  b: Matrix;
  Z: Matrix;
}

/** Z^[l] = W^[l] A^[l-1] + b^[l], A^[l] = g^[l](Z^[l]); the cache keeps (A^[l-1], W^[l], b^[l], Z^[l]). */
// notes 004, "Deep neural networks": input a^[l-1], output a^[l], cache (z^[l])
export function activationForward(
  APrev: Matrix,
  W: Matrix,
  b: Matrix,
  activation: Activation,
): { A: Matrix; cache: LayerCache } {
  const Z = linearForward(APrev, W, b);
  const A = activation === 'sigmoid' ? sigmoid(Z) : relu(Z);
  return { A, cache: { APrev, W, b, Z } };
}
