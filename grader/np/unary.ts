// Element-wise functions of one operand.
import type { Matrix } from 'ml-matrix';
import { build, toMatrix, type ArrayInput } from './convert';

/** An element-wise function: a number gives a number, an array a new Matrix of the same shape. */
export type Unary = {
  (x: number): number;
  (x: ArrayInput): Matrix;
};

function unary(op: string, f: (x: number) => number): Unary {
  return ((x: ArrayInput | number) => {
    if (typeof x === 'number') return f(x);
    const m = toMatrix(op, 1, x);
    return build(m.rows, m.columns, (i, j) => f(m.get(i, j)));
  }) as Unary;
}

/** e^x entry by entry. @example np.exp(np.mul(-1, Z)) */
export const exp: Unary = unary('exp', Math.exp);
/** Natural logarithm entry by entry (log 0 = -Infinity, as in numpy). @example np.log(A) */
export const log: Unary = unary('log', Math.log);
/** Square root entry by entry. @example np.sqrt(np.mean(np.square(W))) */
export const sqrt: Unary = unary('sqrt', Math.sqrt);
/** Absolute value entry by entry. @example np.abs(np.sub(A, B)) */
export const abs: Unary = unary('abs', Math.abs);
/** x² entry by entry. @example np.square(np.sub(A, Y)) */
export const square: Unary = unary('square', (x) => x * x);
