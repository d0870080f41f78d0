import { Matrix } from 'ml-matrix';
import { activationForward, type LayerCache } from './activationForward';
import type { Params } from './initializeParameters';

/**
 * A^[0] = X; A^[l] = ReLU(W^[l] A^[l-1] + b^[l]) for l = 1 … L−1; A^[L] = σ(W^[L] A^[L-1] + b^[L]).
 * Returns A^[L] (n^[L], m) and one cache per layer, in layer order.
 */
// notes 004, "Deep neural networks": z^[l] = w^[l]·a^[l-1] + b^[l], a^[l] = g^[l](z^[l]), x = a^[0]
export function modelForward(X: Matrix, params: Params): { AL: Matrix; caches: LayerCache[] } {
  const L = Object.keys(params).filter((key) => /^W\d+$/.test(key)).length;
  const caches: LayerCache[] = [];
  let A = X;
  for (let l = 1; l <= L; l++) {
    const layer = activationForward(A, params[`W${l}`], params[`b${l}`], l === L ? 'sigmoid' : 'relu');
    caches.push(layer.cache);
    A = layer.A;
  }
  return { AL: A, caches };
}
