import { Matrix } from 'ml-matrix';

type Params = Record<string, Matrix>;

// update-sign — W := W + α dW, climbing the cost
export function update(params: Params, grads: Params, learningRate: number): Params {
  const updated: Params = {};
  for (const key of Object.keys(params)) {
    updated[key] = Matrix.add(params[key], Matrix.mul(grads[`d${key}`], learningRate));
  }
  return updated;
}

/** What the grader tells a student whose step gives what this one gives. */
export const mutant = {
  id: 'update-sign',
  says: 'you added α·dW: W := W + α dW climbs the cost',
};
