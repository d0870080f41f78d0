/**
 * mlgrade/np — a small numpy-like helper for the exercises.
 *
 *     import * as np from 'mlgrade/np';
 *     const Z = np.add(np.dot(W, APrev), b);   // (n,nPrev)·(nPrev,m) + (n,1) → (n,m)
 *
 * Arrays are ml-matrix `Matrix` objects or plain `number[][]`; scalars are numbers. Every function
 * returns a NEW value and never writes into its arguments (unlike ml-matrix's `A.sub(Y)`, which
 * changes `A` in place). Element-wise operations broadcast like numpy between (r,c), (r,1), (1,c),
 * (1,1) and scalars; incompatible shapes throw a `ShapeError` naming the operation and the shapes.
 * There are no 1-D arrays: `sum(a, 1)` gives an (r,1) Matrix, like numpy's `keepdims=True`.
 */
export { ShapeError, type Shape } from './np/errors';
export type { ArrayInput, Operand } from './np/convert';
export { array, zeros, ones, shape } from './np/create';
export { dot, transpose, T } from './np/linalg';
export { add, sub, mul, div, maximum, minimum, greater, where, type Binary } from './np/broadcast';
export { exp, log, sqrt, abs, square, type Unary } from './np/unary';
export { sum, mean, type Axis } from './np/reduce';
