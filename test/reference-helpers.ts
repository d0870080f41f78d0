// Small helpers shared by the test/reference*.test.ts files (not a test file itself).
import { expect } from 'vitest';
import { Matrix } from 'ml-matrix';
import type { Rng } from '../grader/random';

/** A (rows, columns) matrix of scale · N(0, 1) entries from `rng`, filled row by row. */
export function randomMatrix(rng: Rng, rows: number, columns: number, scale = 1): Matrix {
  return new Matrix(Array.from({ length: rows }, () => Array.from({ length: columns }, () => scale * rng.normal())));
}

/** A (1, m) row of random 0/1 labels. */
export function randomLabels(rng: Rng, m: number): Matrix {
  return new Matrix([Array.from({ length: m }, () => rng.int(0, 1))]);
}

/** A stream that returns the given numbers in order (and throws when they run out). */
export function recordedStream(values: readonly number[]): () => number {
  let next = 0;
  return () => {
    if (next >= values.length) throw new Error('recorded stream exhausted');
    return values[next++];
  };
}

/** A plain deep copy of a value, Matrices turned into number[][], for deep equality. */
export function snapshot(value: unknown): unknown {
  if (value instanceof Matrix) return { matrix: value.to2DArray() };
  if (Array.isArray(value)) return value.map(snapshot);
  if (typeof value === 'function') return 'function';
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, snapshot(inner)]));
  }
  return value;
}

/** Calls `step(...args)` and asserts that no argument changed (the `mutates-input` misconception). */
export function expectPure<A extends unknown[], R>(step: (...args: A) => R, ...args: A): R {
  const before = snapshot(args);
  const result = step(...args);
  expect(snapshot(args)).toEqual(before);
  return result;
}

/** Asserts that `actual` is a Matrix of `expected`'s shape whose entries are within 1e-12. */
export function expectMatrix(actual: unknown, expected: number[][], tolerance = 1e-12): void {
  expect(actual).toBeInstanceOf(Matrix);
  const m = actual as Matrix;
  expect([m.rows, m.columns]).toEqual([expected.length, expected[0].length]);
  m.to2DArray().forEach((row, i) =>
    row.forEach((x, j) => expect(Math.abs(x - expected[i][j]), `entry (${i}, ${j})`).toBeLessThanOrEqual(tolerance)),
  );
}

/** The fraction of columns where the (1, m) predictions equal the labels. */
export function accuracy(predictions: Matrix, Y: Matrix): number {
  const p = predictions.to1DArray();
  return Y.to1DArray().filter((y, j) => y === p[j]).length / Y.columns;
}

/** A 1×1 matrix holding a number, so numericGradient can perturb a scalar parameter. */
export const scalar = (x: number): Matrix => new Matrix([[x]]);

/** True when the costs never go up and the last is below `factor` times the first. */
export function decreases(costs: number[], factor = 0.9): boolean {
  return costs.every((c, i) => i === 0 || c <= costs[i - 1] + 1e-12) && costs[costs.length - 1] < factor * costs[0];
}
