import type { Matrix } from 'ml-matrix';
import * as np from 'mlgrade/np';

// sigmoid-derivative-of-z — σ'(Z) written Z(1 − Z), the formula a(1 − a) applied to z
export function dZ(dA: Matrix, Z: Matrix, activation: 'sigmoid' | 'relu'): Matrix {
  if (activation === 'relu') return np.where(np.greater(Z, 0), dA, 0);
  return np.mul(dA, np.mul(Z, np.sub(1, Z)));
}

/** What the grader tells a student whose step gives what this one gives. */
export const mutant = {
  id: 'sigmoid-derivative-of-z',
  says: 'your sigmoid\' is Z(1 − Z): it is σ(Z)(1 − σ(Z))',
};
