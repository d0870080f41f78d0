import { Matrix } from 'ml-matrix';
// import * as np from 'mlgrade/np';

/**
 * A = relu(Z) = max(0, Z), entry by entry: the hidden layers 1 … L-1  (notes 004 "Deep neural networks").
 *
 * Z (n^[l], m) → A of the same shape. `np.maximum(Z, 0)` does it.
 */
export function relu(Z: Matrix): Matrix {
  throw new Error('not implemented yet: deep-network/relu');
}
