import { Matrix } from 'ml-matrix';

type Params = { W1: Matrix; b1: Matrix; W2: Matrix; b2: Matrix };

// randn-order — each W filled column by column (j outside, i inside): the right draws in the wrong places
export function initializeParameters(nX: number, nH: number, nY: number, randn: () => number): Params {
  const random = (rows: number, cols: number): Matrix => {
    const W = Matrix.zeros(rows, cols);
    for (let j = 0; j < cols; j++) for (let i = 0; i < rows; i++) W.set(i, j, 0.01 * randn());
    return W;
  };
  const W1 = random(nH, nX);
  const W2 = random(nY, nH);
  return { W1, b1: Matrix.zeros(nH, 1), W2, b2: Matrix.zeros(nY, 1) };
}

/** What the grader tells a student whose step gives what this one gives. */
export const mutant = {
  id: 'randn-order',
  variant: 'columns',
  says: 'your W1 holds the right draws of randn, filled column by column: fill it row by row, W1[0][0], W1[0][1], …',
};
