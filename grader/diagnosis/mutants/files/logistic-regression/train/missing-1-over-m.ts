import { Matrix } from 'ml-matrix';
import * as np from 'mlgrade/np';

const forward = (w: Matrix, b: number, X: Matrix): Matrix => np.div(1, np.add(1, np.exp(np.mul(-1, np.add(np.dot(np.T(w), X), b)))));
const cost = (A: Matrix, Y: Matrix): number =>
  -np.sum(np.add(np.mul(Y, np.log(A)), np.mul(np.sub(1, Y), np.log(np.sub(1, A))))) / Y.columns;

// missing-1-over-m — dw and db inside the loop not averaged over the m examples
export function train(X: Matrix, Y: Matrix, options: { iterations: number; learningRate: number }): { params: { w: Matrix; b: number }; costs: number[] } {
  let w = Matrix.zeros(X.rows, 1);
  let b = 0;
  const costs: number[] = [];
  for (let i = 0; i < options.iterations; i++) {
    const A = forward(w, b, X);
    costs.push(cost(A, Y));
    const dZ = np.sub(A, Y);
    w = np.sub(w, np.mul(options.learningRate, np.dot(X, np.T(dZ))));
    b -= options.learningRate * np.sum(dZ);
  }
  return { params: { w, b }, costs };
}

/** What the grader tells a student whose step gives what this one gives. */
export const mutant = {
  id: 'missing-1-over-m',
  says: 'the gradients inside your train are not averaged over the m examples',
};
