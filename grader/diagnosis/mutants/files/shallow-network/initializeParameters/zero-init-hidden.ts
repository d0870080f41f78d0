import { Matrix } from 'ml-matrix';

type Params = { W1: Matrix; b1: Matrix; W2: Matrix; b2: Matrix };

// zero-init — the hidden layer W1 zero (W2 random, from the start of the stream)
export function initializeParameters(nX: number, nH: number, nY: number, randn: () => number): Params {
  const random = (rows: number, cols: number, scale: number): Matrix =>
    new Matrix(Array.from({ length: rows }, () => Array.from({ length: cols }, () => scale * randn())));
  const W2 = random(nY, nH, 0.01);
  return { W1: Matrix.zeros(nH, nX), b1: Matrix.zeros(nH, 1), W2, b2: Matrix.zeros(nY, 1) };
}

/** What the grader tells a student whose step gives what this one gives. */
export const mutant = {
  id: 'zero-init',
  variant: 'hidden',
  says: 'your W1 is zero: the hidden units stay identical',
};
