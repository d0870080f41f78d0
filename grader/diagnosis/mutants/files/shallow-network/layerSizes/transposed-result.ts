import type { Matrix } from 'ml-matrix';

// transposed-result — examples read as rows (notes 003): n_x taken from the columns of X, which is m
export function layerSizes(X: Matrix, Y: Matrix, hiddenUnits: number): { nX: number; nH: number; nY: number } {
  return { nX: X.columns, nH: hiddenUnits, nY: Y.rows };
}

/** What the grader tells a student whose step gives what this one gives. */
export const mutant = {
  id: 'transposed-result',
  says: 'your nX is the number of COLUMNS of X, which is m: features are the rows of X (examples are columns)',
};
