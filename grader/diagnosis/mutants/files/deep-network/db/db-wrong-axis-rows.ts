import type { Matrix } from 'ml-matrix';
import * as np from 'mlgrade/np';

// db-wrong-axis — notes 002 "sum over D features": axis 0, one value per example
export function db(dZ: Matrix): Matrix | number {
  const m = dZ.columns;
  return np.div(np.sum(dZ, 0), m);
}

/** What the grader tells a student whose step gives what this one gives. */
export const mutant = {
  id: 'db-wrong-axis',
  variant: 'rows',
  says: 'your db is summed over the units (axis 0), one value per example: sum each row over the m examples',
};
