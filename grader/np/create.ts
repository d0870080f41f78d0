// Creating arrays and asking for their shape.
import { Matrix } from 'ml-matrix';
import { toMatrix, type ArrayInput } from './convert';

function checkSize(op: string, rows: number, cols: number): void {
  for (const [what, n] of [
    ['rows', rows],
    ['cols', cols],
  ] as const) {
    if (!Number.isInteger(n) || n < 0) throw new RangeError(`${op}: ${what} must be a whole number ≥ 0, got ${n}`);
  }
}

/**
 * A new Matrix holding a copy of `rows` (or of a Matrix).
 * @example np.array([[1, 2, 3]]) // (1,3)
 */
export function array(rows: ArrayInput): Matrix {
  return new Matrix(toMatrix('array', 1, rows).to2DArray());
}

/**
 * A (rows, cols) Matrix of zeros.
 * @example np.zeros(4, 1) // b^[1] for 4 hidden units
 */
export function zeros(rows: number, cols: number): Matrix {
  checkSize('zeros', rows, cols);
  return Matrix.zeros(rows, cols);
}

/**
 * A (rows, cols) Matrix of ones.
 * @example np.ones(1, 5) // (1,5)
 */
export function ones(rows: number, cols: number): Matrix {
  checkSize('ones', rows, cols);
  return Matrix.ones(rows, cols);
}

/**
 * The shape `[rows, columns]`.
 * @example const [nX, m] = np.shape(X)
 */
export function shape(a: ArrayInput): [number, number] {
  const m = toMatrix('shape', 1, a);
  return [m.rows, m.columns];
}
