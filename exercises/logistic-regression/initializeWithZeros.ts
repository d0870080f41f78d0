import { Matrix } from 'ml-matrix';
import type { Params } from './types';

/**
 * w = zeros of shape (dim, 1), b = 0  (notes 004, "Binary Classification": w has one weight per feature).
 *
 * dim is n_x, the number of features (rows of X). Zeros are fine for logistic regression: there is a
 * single unit, so there is no symmetry to break (unlike the hidden layers of the networks).
 */
export function initializeWithZeros(dim: number): Params {
  throw new Error('not implemented yet: logistic-regression/initializeWithZeros');
}
