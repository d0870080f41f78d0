import { Matrix } from 'ml-matrix';
// import * as np from 'mlgrade/np';

/**
 * dA^[l-1] = W^[l]ᵀ dZ^[l]  (notes 002, 004 "Back propagation").
 *
 * W (n^[l], n^[l-1]), dZ (n^[l], m) → (n^[l-1], n^[l])·(n^[l], m) = (n^[l-1], m), the shape of A^[l-1].
 * No 1/m: the average is taken once, in dW and db.
 */
export function dAPrev(W: Matrix, dZ: Matrix): Matrix {
  throw new Error('not implemented yet: deep-network/dAPrev');
}
