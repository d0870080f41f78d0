import { Matrix } from 'ml-matrix';

/** db = (1/m) Σᵢ dz⁽ⁱ⁾: dZ (1, m) → a number. */
// notes 004, "Vectorizing logistic regression": db = 1/m np.sum(dZ) (the notes write 1/n: m is meant)
export function db(dZ: Matrix): number {
  const m = dZ.columns;
  return dZ.sum() / m;
}
