import type { Matrix } from 'ml-matrix';
import * as np from 'mlgrade/np';

// sigmoid-sign — the sigmoid written 1/(1 + e^{z})
export function activationForward(APrev: Matrix, W: Matrix, b: Matrix, activation: 'sigmoid' | 'relu'): { A: Matrix; cache: { APrev: Matrix; W: Matrix; b: Matrix; Z: Matrix } } {
  const Z = np.add(np.dot(W, APrev), b);
  const A = activation === 'relu' ? np.maximum(Z, 0) : np.div(1, np.add(1, np.exp(Z)));
  return { A, cache: { APrev, W, b, Z } };
}

/** What the grader tells a student whose step gives what this one gives. */
export const mutant = {
  id: 'sigmoid-sign',
  says: 'your sigmoid is 1/(1 + e^{z}): the minus in the exponent is missing',
};
