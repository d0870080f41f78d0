import { Matrix } from 'ml-matrix';
import * as np from 'mlgrade/np';

type Params = Record<string, Matrix>;
const sigmoid = (Z: Matrix): Matrix => np.div(1, np.add(1, np.exp(np.mul(-1, Z))));
const cost = (AL: Matrix, Y: Matrix): number =>
  -np.sum(np.add(np.mul(Y, np.log(AL)), np.mul(np.sub(1, Y), np.log(np.sub(1, AL))))) / Y.columns;

function forward(X: Matrix, p: Params, L: number): { As: Matrix[]; Zs: Matrix[] } {
  const As = [X];
  const Zs: Matrix[] = [];
  for (let l = 1; l <= L; l++) {
    Zs.push(np.add(np.dot(p[`W${l}`], As[l - 1]), p[`b${l}`]));
    As.push(l < L ? np.maximum(Zs[l - 1], 0) : sigmoid(Zs[l - 1]));
  }
  return { As, Zs };
}

// cost-after-update — the cost pushed after the parameters were updated
export function train(X: Matrix, Y: Matrix, layerDims: number[], options: { iterations: number; learningRate: number; randn: () => number }): { params: Params; costs: number[] } {
  const L = layerDims.length - 1;
  const m = X.columns;
  let p: Params = {};
  for (let l = 1; l <= L; l++) {
    const [n, nPrev] = [layerDims[l], layerDims[l - 1]];
    p[`W${l}`] = new Matrix(Array.from({ length: n }, () => Array.from({ length: nPrev }, () => options.randn() / Math.sqrt(nPrev))));
    p[`b${l}`] = Matrix.zeros(n, 1);
  }
  const costs: number[] = [];
  for (let i = 0; i < options.iterations; i++) {
    const { As, Zs } = forward(X, p, L);
    const next: Params = {};
    let dZ = np.sub(As[L], Y);
    for (let l = L; l >= 1; l--) {
      next[`W${l}`] = np.sub(p[`W${l}`], np.mul(options.learningRate, np.div(np.dot(dZ, np.T(As[l - 1])), m)));
      next[`b${l}`] = np.sub(p[`b${l}`], np.mul(options.learningRate, np.div(np.sum(dZ, 1), m)));
      if (l > 1) dZ = np.where(np.greater(Zs[l - 2], 0), np.dot(np.T(p[`W${l}`]), dZ), 0);
    }
    p = next;
    costs.push(cost(forward(X, p, L).As[L], Y));
  }
  return { params: p, costs };
}

/** What the grader tells a student whose step gives what this one gives. */
export const mutant = {
  id: 'cost-after-update',
  says: 'your costs are recorded after each update of every W^[l] and b^[l]: costs[i] must be the cost before update i',
};
