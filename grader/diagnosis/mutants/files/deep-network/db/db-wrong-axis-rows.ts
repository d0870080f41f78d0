import type { Matrix } from 'ml-matrix';
import * as np from 'mlgrade/np';

// db-wrong-axis — notes 002 "sum over D features": axis 0, one value per example
export function db(dZ: Matrix): Matrix | number {
  const m = dZ.columns;
  return np.div(np.sum(dZ, 0), m);
}
