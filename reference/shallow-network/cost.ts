import { Matrix } from 'ml-matrix';

/** Keeps log's argument in [ε, 1 − ε], ε = 1e-15: A2 = 0 or 1 gives a large finite cost, not ∞/NaN. */
const EPSILON = 1e-15;
const clip = (a: number): number => Math.min(Math.max(a, EPSILON), 1 - EPSILON);

/**
 * J = −(1/m) Σᵢ [ yᵢ log a₂ᵢ + (1 − yᵢ) log(1 − a₂ᵢ) ], A2 and Y (1, m); A2 clipped to
 * [1e-15, 1 − 1e-15] inside the logs.
 */
// notes 004, "Gradient descent for 1-hidden layer network": J = 1/m Σ ℓ(y_i, A^[2] = ŷ_i); notes 000: the loss
export function cost(A2: Matrix, Y: Matrix): number {
  const m = Y.columns;
  const a = A2.to1DArray().map(clip);
  const y = Y.to1DArray();
  const total = a.reduce((sum, ai, i) => sum + y[i] * Math.log(ai) + (1 - y[i]) * Math.log(1 - ai), 0);
  return -total / m;
}
