import type { Matrix } from 'ml-matrix';
import * as np from 'mlgrade/np';

// double-1-over-m — the row means divided by m once more
export function db(dZ: Matrix): Matrix | number {
  const m = dZ.columns;
  return np.div(np.mean(dZ, 1), m);
}

/** What the grader tells a student whose step gives what this one gives. */
export const mutant = {
  id: 'double-1-over-m',
  says: 'your db is divided by m twice',
};
