import type { Matrix } from 'ml-matrix';
import * as np from 'mlgrade/np';

// transposed-result — notes 003: z = X·w + b with X taken as (m, n_x), giving (m, 1)
export function forward(w: Matrix, b: number, X: Matrix): Matrix {
  const Z = np.add(np.dot(np.T(X), w), b);
  return np.div(1, np.add(1, np.exp(np.mul(-1, Z))));
}
