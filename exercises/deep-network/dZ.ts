import { Matrix } from 'ml-matrix';
import type { Activation } from './types';
// import * as np from 'mlgrade/np';

/**
 * dZ^[l] = dA^[l] * g'^[l](Z^[l]), element-wise  (notes 002, 004 "Back propagation").
 *
 * dA, Z (n^[l], m) → (n^[l], m).
 *   sigmoid: g'(Z) = σ(Z)(1 - σ(Z)) — of σ(Z), not of Z (`sigmoid-derivative-of-z`)
 *   relu:    g'(Z) = 1 where Z > 0, else 0
 * Always multiply by g' (`missing-activation-derivative`), the g' of this layer's own Z
 * (`wrong-layer-derivative`), and no 1/m here (`double-1-over-m`).
 */
export function dZ(dA: Matrix, Z: Matrix, activation: Activation): Matrix {
  throw new Error('not implemented yet: deep-network/dZ');
}
