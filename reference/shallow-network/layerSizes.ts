import { Matrix } from 'ml-matrix';

/** Layer sizes of the 1-hidden-layer network: n_x = n^[0] (features), n_h = n^[1], n_y = n^[2]. */
export interface LayerSizes {
  nX: number;
  nH: number;
  nY: number;
}

/** n_x = rows of X (n_x, m), n_h = the hidden units asked for, n_y = rows of Y (n_y, m). */
// notes 004, "Gradient descent for 1-hidden layer network": n_x = n^[0], n^[1] hidden units, n^[2] = 1
export function layerSizes(X: Matrix, Y: Matrix, hiddenUnits: number): LayerSizes {
  return { nX: X.rows, nH: hiddenUnits, nY: Y.rows };
}
