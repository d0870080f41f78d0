import { Matrix } from 'ml-matrix';
import type { TrainOptions, TrainResult } from './types';
// import { initializeParameters } from './initializeParameters';
// import { modelForward } from './modelForward';
// import { cost } from './cost';
// import { modelBackward } from './modelBackward';
// import { update } from './update';

/**
 * Gradient descent for an L-layer network  (notes 001, 004 "Deep neural networks"):
 *
 *   params = initializeParameters(layerDims, randn)
 *   `iterations` times: modelForward → costs.push(cost(AL, Y)) → modelBackward → update
 *
 * X (n_x, m), Y (1, m), layerDims = [n_x, n^[1], …, n^[L]]. costs.length === iterations.
 */
export function train(X: Matrix, Y: Matrix, layerDims: number[], options: TrainOptions): TrainResult {
  throw new Error('not implemented yet: deep-network/train');
}
