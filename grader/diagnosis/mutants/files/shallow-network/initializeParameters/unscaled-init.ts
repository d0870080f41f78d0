import { Matrix } from 'ml-matrix';

type Params = { W1: Matrix; b1: Matrix; W2: Matrix; b2: Matrix };

// unscaled-init — W = randn, without the · 0.01
export function initializeParameters(nX: number, nH: number, nY: number, randn: () => number): Params {
  const random = (rows: number, cols: number, scale: number): Matrix =>
    new Matrix(Array.from({ length: rows }, () => Array.from({ length: cols }, () => scale * randn())));
  const W1 = random(nH, nX, 1);
  const W2 = random(nY, nH, 1);
  return { W1, b1: Matrix.zeros(nH, 1), W2, b2: Matrix.zeros(nY, 1) };
}

/** What the grader tells a student whose step gives what this one gives. */
export const mutant = {
  id: 'unscaled-init',
  says: 'your weights are randn() without the · 0.01',
};
