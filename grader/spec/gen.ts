// Seeded generators shared by the exercise specs. Every random choice goes through the Rng, in a
// fixed order, so one seed always gives the same cases (never Math.random).
import { Matrix } from 'ml-matrix';
import type { Rng } from '../random.js';
import type { Case } from './types.js';

/** A seed for a `RandnArg` or a data set, drawn from the rng. */
export function seedOf(rng: Rng): number {
  return rng.int(1, 2 ** 31 - 1);
}

/** Uniform in [lo, hi). */
export function uniformIn(rng: Rng, lo: number, hi: number): number {
  return lo + (hi - lo) * rng.uniform();
}

/** A magnitude in [lo, hi) with a random sign: keeps values (and gradients) away from zero. */
export function signed(rng: Rng, lo: number, hi: number): number {
  const x = uniformIn(rng, lo, hi);
  return rng.uniform() < 0.5 ? -x : x;
}

/**
 * `count` different sizes in [min, max], none in `exclude`. Different named dimensions get
 * different sizes so a transposed or wrong-axis result always has the wrong shape; 1 is never
 * drawn (min ≥ 2) because a dimension of 1 hides transposes of vectors.
 */
export function distinctSizes(rng: Rng, count: number, min = 2, max = 9, exclude: number[] = []): number[] {
  const pool: number[] = [];
  for (let n = Math.max(min, 2); n <= max; n++) if (!exclude.includes(n)) pool.push(n);
  if (pool.length < count) throw new RangeError(`distinctSizes: ${count} sizes asked from ${pool.length}`);
  const out: number[] = [];
  for (let i = 0; i < count; i++) out.push(pool.splice(rng.int(0, pool.length - 1), 1)[0]);
  return out;
}

/** A (rows, cols) matrix of scale · N(0, 1), filled row by row. */
export function randn(rng: Rng, rows: number, cols: number, scale = 1): Matrix {
  return Matrix.from1DArray(
    rows,
    cols,
    Array.from({ length: rows * cols }, () => scale * rng.normal()),
  );
}

/** Labels (1, m) of 0/1; both classes appear when m ≥ 2 (a one-class Y hides sign mistakes). */
export function labels(rng: Rng, m: number): Matrix {
  const y: number[] = Array.from({ length: m }, () => (rng.uniform() < 0.5 ? 0 : 1));
  if (m >= 2 && y.every((v) => v === y[0])) y[rng.int(0, m - 1)] = 1 - y[0];
  return Matrix.rowVector(y);
}

/**
 * Parameters { W1, b1, …, WL, bL } for layerDims = [n^[0], …, n^[L]]: W^[l] = N(0,1)/√n^[l-1]
 * (activations of order 1, as initializeParameters gives) and b^[l] = bScale · N(0,1) — non-zero,
 * unlike a fresh initialisation, so a forgotten `+ b` shows.
 */
export function layerParams(rng: Rng, layerDims: number[], bScale = 0.5): Record<string, Matrix> {
  const params: Record<string, Matrix> = {};
  for (let l = 1; l < layerDims.length; l++) {
    params[`W${l}`] = randn(rng, layerDims[l], layerDims[l - 1], 1 / Math.sqrt(layerDims[l - 1]));
    params[`b${l}`] = randn(rng, layerDims[l], 1, bScale);
  }
  return params;
}

/**
 * A bias to add to every z (for predict's near-0.5 cases) so that the z fall on both sides of 0,
 * centred on their median, none within `gap` of 0: predict's threshold A > 0.5 is z > 0, and a z
 * at rounding level would make a correct `>=` versus `>` a coin toss. Steps of 2.7·gap move any z
 * out of the gap in one step; the loop ends because the z are finitely many.
 */
export function centredBias(z: number[], gap = 1e-6): number {
  const sorted = [...z].sort((a, b) => a - b);
  let bias = -sorted[Math.floor(sorted.length / 2)];
  while (z.some((v) => Math.abs(v + bias) < gap)) bias += 2.7 * gap;
  return bias;
}

/** Short number for case names: `0.37`, `-2.1`, `1000`. */
export function fmt(x: number): string {
  return Number.isInteger(x) ? String(x) : String(Number(x.toPrecision(2)));
}

/** `m=7, n_x=3` from a case's dims. */
export function dimsName(dims: Record<string, number>): string {
  return Object.entries(dims)
    .map(([k, v]) => `${k}=${v}`)
    .join(', ');
}

/** The case's context, typed by the spec that wrote it. */
export function contextOf<T>(c: Case): T {
  if (c.context === undefined) throw new Error(`case "${c.name}" has no context`);
  return c.context as T;
}

/** A number as a 1×1 matrix, for gradient-check points. */
export const scalar = (x: number): Matrix => new Matrix([[x]]);

/** A gradient-check point from parameters: `W1` is checked against the result's `dW1`. */
export function pointOf(params: Record<string, Matrix>): Record<string, Matrix> {
  return Object.fromEntries(Object.entries(params).map(([k, v]) => [`d${k}`, v.clone()]));
}

/** The parameters a point stands for: `dW1` → `W1` (the inverse of pointOf, without copying). */
export function paramsOf(point: Record<string, Matrix>): Record<string, Matrix> {
  return Object.fromEntries(Object.entries(point).map(([k, v]) => [k.slice(1), v]));
}

/**
 * For gradient-checked cases: draws samples until every gradient's norm reaches `goal`, keeping
 * the best of `attempts` otherwise. Central differences (ε = 1e-6) carry rounding noise of about
 * 1e-9 per entry, so a gradient much smaller than 1e-2 (a dead layer, a db that happens to
 * average out) would be measured to worse than the 1e-7 a correct step must reach.
 */
export function withHealthyGradients<T>(make: () => T, norms: (sample: T) => number[], goal = 3e-2, attempts = 12): T {
  let best = make();
  let bestScore = Math.min(...norms(best));
  for (let i = 1; i < attempts && bestScore < goal; i++) {
    const candidate = make();
    const score = Math.min(...norms(candidate));
    if (score > bestScore) [best, bestScore] = [candidate, score];
  }
  return best;
}

/** The Frobenius norm of a matrix or the absolute value of a number. */
export const normOf = (x: Matrix | number): number => (typeof x === 'number' ? Math.abs(x) : x.norm());

/** Draws until `ok` holds, at most `attempts` times (then the last draw). */
export function drawUntil<T>(make: () => T, ok: (sample: T) => boolean, attempts = 20): T {
  let sample = make();
  for (let i = 1; i < attempts && !ok(sample); i++) sample = make();
  return sample;
}

/**
 * Whether no entry of these pre-activations is within 1e-5 of the ReLU's kink at 0: a central
 * difference across the kink (ε = 1e-6) measures half a slope, and a correct step would fail.
 */
export const clearOfKink = (Zs: Matrix[]): boolean => Zs.every((Z) => Z.to1DArray().every((z) => Math.abs(z) >= 1e-5));
