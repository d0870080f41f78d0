import { Matrix } from 'ml-matrix';

type Params = { W1: Matrix; b1: Matrix; W2: Matrix; b2: Matrix };

// zero-init — every weight zero: the hidden units stay identical forever
export function initializeParameters(nX: number, nH: number, nY: number, randn: () => number): Params {
  const random = (rows: number, cols: number, scale: number): Matrix =>
    new Matrix(Array.from({ length: rows }, () => Array.from({ length: cols }, () => scale * randn())));
  return { W1: Matrix.zeros(nH, nX), b1: Matrix.zeros(nH, 1), W2: Matrix.zeros(nY, nH), b2: Matrix.zeros(nY, 1) };
}

/** What the grader tells a student whose step gives what this one gives. */
export const mutant = {
  id: 'zero-init',
  says: 'your weights are all zero: every hidden unit stays identical',
};
