import { Matrix } from 'ml-matrix';

type Params = Record<string, Matrix>;

// mutates-input — params[key].sub(…) changes the caller's parameters in place
export function update(params: Params, grads: Params, learningRate: number): Params {
  const updated: Params = {};
  for (const key of Object.keys(params)) {
    updated[key] = params[key].sub(Matrix.mul(grads[`d${key}`], learningRate));
  }
  return updated;
}

/** What the grader tells a student whose step gives what this one gives. */
export const mutant = {
  id: 'mutates-input',
  says: 'your update changes the caller\'s parameters in place (ml-matrix\'s W.sub(…))',
};
