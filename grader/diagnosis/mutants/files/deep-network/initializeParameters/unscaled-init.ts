import { Matrix } from 'ml-matrix';

// unscaled-init — W = randn, without the / √n^[l−1]
export function initializeParameters(layerDims: number[], randn: () => number): Record<string, Matrix> {
  const params: Record<string, Matrix> = {};
  for (let l = 1; l < layerDims.length; l++) {
    const [n, nPrev] = [layerDims[l], layerDims[l - 1]];
    params[`W${l}`] = new Matrix(Array.from({ length: n }, () => Array.from({ length: nPrev }, () => randn())));
    params[`b${l}`] = Matrix.zeros(n, 1);
  }
  return params;
}

/** What the grader tells a student whose step gives what this one gives. */
export const mutant = {
  id: 'unscaled-init',
  says: 'your weights are randn() without the / √n^[l−1]',
};
