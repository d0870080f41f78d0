import { Matrix } from 'ml-matrix';
import * as np from 'mlgrade/np';

type Params = { W1: Matrix; b1: Matrix; W2: Matrix; b2: Matrix };
const sigmoid = (Z: Matrix): Matrix => np.div(1, np.add(1, np.exp(np.mul(-1, Z))));
const random = (rows: number, cols: number, randn: () => number): Matrix =>
  new Matrix(Array.from({ length: rows }, () => Array.from({ length: cols }, () => 0.01 * randn())));

function forward(X: Matrix, p: Params): { A1: Matrix; A2: Matrix } {
  const A1 = sigmoid(np.add(np.dot(p.W1, X), p.b1));
  return { A1, A2: sigmoid(np.add(np.dot(p.W2, A1), p.b2)) };
}
const cost = (A2: Matrix, Y: Matrix): number =>
  -np.sum(np.add(np.mul(Y, np.log(A2)), np.mul(np.sub(1, Y), np.log(np.sub(1, A2))))) / Y.columns;

// cost-after-update — the cost pushed after the parameters were updated
export function train(X: Matrix, Y: Matrix, options: { hiddenUnits: number; iterations: number; learningRate: number; randn: () => number }): { params: Params; costs: number[] } {
  const [nX, nH, nY, m] = [X.rows, options.hiddenUnits, Y.rows, X.columns];
  const W1 = random(nH, nX, options.randn);
  let p: Params = { W1, b1: Matrix.zeros(nH, 1), W2: random(nY, nH, options.randn), b2: Matrix.zeros(nY, 1) };
  const costs: number[] = [];
  const step = (x: Matrix, dx: Matrix): Matrix => np.sub(x, np.mul(options.learningRate, dx));
  for (let i = 0; i < options.iterations; i++) {
    const { A1, A2 } = forward(X, p);
    const dZ2 = np.sub(A2, Y);
    const dZ1 = np.mul(np.dot(np.T(p.W2), dZ2), np.mul(A1, np.sub(1, A1)));
    p = {
      W1: step(p.W1, np.div(np.dot(dZ1, np.T(X)), m)), b1: step(p.b1, np.div(np.sum(dZ1, 1), m)),
      W2: step(p.W2, np.div(np.dot(dZ2, np.T(A1)), m)), b2: step(p.b2, np.div(np.sum(dZ2, 1), m)),
    };
    costs.push(cost(forward(X, p).A2, Y));
  }
  return { params: p, costs };
}

/** What the grader tells a student whose step gives what this one gives. */
export const mutant = {
  id: 'cost-after-update',
  says: 'your costs are recorded after each update of W1, b1, W2 and b2: costs[i] must be the cost before update i',
};
