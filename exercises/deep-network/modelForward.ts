import { Matrix } from 'ml-matrix';
import type { Cache, Params } from './types';
// import { activationForward } from './activationForward';

/**
 * The whole forward pass  (notes 004 "Deep neural networks", "Forward propagation"; 001):
 *
 *   A^[0] = X                              (n_x, m)
 *   A^[l] = relu(W^[l] A^[l-1] + b^[l])    l = 1 … L-1
 *   A^[L] = σ(W^[L] A^[L-1] + b^[L])       (n^[L], m) = AL
 *
 * L = number of W's in params. Returns { AL, caches } with caches[l-1] the cache of layer l.
 */
export function modelForward(X: Matrix, params: Params): { AL: Matrix; caches: Cache[] } {
  throw new Error('not implemented yet: deep-network/modelForward');
}
