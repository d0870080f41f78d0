import type { Matrix } from 'ml-matrix';
import * as np from 'mlgrade/np';

type Params = { W1: Matrix; b1: Matrix; W2: Matrix; b2: Matrix };
const sigmoid = (Z: Matrix): Matrix => np.div(1, np.add(1, np.exp(np.mul(-1, Z))));

// returns-probabilities — A2 itself instead of 0/1 labels
export function predict(X: Matrix, params: Params): Matrix {
  const A1 = sigmoid(np.add(np.dot(params.W1, X), params.b1));
  return sigmoid(np.add(np.dot(params.W2, A1), params.b2));
}

/** What the grader tells a student whose step gives what this one gives. */
export const mutant = {
  id: 'returns-probabilities',
  says: 'your predict returns the probabilities A2, not 0/1 labels',
};
