import type { Matrix } from 'ml-matrix';
import * as np from 'mlgrade/np';

// missing-1-over-m — notes 003: db = dz for one example; the m summed, not averaged
export function db(dZ: Matrix): number {
  const m = dZ.columns;
  return np.sum(dZ);
}
