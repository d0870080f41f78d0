import { Matrix } from 'ml-matrix';

type Params = { W1: Matrix; b1: Matrix; W2: Matrix; b2: Matrix };

// transposed-result — notes 004 "Neural network representation": W1 of shape (n_x, n_h), one column per unit
export function initializeParameters(nX: number, nH: number, nY: number, randn: () => number): Params {
  const random = (rows: number, cols: number, scale: number): Matrix =>
    new Matrix(Array.from({ length: rows }, () => Array.from({ length: cols }, () => scale * randn())));
  const W1 = random(nX, nH, 0.01);
  const W2 = random(nH, nY, 0.01);
  return { W1, b1: Matrix.zeros(nH, 1), W2, b2: Matrix.zeros(nY, 1) };
}

/** What the grader tells a student whose step gives what this one gives. */
export const mutant = {
  id: 'transposed-result',
  says: 'your W1 is (n_x, n_h), one column per unit: W1 has one ROW per hidden unit, (n_h, n_x)',
};
