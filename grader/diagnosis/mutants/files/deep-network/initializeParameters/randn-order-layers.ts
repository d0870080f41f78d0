import { Matrix } from 'ml-matrix';

// randn-order — the layers drawn from the last to the first: each W has the draws meant for another layer
export function initializeParameters(layerDims: number[], randn: () => number): Record<string, Matrix> {
  const params: Record<string, Matrix> = {};
  for (let l = layerDims.length - 1; l >= 1; l--) {
    const [n, nPrev] = [layerDims[l], layerDims[l - 1]];
    params[`W${l}`] = new Matrix(Array.from({ length: n }, () => Array.from({ length: nPrev }, () => randn() / Math.sqrt(nPrev))));
    params[`b${l}`] = Matrix.zeros(n, 1);
  }
  return params;
}

/** What the grader tells a student whose step gives what this one gives. */
export const mutant = {
  id: 'randn-order',
  variant: 'layers',
  says: 'your layers are drawn from the last one to W1: draw W1 first, then W2, … as the loop over l = 1, 2, … does',
};
