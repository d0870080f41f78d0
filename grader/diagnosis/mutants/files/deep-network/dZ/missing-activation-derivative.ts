import type { Matrix } from 'ml-matrix';
import * as np from 'mlgrade/np';

// missing-activation-derivative — dZ = dA, without * g'(Z)
export function dZ(dA: Matrix, Z: Matrix, activation: 'sigmoid' | 'relu'): Matrix {
  if (activation === 'relu') return np.mul(dA, 1);
  return np.mul(dA, 1);
}

/** What the grader tells a student whose step gives what this one gives. */
export const mutant = {
  id: 'missing-activation-derivative',
  says: 'your dZ is dA itself: the factor g\'(Z) is missing',
};
