import { Matrix } from 'ml-matrix';

// transposed-result — W^[l] of shape (n^[l−1], n^[l]), one column per unit
export function initializeParameters(layerDims: number[], randn: () => number): Record<string, Matrix> {
  const params: Record<string, Matrix> = {};
  for (let l = 1; l < layerDims.length; l++) {
    const [n, nPrev] = [layerDims[l], layerDims[l - 1]];
    params[`W${l}`] = new Matrix(Array.from({ length: nPrev }, () => Array.from({ length: n }, () => randn() / Math.sqrt(nPrev))));
    params[`b${l}`] = Matrix.zeros(n, 1);
  }
  return params;
}

/** What the grader tells a student whose step gives what this one gives. */
export const mutant = {
  id: 'transposed-result',
  says: 'your W^[l] is (n^[l−1], n^[l]): it has one ROW per unit, (n^[l], n^[l−1])',
};
