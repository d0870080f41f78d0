import { Matrix } from 'ml-matrix';
import type { Params } from './initializeParameters';
import type { Grads } from './modelBackward';

/** For every layer l: W^[l] := W^[l] − α dW^[l], b^[l] := b^[l] − α db^[l] (returns new parameters). */
// notes 001: W_k = W_k − alpha · dW_k, B_k = B_k − alpha · dB_k
export function update(params: Params, grads: Grads, learningRate: number): Params {
  const updated: Params = {};
  for (const [name, value] of Object.entries(params)) {
    updated[name] = Matrix.sub(value, Matrix.mul(grads[`d${name}`], learningRate));
  }
  return updated;
}
