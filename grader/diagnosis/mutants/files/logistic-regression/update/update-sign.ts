import { Matrix } from 'ml-matrix';

type Params = { w: Matrix; b: number };
type Grads = { dw: Matrix; db: number };

// update-sign — w := w + α dw, climbing the cost
export function update(params: Params, grads: Grads, learningRate: number): Params {
  return { w: Matrix.add(params.w, Matrix.mul(grads.dw, learningRate)), b: params.b + learningRate * grads.db };
}

/** What the grader tells a student whose step gives what this one gives. */
export const mutant = {
  id: 'update-sign',
  says: 'you added α·dw: W := W + α dW climbs the cost',
};
