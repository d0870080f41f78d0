import { Matrix } from 'ml-matrix';
import * as np from 'mlgrade/np';

const forward = (w: Matrix, b: number, X: Matrix): Matrix => np.div(1, np.add(1, np.exp(np.mul(-1, np.add(np.dot(np.T(w), X), b)))));
const cost = (A: Matrix, Y: Matrix): number =>
  -np.sum(np.add(np.mul(Y, np.log(A)), np.mul(np.sub(1, Y), np.log(np.sub(1, A))))) / Y.columns;

// iterations-off-by-one — for (i = 0; i <= iterations; i++): one iteration too many, one cost too many
export function train(X: Matrix, Y: Matrix, options: { iterations: number; learningRate: number }): { params: { w: Matrix; b: number }; costs: number[] } {
  let w = Matrix.zeros(X.rows, 1);
  let b = 0;
  const costs: number[] = [];
  for (let i = 0; i <= options.iterations; i++) {
    const A = forward(w, b, X);
    costs.push(cost(A, Y));
    const dZ = np.sub(A, Y);
    w = np.sub(w, np.mul(options.learningRate, np.div(np.dot(X, np.T(dZ)), X.columns)));
    b -= (options.learningRate * np.sum(dZ)) / X.columns;
  }
  return { params: { w, b }, costs };
}

/** What the grader tells a student whose step gives what this one gives. */
export const mutant = {
  id: 'iterations-off-by-one',
  says: 'your loop runs iterations + 1 times (i <= iterations): costs must have one entry per iteration, and params one update each',
};
