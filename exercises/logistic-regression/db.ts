import { Matrix } from 'ml-matrix';
// import * as np from 'mlgrade/np';

/**
 * db = (1/m) Σ_i dZ⁽ⁱ⁾  (notes 004, "Vectorizing logistic regression"), a number like b.
 *
 * dZ (1, m) → the average of its m entries. m = columns of dZ.
 * Warning: notes 004 write `db = 1/n np.sum(dZ)`; it must be 1/m (`divide-by-n`). And db is not
 * multiplied by X, unlike dw (notes 003's `db = 1/m x·dz`, `db-times-input`).
 */
export function db(dZ: Matrix): number {
  throw new Error('not implemented yet: logistic-regression/db');
}
