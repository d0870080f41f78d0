import { Matrix } from 'ml-matrix';

type Params = { w: Matrix; b: number };
type Grads = { dw: Matrix; db: number };

// update-sign — w := w + α dw, climbing the cost
export function update(params: Params, grads: Grads, learningRate: number): Params {
  return { w: Matrix.add(params.w, Matrix.mul(grads.dw, learningRate)), b: params.b + learningRate * grads.db };
}
