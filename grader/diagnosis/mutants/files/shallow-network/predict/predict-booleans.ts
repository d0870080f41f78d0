import type { Matrix } from 'ml-matrix';
import * as np from 'mlgrade/np';

type Params = { W1: Matrix; b1: Matrix; W2: Matrix; b2: Matrix };
const sigmoid = (Z: Matrix): Matrix => np.div(1, np.add(1, np.exp(np.mul(-1, Z))));

// predict-booleans — A2 > 0.5 kept as true/false instead of the labels 1/0
export function predict(X: Matrix, params: Params): boolean[][] {
  const A1 = sigmoid(np.add(np.dot(params.W1, X), params.b1));
  const A2 = sigmoid(np.add(np.dot(params.W2, A1), params.b2));
  return A2.to2DArray().map((row) => row.map((a) => a > 0.5));
}

/** What the grader tells a student whose step gives what this one gives. */
export const mutant = {
  id: 'predict-booleans',
  says: 'your predict returns true/false (A2 > 0.5): the labels are the numbers 1 and 0',
};
