import { Matrix } from 'ml-matrix';
import { initializeParameters, type Params } from './initializeParameters';
import { modelForward } from './modelForward';
import { cost } from './cost';
import { modelBackward } from './modelBackward';
import { update } from './update';

/**
 * Gradient descent from initializeParameters(layerDims, randn): each iteration runs modelForward,
 * records the cost (BEFORE the update: costs[i] belongs to the parameters after i updates), runs
 * modelBackward and updates every layer.
 */
// notes 001, "Complete Back Propagation" then the updates W_k = W_k − alpha · dW_k, repeated
export function train(
  X: Matrix,
  Y: Matrix,
  layerDims: number[],
  options: { iterations: number; learningRate: number; randn: () => number },
): { params: Params; costs: number[] } {
  let params = initializeParameters(layerDims, options.randn);
  const costs: number[] = [];
  for (let i = 0; i < options.iterations; i++) {
    const { AL, caches } = modelForward(X, params);
    costs.push(cost(AL, Y));
    params = update(params, modelBackward(AL, Y, caches), options.learningRate);
  }
  return { params, costs };
}
