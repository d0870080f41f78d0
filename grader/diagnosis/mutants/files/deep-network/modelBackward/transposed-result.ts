import { Matrix } from 'ml-matrix';
import * as np from 'mlgrade/np';

type Cache = { APrev: Matrix; W: Matrix; b: Matrix; Z: Matrix };

// transposed-result — notes 003: A_prev · dZᵀ, the transpose of dW
export function modelBackward(AL: Matrix, Y: Matrix, caches: Cache[]): Record<string, Matrix | number> {
  const grads: Record<string, Matrix | number> = {};
  const m = AL.columns;
  let dZ = np.sub(AL, Y);
  for (let l = caches.length; l >= 1; l--) {
    const { APrev, W } = caches[l - 1];
    grads[`dW${l}`] = np.div(np.dot(APrev, np.T(dZ)), m);
    grads[`db${l}`] = np.div(np.sum(dZ, 1), m);
    if (l > 1) dZ = np.where(np.greater(caches[l - 2].Z, 0), np.dot(np.T(W), dZ), 0);
  }
  return grads;
}

/** What the grader tells a student whose step gives what this one gives. */
export const mutant = {
  id: 'transposed-result',
  says: 'your dW^[l] are A_prev·dZᵀ, the transposes of the right ones',
};
