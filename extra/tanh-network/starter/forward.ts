import { Matrix } from 'ml-matrix';
import type { Cache, Params } from './types';
// import * as np from 'mlgrade/np';

/**
 * Forward pass (notes 004 "Activation functions"): a hidden layer of tanh units, a sigmoid output.
 *
 *   Z1 = W1 X + b1        (n_h, n_x)·(n_x, m) + (n_h, 1) → (n_h, m)
 *   A1 = tanh(Z1)         element-wise: Math.tanh
 *   Z2 = W2 A1 + b2       (1, n_h)·(n_h, m) + (1, 1) → (1, m)
 *   A2 = σ(Z2)            σ(z) = 1/(1 + e^{-z})
 *
 * Return { A2, cache: { Z1, A1, Z2, A2 } }; backward needs the cache.
 */
export function forward(X: Matrix, params: Params): { A2: Matrix; cache: Cache } {
  throw new Error('not implemented yet: tanh-network/forward');
}
