import { Matrix } from 'ml-matrix';
import { sigmoid } from './sigmoid';

/**
 * A = σ(wᵀX + b): w (n_x, 1), X (n_x, m), b a number broadcast to every column → A (1, m).
 */
// notes 004, "Vectorizing logistic regression": Z = np.dot(wᵀ, X) + b, A = σ(Z)
export function forward(w: Matrix, b: number, X: Matrix): Matrix {
  const Z = w.transpose().mmul(X).add(b);
  return sigmoid(Z);
}
