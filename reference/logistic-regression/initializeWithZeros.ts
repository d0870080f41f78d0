import { Matrix } from 'ml-matrix';

/** Parameters of logistic regression: w is (n_x, 1), b a number. */
export interface Params {
  w: Matrix;
  b: number;
}

/**
 * w = zeros (dim, 1), b = 0. Zeros are fine for logistic regression: there is a single unit, so
 * there is no symmetry to break.
 */
// notes 004, "Gradient descent": J = 0, dw₁ = 0, dw₂ = 0, db = 0 before the loop; w, b likewise
export function initializeWithZeros(dim: number): Params {
  return { w: Matrix.zeros(dim, 1), b: 0 };
}
