import { Matrix } from 'ml-matrix';
import * as np from 'mlgrade/np';

type Params = { W1: Matrix; b1: Matrix; W2: Matrix; b2: Matrix };
// the reference's stable sigmoid and clipped cost: the summed steps saturate σ, where e^−z overflows and log(0) = −∞
const σ = (z: number): number => (z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z)));
const sigmoid = (Z: Matrix): Matrix => new Matrix(Z.to2DArray().map((row) => row.map(σ)));
const clip = (a: number): number => Math.min(Math.max(a, 1e-15), 1 - 1e-15);
const random = (rows: number, cols: number, randn: () => number): Matrix =>
  new Matrix(Array.from({ length: rows }, () => Array.from({ length: cols }, () => 0.01 * randn())));

function forward(X: Matrix, p: Params): { A1: Matrix; A2: Matrix } {
  const A1 = sigmoid(np.add(np.dot(p.W1, X), p.b1));
  return { A1, A2: sigmoid(np.add(np.dot(p.W2, A1), p.b2)) };
}
const cost = (A2: Matrix, Y: Matrix): number => {
  const [a, y] = [A2.to1DArray().map(clip), Y.to1DArray()];
  return -a.reduce((sum, ai, i) => sum + y[i] * Math.log(ai) + (1 - y[i]) * Math.log(1 - ai), 0) / Y.columns;
};

// iterations-off-by-one — for (i = 0; i <= iterations; i++): one iteration, one cost and one update too many
export function train(X: Matrix, Y: Matrix, options: { hiddenUnits: number; iterations: number; learningRate: number; randn: () => number }): { params: Params; costs: number[] } {
  const [nX, nH, nY, m] = [X.rows, options.hiddenUnits, Y.rows, X.columns];
  const W1 = random(nH, nX, options.randn);
  let p: Params = { W1, b1: Matrix.zeros(nH, 1), W2: random(nY, nH, options.randn), b2: Matrix.zeros(nY, 1) };
  const costs: number[] = [];
  const step = (x: Matrix, dx: Matrix): Matrix => np.sub(x, np.mul(options.learningRate, dx));
  for (let i = 0; i <= options.iterations; i++) {
    const { A1, A2 } = forward(X, p);
    costs.push(cost(A2, Y));
    const dZ2 = np.sub(A2, Y);
    const dZ1 = np.mul(np.dot(np.T(p.W2), dZ2), np.mul(A1, np.sub(1, A1)));
    p = {
      W1: step(p.W1, np.div(np.dot(dZ1, np.T(X)), m)), b1: step(p.b1, np.div(np.sum(dZ1, 1), m)),
      W2: step(p.W2, np.div(np.dot(dZ2, np.T(A1)), m)), b2: step(p.b2, np.div(np.sum(dZ2, 1), m)),
    };
  }
  return { params: p, costs };
}

/** What the grader tells a student whose step gives what this one gives. */
export const mutant = {
  id: 'iterations-off-by-one',
  says: 'your loop runs iterations + 1 times (i <= iterations): one cost per iteration, and W1, b1, W2, b2 updated once each',
};
