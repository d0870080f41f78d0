// Element-wise operations with numpy broadcasting between (r,c), (r,1), (1,c), (1,1) and scalars.
import type { Matrix } from 'ml-matrix';
import { broadcastError, type Shape } from './errors';
import { build, toReader, type Operand, type Reader } from './convert';

/** An element-wise operation of two operands: two numbers give a number, anything else a new Matrix. */
export type Binary = {
  (a: number, b: number): number;
  (a: Operand, b: Operand): Matrix;
};

/** The shape all `shapes` broadcast to (`null` if all are scalars), or `undefined` if they do not. */
function broadcastShape(shapes: readonly Shape[]): Shape | undefined {
  let out: Shape = null;
  for (const s of shapes) {
    if (s === null) continue;
    if (out === null) {
      out = s;
      continue;
    }
    const rows: number = out[0] === s[0] || s[0] === 1 ? out[0] : out[0] === 1 ? s[0] : -1;
    const cols: number = out[1] === s[1] || s[1] === 1 ? out[1] : out[1] === 1 ? s[1] : -1;
    if (rows < 0 || cols < 0) return undefined;
    out = [rows, cols];
  }
  return out;
}

/** Reads a (1,c), (r,1) or (1,1) operand as if it were repeated up to the full shape. */
function stretched(r: Reader): (i: number, j: number) => number {
  if (r.shape === null) return r.at;
  const [rows, cols] = r.shape;
  return (i, j) => r.at(rows === 1 ? 0 : i, cols === 1 ? 0 : j);
}

/**
 * Applies `f` entry by entry to broadcast operands. `separator` joins the shapes in the error
 * message: ' + ' for operators, ', ' for functions.
 */
export function broadcastMap(op: string, separator: string, operands: readonly unknown[], f: (...xs: number[]) => number): Matrix | number {
  const readers = operands.map((value, k) => toReader(op, k + 1, value));
  const shape = broadcastShape(readers.map((r) => r.shape));
  if (shape === undefined)
    throw broadcastError(
      op,
      separator,
      readers.map((r) => r.shape),
    );
  const reads = readers.map(stretched);
  if (shape === null) return f(...reads.map((read) => read(0, 0)));
  return build(shape[0], shape[1], (i, j) => f(...reads.map((read) => read(i, j))));
}

/** Makes a two-operand element-wise function such as `add`. */
function binary(op: string, separator: string, f: (x: number, y: number) => number): Binary {
  // One implementation serves both overloads: it returns a number only when both operands are numbers.
  return ((a: Operand, b: Operand) => broadcastMap(op, separator, [a, b], (x, y) => f(x, y))) as Binary;
}

/** `a + b` entry by entry, broadcasting. @example np.add(np.dot(W, A), b) // (n,m) + (n,1) */
export const add: Binary = binary('add', ' + ', (x, y) => x + y);
/** `a - b` entry by entry, broadcasting. @example np.sub(A, Y) // dZ = A - Y, without touching A */
export const sub: Binary = binary('sub', ' - ', (x, y) => x - y);
/** `a * b` entry by entry (not the matrix product: see `dot`). @example np.mul(dA, np.mul(A, np.sub(1, A))) */
export const mul: Binary = binary('mul', ' * ', (x, y) => x * y);
/** `a / b` entry by entry, broadcasting. @example np.div(W, Math.sqrt(nPrev)) */
export const div: Binary = binary('div', ' / ', (x, y) => x / y);
/** The larger of `a` and `b` entry by entry. @example np.maximum(Z, 0) // ReLU */
export const maximum: Binary = binary('maximum', ', ', (x, y) => Math.max(x, y));
/** The smaller of `a` and `b` entry by entry. @example np.minimum(A, 1 - 1e-12) */
export const minimum: Binary = binary('minimum', ', ', (x, y) => Math.min(x, y));
/** 1 where `a > b`, else 0. @example np.greater(A, 0.5) // predictions */
export const greater: Binary = binary('greater', ', ', (x, y) => (x > y ? 1 : 0));

/**
 * `a` where `cond` is non-zero, else `b`, entry by entry; all three broadcast together.
 * @example np.where(np.greater(Z, 0), dA, 0) // dZ for ReLU
 */
export function where(cond: Operand, a: Operand, b: Operand): Matrix {
  const out = broadcastMap('where', ', ', [cond, a, b], (c, x, y) => (c !== 0 ? x : y));
  // three scalars make a (1,1) Matrix, so that `where` always returns an array as documented
  return typeof out === 'number' ? build(1, 1, () => out) : out;
}
