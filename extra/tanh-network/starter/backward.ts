import type { Matrix } from 'ml-matrix';
import type { Cache, Grads, Params } from './types';
// import * as np from 'mlgrade/np';

/**
 * Back propagation through the tanh hidden layer:
 *
 *   dZ2 = A2 − Y                       (1, m)
 *   dW2 = (1/m) dZ2 A1ᵀ                (1, n_h)
 *   db2 = (1/m) Σ_columns dZ2          (1, 1)
 *   dZ1 = (W2ᵀ dZ2) ⊙ (1 − A1²)        (n_h, m): tanh′(Z1) = 1 − tanh²(Z1) = 1 − A1²
 *   dW1 = (1/m) dZ1 Xᵀ                 (n_h, n_x)
 *   db1 = (1/m) Σ_columns dZ1          (n_h, 1)
 *
 * Careful: the shallow-network exercise has a sigmoid hidden layer, whose slope is A1(1 − A1).
 * Here the hidden layer is tanh.
 */
export function backward(params: Params, cache: Cache, X: Matrix, Y: Matrix): Grads {
  throw new Error('not implemented yet: tanh-network/backward');
}
