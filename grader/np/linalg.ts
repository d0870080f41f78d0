// Matrix product and transpose.
import type { Matrix } from 'ml-matrix';
import { ShapeError, formatShape } from './errors';
import { toMatrix, type ArrayInput } from './convert';

/**
 * The matrix product `a · b` (numpy's `np.dot` for 2-D arrays); `a.columns` must equal `b.rows`.
 * @example np.dot(W1, X) // (n1,nx)·(nx,m) → (n1,m)
 */
export function dot(a: ArrayInput, b: ArrayInput): Matrix {
  const left = toMatrix('dot', 1, a);
  const right = toMatrix('dot', 2, b);
  if (left.columns !== right.rows) {
    const shapes = `${formatShape([left.rows, left.columns])}·${formatShape([right.rows, right.columns])}`;
    throw new ShapeError(`dot: ${shapes}: inner dimensions ${left.columns} ≠ ${right.rows}`);
  }
  // mmul allocates its result and only reads its operands.
  return left.mmul(right);
}

/**
 * The transpose: entry (i, j) of the result is entry (j, i) of `a`.
 * @example np.transpose(w) // (nx,1) → (1,nx)
 */
export function transpose(a: ArrayInput): Matrix {
  return toMatrix('transpose', 1, a).transpose();
}

/**
 * Alias of `transpose`, after numpy's `a.T`.
 * @example np.dot(dZ, np.T(APrev)) // (n,m)·(m,nPrev)
 */
export const T = transpose;
