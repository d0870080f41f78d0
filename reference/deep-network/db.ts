import { Matrix } from 'ml-matrix';

/** db^[l] = (1/m) Σ over the m examples (columns) of dZ^[l]: dZ (n^[l], m) → (n^[l], 1), the shape of b^[l]. */
// notes 004: db^[l] = np.sum(dz^[l], axis=1, keepdims=True) / m; notes 001: dB_k = 1/m · sum(dZ_k, 1)
export function db(dZ: Matrix): Matrix {
  const m = dZ.columns;
  return Matrix.columnVector(dZ.sum('row')).div(m);
}
