import { Matrix } from 'ml-matrix';

type Params = { w: Matrix; b: number };
type Grads = { dw: Matrix; db: number };

// mutates-input — params.w.sub(…) changes the caller's w in place
export function update(params: Params, grads: Grads, learningRate: number): Params {
  const w = params.w.sub(Matrix.mul(grads.dw, learningRate));
  return { w, b: params.b - learningRate * grads.db };
}

/** What the grader tells a student whose step gives what this one gives. */
export const mutant = {
  id: 'mutates-input',
  says: 'your update changes params.w in place (ml-matrix\'s w.sub(…))',
};
