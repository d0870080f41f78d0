import type { Matrix } from 'ml-matrix';
import * as np from 'mlgrade/np';

// missing-1-over-m — notes 003: db = dz for one example; the m summed, not averaged
export function db(dZ: Matrix): number {
  const m = dZ.columns;
  return np.sum(dZ);
}

/** What the grader tells a student whose step gives what this one gives. */
export const mutant = {
  id: 'missing-1-over-m',
  says: 'you forgot to average over the m examples in db: it is the sum of dZ',
};
