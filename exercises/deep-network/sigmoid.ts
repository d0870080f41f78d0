import { Matrix } from 'ml-matrix';
// import * as np from 'mlgrade/np';

/**
 * A = σ(Z) = 1 / (1 + e^{-Z}), entry by entry  (notes 001, 002): the output layer L.
 *
 * Z (n^[L], m) → A of the same shape. Must give 0 and 1, never NaN, for Z = -1000 and 1000.
 * Mind the sign of the exponent (`sigmoid-sign`).
 */
export function sigmoid(Z: Matrix): Matrix {
  throw new Error('not implemented yet: deep-network/sigmoid');
}
