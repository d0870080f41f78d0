import { Matrix } from 'ml-matrix';

/** Keeps log's argument in [ε, 1 − ε], ε = 1e-15: A = 0 or 1 gives a large finite cost, not ∞/NaN. */
const EPSILON = 1e-15;
const clip = (a: number): number => Math.min(Math.max(a, EPSILON), 1 - EPSILON);

/**
 * J = −(1/m) Σᵢ [ yᵢ log aᵢ + (1 − yᵢ) log(1 − aᵢ) ], A and Y (1, m). A is clipped to
 * [1e-15, 1 − 1e-15] inside the logs (changes nothing for A in that range).
 */
// notes 004, "Log reg cost function": J(w, b) = 1/m Σ −[y log ŷ + (1−y) log(1−ŷ)]
export function cost(A: Matrix, Y: Matrix): number {
  const m = Y.columns;
  const a = A.to1DArray().map(clip);
  const y = Y.to1DArray();
  const total = a.reduce((sum, ai, i) => sum + y[i] * Math.log(ai) + (1 - y[i]) * Math.log(1 - ai), 0);
  return -total / m;
}
