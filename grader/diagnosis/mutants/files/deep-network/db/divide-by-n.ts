import type { Matrix } from 'ml-matrix';
import * as np from 'mlgrade/np';

// divide-by-n — notes 004: db = 1/n np.sum(dZ), with n = dZ.rows
export function db(dZ: Matrix): Matrix | number {
  const m = dZ.columns;
  return np.div(np.sum(dZ, 1), dZ.rows);
}

/** What the grader tells a student whose step gives what this one gives. */
export const mutant = {
  id: 'divide-by-n',
  says: 'your db is divided by n^[l], the number of units, instead of m (notes 004 write 1/n)',
};
