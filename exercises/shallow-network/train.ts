import { Matrix } from 'ml-matrix';
import type { TrainOptions, TrainResult } from './types';
// import { layerSizes } from './layerSizes';
// import { initializeParameters } from './initializeParameters';
// import { forward } from './forward';
// import { cost } from './cost';
// import { backward } from './backward';
// import { update } from './update';

/**
 * Gradient descent  (notes 004, "Gradient descent for 1-hidden layer network": "Repeat …"):
 *
 *   { nX, nH, nY } = layerSizes(X, Y, hiddenUnits); params = initializeParameters(nX, nH, nY, randn)
 *   `iterations` times: forward → costs.push(cost(A2, Y)) → backward → update
 *
 * X (n_x, m), Y (1, m). costs[i] is the cost before update i, so costs.length === iterations.
 */
export function train(X: Matrix, Y: Matrix, options: TrainOptions): TrainResult {
  throw new Error('not implemented yet: shallow-network/train');
}
