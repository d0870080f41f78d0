import { Matrix } from 'ml-matrix';

/** { W1, b1, …, WL, bL }: W^[l] is (n^[l], n^[l-1]), b^[l] is (n^[l], 1). */
export type Params = Record<string, Matrix>;

/**
 * For l = 1 … L: W^[l] = randn / √n^[l-1], (n^[l], n^[l-1]), filled row by row from the stream
 * (all of W1, then all of W2, …); b^[l] = zeros (n^[l], 1). layerDims = [n_x, n^[1], …, n^[L]].
 * Dividing by √n^[l-1] keeps Z^[l] of order 1 however wide the previous layer is.
 */
// notes 001: shape of W_k = (n_k, n_{k-1}), shape of B_k = (n_k, 1)
export function initializeParameters(layerDims: number[], randn: () => number): Params {
  const params: Params = {};
  for (let l = 1; l < layerDims.length; l++) {
    const [rows, columns] = [layerDims[l], layerDims[l - 1]];
    const scale = Math.sqrt(columns);
    const row = () => Array.from({ length: columns }, () => randn() / scale);
    params[`W${l}`] = new Matrix(Array.from({ length: rows }, row));
    params[`b${l}`] = Matrix.zeros(rows, 1);
  }
  return params;
}
