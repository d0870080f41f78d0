import type { Matrix } from 'ml-matrix';
import type { Params } from './types';
// import { forward } from './forward';

/** Labels (1, m): 1 where the network's output A2 > 0.5, else 0. */
export function predict(X: Matrix, params: Params): Matrix {
  throw new Error('not implemented yet: tanh-network/predict');
}
