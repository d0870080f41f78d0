import { Matrix } from 'ml-matrix';
import * as np from 'mlgrade/np';

type Cache = { APrev: Matrix; W: Matrix; b: Matrix; Z: Matrix };

// double-1-over-m — 1/m in dZ^[L], and dW, db divide by m again
export function modelBackward(AL: Matrix, Y: Matrix, caches: Cache[]): Record<string, Matrix | number> {
  const grads: Record<string, Matrix | number> = {};
  const m = AL.columns;
  let dZ = np.div(np.sub(AL, Y), m);
  for (let l = caches.length; l >= 1; l--) {
    const { APrev, W } = caches[l - 1];
    grads[`dW${l}`] = np.div(np.dot(dZ, np.T(APrev)), m);
    grads[`db${l}`] = np.div(np.sum(dZ, 1), m);
    if (l > 1) dZ = np.where(np.greater(caches[l - 2].Z, 0), np.dot(np.T(W), dZ), 0);
  }
  return grads;
}

/** What the grader tells a student whose step gives what this one gives. */
export const mutant = {
  id: 'double-1-over-m',
  says: 'your dZ^[L] is divided by m, and dW, db divide by m again',
};
