// Turning what students pass (a Matrix, a number[][] or a number) into something the operations can
// read, with errors that say which argument of which operation was wrong.
import { Matrix, type AbstractMatrix } from 'ml-matrix';
import { ShapeError, type Shape } from './errors';

/** A 2-D array: an ml-matrix `Matrix` (or one of its views) or a rectangular `number[][]`. */
export type ArrayInput = AbstractMatrix | ReadonlyArray<ReadonlyArray<number>>;
/** An array or a scalar. */
export type Operand = ArrayInput | number;

/** Reads an operand's entry at (i, j); a scalar reads the same value everywhere. */
export type Reader = { shape: Shape; at: (i: number, j: number) => number };

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : typeof value;
}

/** Checks that `rows` is a non-ragged number[][]; a 1-D number[] gets a hint, it is a common slip. */
function checkRows(op: string, arg: number, rows: ReadonlyArray<unknown>): void {
  const width = Array.isArray(rows[0]) ? rows[0].length : -1;
  rows.forEach((row, i) => {
    if (!Array.isArray(row)) {
      const hint = 'write a row as [[a, b, …]] or a column as [[a], [b], …]';
      throw new ShapeError(`${op}: argument ${arg} is a 1-D array; ${hint}`);
    }
    if (row.length !== width) {
      throw new ShapeError(`${op}: argument ${arg} is ragged: row 0 has ${width} entries, row ${i} has ${row.length}`);
    }
    if (row.some((x: unknown) => typeof x !== 'number')) {
      throw new TypeError(`${op}: argument ${arg}, row ${i} contains something that is not a number`);
    }
  });
}

/**
 * The argument as a matrix. A Matrix is returned as it is (callers only read it: nothing in this
 * helper writes into its arguments); a number[][] is copied into a new Matrix.
 */
export function toMatrix(op: string, arg: number, value: unknown): AbstractMatrix {
  if (Matrix.isMatrix(value)) return value;
  if (Array.isArray(value)) {
    checkRows(op, arg, value);
    return new Matrix(value as number[][]);
  }
  throw new TypeError(`${op}: argument ${arg} must be a Matrix or number[][], got ${describe(value)}`);
}

/** A reader for an array or a scalar operand. */
export function toReader(op: string, arg: number, value: unknown): Reader {
  if (typeof value === 'number') return { shape: null, at: () => value };
  const m = toMatrix(op, arg, value);
  return { shape: [m.rows, m.columns], at: (i, j) => m.get(i, j) };
}

/** A new (rows, cols) Matrix whose entry (i, j) is `f(i, j)`. */
export function build(rows: number, cols: number, f: (i: number, j: number) => number): Matrix {
  const out = new Matrix(rows, cols);
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < cols; j++) out.set(i, j, f(i, j));
  }
  return out;
}
