import type { Matrix } from 'ml-matrix';
import * as np from 'mlgrade/np';

type Params = { W1: Matrix; b1: Matrix; W2: Matrix; b2: Matrix };
type Cache = { Z1: Matrix; A1: Matrix; Z2: Matrix; A2: Matrix };

// transposed-result — notes 003: dw_2 = 1/m a_1·dz_2, the factors swapped: the transposes of dW2 and dW1
export function backward(params: Params, cache: Cache, X: Matrix, Y: Matrix): { dW1: Matrix; db1: Matrix; dW2: Matrix; db2: Matrix } {
  const m = X.columns;
  const { A1, A2 } = cache;
  const dZ2 = np.sub(A2, Y);
  const dW2 = np.div(np.dot(A1, np.T(dZ2)), m);
  const db2 = np.div(np.sum(dZ2, 1), m);
  const dZ1 = np.mul(np.dot(np.T(params.W2), dZ2), np.mul(A1, np.sub(1, A1)));
  const dW1 = np.div(np.dot(X, np.T(dZ1)), m);
  const db1 = np.div(np.sum(dZ1, 1), m);
  return { dW1, db1, dW2, db2 };
}

/** What the grader tells a student whose step gives what this one gives. */
export const mutant = {
  id: 'transposed-result',
  says: 'your dW1 and dW2 are transposed (A·dZᵀ instead of dZ·Aᵀ, notes 003)',
};
