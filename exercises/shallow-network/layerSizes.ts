import { Matrix } from 'ml-matrix';
import type { LayerSizes } from './types';

/**
 * The layer sizes  (notes 004, "Gradient descent for 1-hidden layer network"; 000 "Dimensional Analysis"):
 *
 *   n_x = n^[0] = rows of X (features), n_h = n^[1] = hiddenUnits, n_y = n^[2] = rows of Y.
 *
 * X (n_x, m), Y (n_y, m): the examples are the columns, so rows count features, not examples.
 */
export function layerSizes(X: Matrix, Y: Matrix, hiddenUnits: number): LayerSizes {
  throw new Error('not implemented yet: shallow-network/layerSizes');
}
