import type { Matrix } from 'ml-matrix';
import * as np from 'mlgrade/np';

type Params = { W1: Matrix; b1: Matrix; W2: Matrix; b2: Matrix };

// missing-bias — Z = W A, the + b forgotten in both layers
const sigmoid = (Z: Matrix): Matrix => np.div(1, np.add(1, np.exp(np.mul(-1, Z))));

export function forward(X: Matrix, params: Params): { A2: Matrix; cache: { Z1: Matrix; A1: Matrix; Z2: Matrix; A2: Matrix } } {
  const Z1 = np.dot(params.W1, X);
  const A1 = sigmoid(Z1);
  const Z2 = np.dot(params.W2, A1);
  const A2 = sigmoid(Z2);
  return { A2, cache: { Z1, A1, Z2, A2 } };
}

/** What the grader tells a student whose step gives what this one gives. */
export const mutant = {
  id: 'missing-bias',
  says: 'your Z1 and Z2 have no + b',
};
