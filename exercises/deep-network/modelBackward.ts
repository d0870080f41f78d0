import { Matrix } from 'ml-matrix';
import type { Cache, Grads } from './types';
// import { dZ } from './dZ';
// import { dW } from './dW';
// import { db } from './db';
// import { dAPrev } from './dAPrev';

/**
 * The whole backward pass  (notes 001 "Complete Back Propagation", 004 "Back propagation"):
 *
 *   dZ^[L] = A^[L] - Y                                   (sigmoid + log loss)
 *   for l = L … 1:
 *     dW^[l] = (1/m) dZ^[l] A^[l-1]ᵀ,  db^[l] = (1/m) row sums of dZ^[l]
 *     dA^[l-1] = W^[l]ᵀ dZ^[l];  dZ^[l-1] = dA^[l-1] * relu'(Z^[l-1])   (if l > 1)
 *
 * AL, Y (1, m); caches[l-1] holds { APrev, W, b, Z } of layer l. Returns { dW1, db1, …, dWL, dbL }.
 */
export function modelBackward(AL: Matrix, Y: Matrix, caches: Cache[]): Grads {
  throw new Error('not implemented yet: deep-network/modelBackward');
}
