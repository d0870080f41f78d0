// Sums and means over all entries or along one axis.
import type { Matrix } from 'ml-matrix';
import { build, toMatrix, type ArrayInput } from './convert';

/** 0: collapse the rows (one result per column); 1: collapse the columns (one result per row). */
export type Axis = 0 | 1;

/** The sum (or, with `average`, the mean) of all entries, or along `axis`. */
function reduce(op: string, a: ArrayInput, axis: unknown, average: boolean): Matrix | number {
  const m = toMatrix(op, 1, a);
  const at = (i: number, j: number): number => m.get(i, j);
  if (axis === undefined) {
    let total = 0;
    for (let i = 0; i < m.rows; i++) for (let j = 0; j < m.columns; j++) total += at(i, j);
    return average ? total / (m.rows * m.columns) : total;
  }
  if (axis === 0) {
    return build(1, m.columns, (_, j) => {
      let s = 0;
      for (let i = 0; i < m.rows; i++) s += at(i, j);
      return average ? s / m.rows : s;
    });
  }
  if (axis === 1) {
    return build(m.rows, 1, (i) => {
      let s = 0;
      for (let j = 0; j < m.columns; j++) s += at(i, j);
      return average ? s / m.columns : s;
    });
  }
  throw new RangeError(`${op}: axis must be 0 or 1, got ${String(axis)}`);
}

/**
 * The sum of all entries (a number), or along an axis: `axis 0` sums over the rows → (1,c),
 * `axis 1` sums over the columns → (r,1). With an axis the result is always a 2-D Matrix, as numpy's
 * `keepdims=True` gives (there are no 1-D arrays here), so `keepdims` is accepted and ignored.
 * @example np.sum(dZ, 1, true) // (n,m) → (n,1): db before the 1/m
 */
export function sum(a: ArrayInput): number;
export function sum(a: ArrayInput, axis: Axis, keepdims?: boolean): Matrix;
export function sum(a: ArrayInput, axis?: Axis): Matrix | number {
  return reduce('sum', a, axis, false);
}

/**
 * The mean of all entries (a number), or along an axis, shaped like `sum`'s result.
 * @example np.mean(np.greater(A, 0.5)) // fraction predicted 1
 */
export function mean(a: ArrayInput): number;
export function mean(a: ArrayInput, axis: Axis, keepdims?: boolean): Matrix;
export function mean(a: ArrayInput, axis?: Axis): Matrix | number {
  return reduce('mean', a, axis, true);
}
