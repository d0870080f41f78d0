import type { Matrix } from 'ml-matrix';
import * as np from 'mlgrade/np';

type Params = { W1: Matrix; b1: Matrix; W2: Matrix; b2: Matrix };
type Cache = { Z1: Matrix; A1: Matrix; Z2: Matrix; A2: Matrix };

// missing-1-over-m — notes 000/002: the single-example dw = dz·aᵀ, db = dz, summed over the m examples but never divided by m
export function backward(params: Params, cache: Cache, X: Matrix, Y: Matrix): { dW1: Matrix; db1: Matrix; dW2: Matrix; db2: Matrix } {
  const m = X.columns;
  const { A1, A2 } = cache;
  const dZ2 = np.sub(A2, Y);
  const dW2 = np.dot(dZ2, np.T(A1));
  const db2 = np.sum(dZ2, 1);
  const dZ1 = np.mul(np.dot(np.T(params.W2), dZ2), np.mul(A1, np.sub(1, A1)));
  const dW1 = np.dot(dZ1, np.T(X));
  const db1 = np.sum(dZ1, 1);
  return { dW1, db1, dW2, db2 };
}

/** What the grader tells a student whose step gives what this one gives. */
export const mutant = {
  id: 'missing-1-over-m',
  says: 'you forgot to average over the m examples in dW and db (the single-example formulas of notes 000 and 002)',
};
