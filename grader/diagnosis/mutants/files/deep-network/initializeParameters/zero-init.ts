import { Matrix } from 'ml-matrix';

// zero-init — every W zero: the units of a layer never become different
export function initializeParameters(layerDims: number[], randn: () => number): Record<string, Matrix> {
  const params: Record<string, Matrix> = {};
  for (let l = 1; l < layerDims.length; l++) {
    const [n, nPrev] = [layerDims[l], layerDims[l - 1]];
    params[`W${l}`] = Matrix.zeros(n, nPrev);
    params[`b${l}`] = Matrix.zeros(n, 1);
  }
  return params;
}

/** What the grader tells a student whose step gives what this one gives. */
export const mutant = {
  id: 'zero-init',
  says: 'your weights are all zero: the units of a layer stay identical',
};
