import { Matrix } from 'ml-matrix';

/** Keeps log's argument in [ε, 1 − ε], ε = 1e-15: AL = 0 or 1 gives a large finite cost, not ∞/NaN. */
const EPSILON = 1e-15;
const clip = (a: number): number => Math.min(Math.max(a, EPSILON), 1 - EPSILON);

/**
 * J = −(1/m) Σᵢ [ yᵢ log aᵢ + (1 − yᵢ) log(1 − aᵢ) ], AL and Y (1, m). AL is clipped to
 * [1e-15, 1 − 1e-15] inside the logs (changes nothing for AL in that range).
 */
// notes 001: Cost = −1/m Σ_{i=1}^m [y_i log(a_i) + (1 − y_i) log(1 − a_i)]
export function cost(AL: Matrix, Y: Matrix): number {
  const m = Y.columns;
  const a = AL.to1DArray().map(clip);
  const y = Y.to1DArray();
  const total = a.reduce((sum, ai, i) => sum + y[i] * Math.log(ai) + (1 - y[i]) * Math.log(1 - ai), 0);
  return -total / m;
}
