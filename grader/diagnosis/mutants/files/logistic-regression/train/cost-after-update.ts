import { Matrix } from 'ml-matrix';
import * as np from 'mlgrade/np';

const forward = (w: Matrix, b: number, X: Matrix): Matrix => np.div(1, np.add(1, np.exp(np.mul(-1, np.add(np.dot(np.T(w), X), b)))));
const cost = (A: Matrix, Y: Matrix): number =>
  -np.sum(np.add(np.mul(Y, np.log(A)), np.mul(np.sub(1, Y), np.log(np.sub(1, A))))) / Y.columns;

// cost-after-update — the cost pushed after w and b were updated
export function train(X: Matrix, Y: Matrix, options: { iterations: number; learningRate: number }): { params: { w: Matrix; b: number }; costs: number[] } {
  const m = X.columns;
  let w = Matrix.zeros(X.rows, 1);
  let b = 0;
  const costs: number[] = [];
  for (let i = 0; i < options.iterations; i++) {
    const A = forward(w, b, X);
    const dZ = np.sub(A, Y);
    w = np.sub(w, np.mul(options.learningRate, np.div(np.dot(X, np.T(dZ)), m)));
    b -= (options.learningRate * np.sum(dZ)) / m;
    costs.push(cost(forward(w, b, X), Y));
  }
  return { params: { w, b }, costs };
}

/** What the grader tells a student whose step gives what this one gives. */
export const mutant = {
  id: 'cost-after-update',
  says: 'your costs are recorded after each update of w and b: costs[i] must be the cost before update i',
};
