import type { Matrix } from 'ml-matrix';
import * as np from 'mlgrade/np';

type Params = { W1: Matrix; b1: Matrix; W2: Matrix; b2: Matrix };
type Cache = { Z1: Matrix; A1: Matrix; Z2: Matrix; A2: Matrix };

// squared-error — notes 003 "2 × (a−y)" carried through the sigmoid: dZ2 = 2(A2 − Y) ⊙ A2(1 − A2), the squared error's
export function backward(params: Params, cache: Cache, X: Matrix, Y: Matrix): { dW1: Matrix; db1: Matrix; dW2: Matrix; db2: Matrix } {
  const m = X.columns;
  const { A1, A2 } = cache;
  const dZ2 = np.mul(np.mul(2, np.sub(A2, Y)), np.mul(A2, np.sub(1, A2)));
  const dW2 = np.div(np.dot(dZ2, np.T(A1)), m);
  const db2 = np.div(np.sum(dZ2, 1), m);
  const dZ1 = np.mul(np.dot(np.T(params.W2), dZ2), np.mul(A1, np.sub(1, A1)));
  const dW1 = np.div(np.dot(dZ1, np.T(X)), m);
  const db1 = np.div(np.sum(dZ1, 1), m);
  return { dW1, db1, dW2, db2 };
}

/** What the grader tells a student whose step gives what this one gives. */
export const mutant = {
  id: 'squared-error',
  says: 'your dZ2 is 2(A2 − Y) ⊙ A2(1 − A2), the squared error\'s derivative through the sigmoid: with the log loss dZ2 = A2 − Y',
};
