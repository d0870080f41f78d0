import { Matrix } from 'ml-matrix';

// unscaled-init — the shallow network's 0.01 · randn in a deep network, instead of randn / √n^[l−1]
export function initializeParameters(layerDims: number[], randn: () => number): Record<string, Matrix> {
  const params: Record<string, Matrix> = {};
  for (let l = 1; l < layerDims.length; l++) {
    const [n, nPrev] = [layerDims[l], layerDims[l - 1]];
    params[`W${l}`] = new Matrix(Array.from({ length: n }, () => Array.from({ length: nPrev }, () => 0.01 * randn())));
    params[`b${l}`] = Matrix.zeros(n, 1);
  }
  return params;
}

/** What the grader tells a student whose step gives what this one gives. */
export const mutant = {
  id: 'unscaled-init',
  variant: 'shallow-scale',
  says: 'your weights are 0.01 · randn(), the shallow network\'s scale: a deep network divides by √n^[l−1]',
};
