import { Matrix } from 'ml-matrix';
import type { Params } from './initializeWithZeros';

/** Gradients of the cost: dw is (n_x, 1), db a number. */
export interface Grads {
  dw: Matrix;
  db: number;
}

/** One gradient-descent step: w := w − α dw, b := b − α db (returns new parameters). */
// notes 004, "Gradient descent": w := w − α dJ/dw, b := b − α dJ/db
export function update(params: Params, grads: Grads, learningRate: number): Params {
  const w = Matrix.sub(params.w, Matrix.mul(grads.dw, learningRate));
  const b = params.b - learningRate * grads.db;
  return { w, b };
}
