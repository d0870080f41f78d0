import type { Matrix } from 'ml-matrix';
import * as np from 'mlgrade/np';

// missing-bias — Z = W A_prev, the + b forgotten
export function activationForward(APrev: Matrix, W: Matrix, b: Matrix, activation: 'sigmoid' | 'relu'): { A: Matrix; cache: { APrev: Matrix; W: Matrix; b: Matrix; Z: Matrix } } {
  const Z = np.dot(W, APrev);
  const A = activation === 'relu' ? np.maximum(Z, 0) : np.div(1, np.add(1, np.exp(np.mul(-1, Z))));
  return { A, cache: { APrev, W, b, Z } };
}

/** What the grader tells a student whose step gives what this one gives. */
export const mutant = {
  id: 'missing-bias',
  says: 'your Z is W·A_prev: the + b is missing',
};
