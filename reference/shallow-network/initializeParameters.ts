import { Matrix } from 'ml-matrix';

/** W1 (n_h, n_x), b1 (n_h, 1), W2 (n_y, n_h), b2 (n_y, 1). */
export interface Params {
  W1: Matrix;
  b1: Matrix;
  W2: Matrix;
  b2: Matrix;
}

/** A (rows, columns) matrix of scale·randn(), filled row by row. */
function randomMatrix(rows: number, columns: number, scale: number, randn: () => number): Matrix {
  return new Matrix(Array.from({ length: rows }, () => Array.from({ length: columns }, () => scale * randn())));
}

/**
 * W1 = 0.01·randn (n_h, n_x), then W2 = 0.01·randn (n_y, n_h), each filled row by row from the
 * stream; b1 = zeros (n_h, 1), b2 = zeros (n_y, 1). Small random weights break the symmetry between
 * hidden units and keep σ away from its flat tails.
 */
// notes 004, "Gradient descent for 1-hidden layer network": W^[1] (n^[1], n^[0]), b^[1] (n^[1], 1), …
export function initializeParameters(nX: number, nH: number, nY: number, randn: () => number): Params {
  const W1 = randomMatrix(nH, nX, 0.01, randn);
  const W2 = randomMatrix(nY, nH, 0.01, randn);
  return { W1, b1: Matrix.zeros(nH, 1), W2, b2: Matrix.zeros(nY, 1) };
}
