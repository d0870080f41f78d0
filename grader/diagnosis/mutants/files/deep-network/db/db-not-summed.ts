import type { Matrix } from 'ml-matrix';
import * as np from 'mlgrade/np';

// db-not-summed — notes 002's single-example db = dz, vectorised without the sum: dZ / m, (n^[l], m)
export function db(dZ: Matrix): Matrix {
  const m = dZ.columns;
  return np.div(dZ, m);
}

/** What the grader tells a student whose step gives what this one gives. */
export const mutant = {
  id: 'db-not-summed',
  says: 'your db is dZ / m, one column per example: the m examples\' contributions are never summed into one column (n^[l], 1)',
};
