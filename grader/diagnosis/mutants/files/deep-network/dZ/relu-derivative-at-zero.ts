import type { Matrix } from 'ml-matrix';
import * as np from 'mlgrade/np';

// relu-derivative-at-zero — relu′(z) written z < 0 ? 0 : 1, which is 1 at z = 0 (the contract says relu′(0) = 0)
export function dZ(dA: Matrix, Z: Matrix, activation: 'sigmoid' | 'relu'): Matrix {
  if (activation === 'relu') return np.where(np.greater(0, Z), 0, dA);
  const S = np.div(1, np.add(1, np.exp(np.mul(-1, Z))));
  return np.mul(dA, np.mul(S, np.sub(1, S)));
}

/** What the grader tells a student whose step gives what this one gives. */
export const mutant = {
  id: 'relu-derivative-at-zero',
  says: 'your relu′ is 1 where Z = 0 exactly (z < 0 ? 0 : dA): the contract\'s convention is relu′(0) = 0, so dZ = 0 there',
};
