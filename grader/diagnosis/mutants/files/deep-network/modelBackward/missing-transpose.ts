import { Matrix } from 'ml-matrix';
import * as np from 'mlgrade/np';

type Cache = { APrev: Matrix; W: Matrix; b: Matrix; Z: Matrix };

// missing-transpose — notes 002: dw = 1/m dz · a^[L−1] without the transpose: np.dot throws
export function modelBackward(AL: Matrix, Y: Matrix, caches: Cache[]): Record<string, Matrix | number> {
  const grads: Record<string, Matrix | number> = {};
  const m = AL.columns;
  let dZ = np.sub(AL, Y);
  for (let l = caches.length; l >= 1; l--) {
    const { APrev, W } = caches[l - 1];
    grads[`dW${l}`] = np.div(np.dot(dZ, APrev), m);
    grads[`db${l}`] = np.div(np.sum(dZ, 1), m);
    if (l > 1) dZ = np.where(np.greater(caches[l - 2].Z, 0), np.dot(np.T(W), dZ), 0);
  }
  return grads;
}

/** What the grader tells a student whose step gives what this one gives. */
export const mutant = {
  id: 'missing-transpose',
  says: 'dZ · A_prev does not multiply: A_prev needs its transpose (notes 002)',
};
