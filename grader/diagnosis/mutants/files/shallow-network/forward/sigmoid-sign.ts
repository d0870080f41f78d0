import type { Matrix } from 'ml-matrix';
import * as np from 'mlgrade/np';

type Params = { W1: Matrix; b1: Matrix; W2: Matrix; b2: Matrix };

// sigmoid-sign — σ(z) written 1/(1 + e^{z})
const sigmoid = (Z: Matrix): Matrix => np.div(1, np.add(1, np.exp(Z)));

export function forward(X: Matrix, params: Params): { A2: Matrix; cache: { Z1: Matrix; A1: Matrix; Z2: Matrix; A2: Matrix } } {
  const Z1 = np.add(np.dot(params.W1, X), params.b1);
  const A1 = sigmoid(Z1);
  const Z2 = np.add(np.dot(params.W2, A1), params.b2);
  const A2 = sigmoid(Z2);
  return { A2, cache: { Z1, A1, Z2, A2 } };
}

/** What the grader tells a student whose step gives what this one gives. */
export const mutant = {
  id: 'sigmoid-sign',
  says: 'your sigmoid is 1/(1 + e^{z}): the minus in the exponent is missing',
};
