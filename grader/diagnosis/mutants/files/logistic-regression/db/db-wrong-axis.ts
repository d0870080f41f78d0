import type { Matrix } from 'ml-matrix';
import * as np from 'mlgrade/np';

// db-wrong-axis — summed down each column (axis 0): one value per example, (1, m)
export function db(dZ: Matrix): Matrix {
  const m = dZ.columns;
  return np.div(np.sum(dZ, 0), m);
}

/** What the grader tells a student whose step gives what this one gives. */
export const mutant = {
  id: 'db-wrong-axis',
  says: 'your db is a row (1, m) summed down the columns: db is one number, the average of all m entries of dZ',
};
