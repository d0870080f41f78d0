import type { Matrix } from 'ml-matrix';
import * as np from 'mlgrade/np';

type Params = { W1: Matrix; b1: Matrix; W2: Matrix; b2: Matrix };
type Cache = { Z1: Matrix; A1: Matrix; Z2: Matrix; A2: Matrix };

// divide-by-n — notes 004: 1/n with n = X.rows, the number of features
export function backward(params: Params, cache: Cache, X: Matrix, Y: Matrix): { dW1: Matrix; db1: Matrix; dW2: Matrix; db2: Matrix } {
  const m = X.columns;
  const { A1, A2 } = cache;
  const dZ2 = np.sub(A2, Y);
  const n = X.rows;
  const dW2 = np.div(np.dot(dZ2, np.T(A1)), n);
  const db2 = np.div(np.sum(dZ2, 1), n);
  const dZ1 = np.mul(np.dot(np.T(params.W2), dZ2), np.mul(A1, np.sub(1, A1)));
  const dW1 = np.div(np.dot(dZ1, np.T(X)), n);
  const db1 = np.div(np.sum(dZ1, 1), n);
  return { dW1, db1, dW2, db2 };
}

/** What the grader tells a student whose step gives what this one gives. */
export const mutant = {
  id: 'divide-by-n',
  says: 'your gradients are divided by n_x, the number of features, instead of m',
};
