import type { Matrix } from 'ml-matrix';
import * as np from 'mlgrade/np';

// double-1-over-m — the row means divided by m once more
export function db(dZ: Matrix): Matrix | number {
  const m = dZ.columns;
  return np.div(np.mean(dZ, 1), m);
}
