import type { Matrix } from 'ml-matrix';
import * as np from 'mlgrade/np';

// transposed-result — notes 003: z = X·w + b with X taken as (m, n_x), giving (m, 1)
export function forward(w: Matrix, b: number, X: Matrix): Matrix {
  const Z = np.add(np.dot(np.T(X), w), b);
  return np.div(1, np.add(1, np.exp(np.mul(-1, Z))));
}

/** What the grader tells a student whose step gives what this one gives. */
export const mutant = {
  id: 'transposed-result',
  says: 'your A is (m, 1), Xᵀw: examples in rows as in notes 003; here X is (n_x, m) and A = σ(wᵀX + b) is (1, m)',
};
