import { Matrix } from 'ml-matrix';
import * as np from 'mlgrade/np';

type Cache = { APrev: Matrix; W: Matrix; b: Matrix; Z: Matrix };

// db-wrong-axis — notes 004: 1/m np.sum(dz) without an axis, one number per layer
export function modelBackward(AL: Matrix, Y: Matrix, caches: Cache[]): Record<string, Matrix | number> {
  const grads: Record<string, Matrix | number> = {};
  const m = AL.columns;
  let dZ = np.sub(AL, Y);
  for (let l = caches.length; l >= 1; l--) {
    const { APrev, W } = caches[l - 1];
    grads[`dW${l}`] = np.div(np.dot(dZ, np.T(APrev)), m);
    grads[`db${l}`] = np.sum(dZ) / m;
    if (l > 1) dZ = np.where(np.greater(caches[l - 2].Z, 0), np.dot(np.T(W), dZ), 0);
  }
  return grads;
}

/** What the grader tells a student whose step gives what this one gives. */
export const mutant = {
  id: 'db-wrong-axis',
  says: 'your db^[l] sum every entry of dZ^[l] into one number: each is (n^[l], 1)',
};
