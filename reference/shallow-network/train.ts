import { Matrix } from 'ml-matrix';
import { layerSizes } from './layerSizes';
import { initializeParameters, type Params } from './initializeParameters';
import { forward } from './forward';
import { cost } from './cost';
import { backward } from './backward';
import { update } from './update';

/**
 * Gradient descent from initializeParameters(n_x, n_h, n_y, randn): each iteration runs forward,
 * records the cost (BEFORE the update: costs[i] belongs to the parameters after i updates), runs
 * backward and updates.
 */
// notes 004, "Gradient descent for 1-hidden layer network": repeat { predictions, derivatives, update }
export function train(
  X: Matrix,
  Y: Matrix,
  options: { hiddenUnits: number; iterations: number; learningRate: number; randn: () => number },
): { params: Params; costs: number[] } {
  const { nX, nH, nY } = layerSizes(X, Y, options.hiddenUnits);
  let params = initializeParameters(nX, nH, nY, options.randn);
  const costs: number[] = [];
  for (let i = 0; i < options.iterations; i++) {
    const { A2, cache } = forward(X, params);
    costs.push(cost(A2, Y));
    params = update(params, backward(params, cache, X, Y), options.learningRate);
  }
  return { params, costs };
}
