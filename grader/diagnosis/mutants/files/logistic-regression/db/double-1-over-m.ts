import type { Matrix } from 'ml-matrix';
import * as np from 'mlgrade/np';

// double-1-over-m — the mean divided by m once more
export function db(dZ: Matrix): number {
  const m = dZ.columns;
  return np.mean(dZ) / m;
}
