import type { Matrix } from 'ml-matrix';
import * as np from 'mlgrade/np';

// missing-1-over-m — notes 004 "Back propagation": db = dz, the row sums not divided by m
export function db(dZ: Matrix): Matrix | number {
  const m = dZ.columns;
  return np.sum(dZ, 1);
}

/** What the grader tells a student whose step gives what this one gives. */
export const mutant = {
  id: 'missing-1-over-m',
  says: 'you forgot to average over the m examples in db: it is the row sums of dZ',
};
