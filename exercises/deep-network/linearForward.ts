import { Matrix } from 'ml-matrix';
// import * as np from 'mlgrade/np';

/**
 * Z^[l] = W^[l] A^[l-1] + b^[l]  (notes 001, 004 "Deep neural networks", "Vectorized Form").
 *
 * APrev (n^[l-1], m), W (n^[l], n^[l-1]), b (n^[l], 1) → (n^[l], n^[l-1])·(n^[l-1], m) = (n^[l], m);
 * b is added to every column ("b is broadcasted"). Without + b: `missing-bias`.
 */
export function linearForward(APrev: Matrix, W: Matrix, b: Matrix): Matrix {
  throw new Error('not implemented yet: deep-network/linearForward');
}
