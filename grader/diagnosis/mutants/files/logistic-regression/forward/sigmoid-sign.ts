import type { Matrix } from 'ml-matrix';
import * as np from 'mlgrade/np';

// sigmoid-sign — σ(z) written 1/(1 + e^{z})
export function forward(w: Matrix, b: number, X: Matrix): Matrix {
  const Z = np.add(np.dot(np.T(w), X), b);
  return np.div(1, np.add(1, np.exp(Z)));
}
