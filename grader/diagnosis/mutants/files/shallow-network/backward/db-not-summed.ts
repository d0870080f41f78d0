import type { Matrix } from 'ml-matrix';
import * as np from 'mlgrade/np';

type Params = { W1: Matrix; b1: Matrix; W2: Matrix; b2: Matrix };
type Cache = { Z1: Matrix; A1: Matrix; Z2: Matrix; A2: Matrix };

// db-not-summed — notes 000's single-example db = dz, vectorised without the sum: db1 = dZ1 / m, (n_h, m)
export function backward(params: Params, cache: Cache, X: Matrix, Y: Matrix): { dW1: Matrix; db1: Matrix; dW2: Matrix; db2: Matrix } {
  const m = X.columns;
  const { A1, A2 } = cache;
  const dZ2 = np.sub(A2, Y);
  const dW2 = np.div(np.dot(dZ2, np.T(A1)), m);
  const db2 = np.div(dZ2, m);
  const dZ1 = np.mul(np.dot(np.T(params.W2), dZ2), np.mul(A1, np.sub(1, A1)));
  const dW1 = np.div(np.dot(dZ1, np.T(X)), m);
  const db1 = np.div(dZ1, m);
  return { dW1, db1, dW2, db2 };
}

/** What the grader tells a student whose step gives what this one gives. */
export const mutant = {
  id: 'db-not-summed',
  says: 'your db1 and db2 are dZ1 / m and dZ2 / m, one column per example: sum each row over the m examples',
};
