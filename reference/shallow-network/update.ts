import { Matrix } from 'ml-matrix';
import type { Params } from './initializeParameters';
import type { Grads } from './backward';

/** One gradient-descent step: W := W − α dW, b := b − α db for both layers (returns new parameters). */
// notes 004, "Gradient descent for 1-hidden layer network": w^[1] = w^[1] − α dw^[1], b^[1] = …
export function update(params: Params, grads: Grads, learningRate: number): Params {
  const step = (p: Matrix, dp: Matrix): Matrix => Matrix.sub(p, Matrix.mul(dp, learningRate));
  return {
    W1: step(params.W1, grads.dW1),
    b1: step(params.b1, grads.db1),
    W2: step(params.W2, grads.dW2),
    b2: step(params.b2, grads.db2),
  };
}
