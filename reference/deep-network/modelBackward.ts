import { Matrix } from 'ml-matrix';
import type { LayerCache } from './activationForward';
import { dZ } from './dZ';
import { dW } from './dW';
import { db } from './db';
import { dAPrev } from './dAPrev';

/** { dW1, db1, …, dWL, dbL }, the shapes of the parameters. */
export type Grads = Record<string, Matrix>;

/**
 * dZ^[L] = A^[L] − Y (sigmoid and cross-entropy together); then for l = L … 1:
 *   dW^[l] = (1/m) dZ^[l] A^[l-1]ᵀ,  db^[l] = (1/m) Σ_columns dZ^[l],
 *   dA^[l-1] = W^[l]ᵀ dZ^[l],  dZ^[l-1] = dA^[l-1] ⊙ relu'(Z^[l-1]).
 */
// notes 001, "Complete Back Propagation": dZ_3 = A_3 − Y, dW_3 = 1/m dZ_3 A_2ᵀ, dZ_2 = W_3ᵀ dZ_3 * f_2'(Z_2), …
export function modelBackward(AL: Matrix, Y: Matrix, caches: LayerCache[]): Grads {
  const grads: Grads = {};
  let dZl = Matrix.sub(AL, Y);
  for (let l = caches.length; l >= 1; l--) {
    const { APrev, W } = caches[l - 1];
    grads[`dW${l}`] = dW(dZl, APrev);
    grads[`db${l}`] = db(dZl);
    if (l > 1) dZl = dZ(dAPrev(W, dZl), caches[l - 2].Z, 'relu');
  }
  return grads;
}
