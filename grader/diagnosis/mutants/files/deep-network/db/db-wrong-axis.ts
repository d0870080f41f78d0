import type { Matrix } from 'ml-matrix';
import * as np from 'mlgrade/np';

// db-wrong-axis — notes 004: 1/m np.sum(dz) without an axis: one number
export function db(dZ: Matrix): Matrix | number {
  const m = dZ.columns;
  return np.sum(dZ) / m;
}

/** What the grader tells a student whose step gives what this one gives. */
export const mutant = {
  id: 'db-wrong-axis',
  says: 'your db sums every entry of dZ into one number: db is (n^[l], 1), one average per unit',
};
