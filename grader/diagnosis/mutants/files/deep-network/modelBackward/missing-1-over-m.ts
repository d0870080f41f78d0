import { Matrix } from 'ml-matrix';
import * as np from 'mlgrade/np';

type Cache = { APrev: Matrix; W: Matrix; b: Matrix; Z: Matrix };

// missing-1-over-m — notes 004 "Back propagation": dw = dz · aᵀ, db = dz, never divided by m
export function modelBackward(AL: Matrix, Y: Matrix, caches: Cache[]): Record<string, Matrix | number> {
  const grads: Record<string, Matrix | number> = {};
  const m = AL.columns;
  let dZ = np.sub(AL, Y);
  for (let l = caches.length; l >= 1; l--) {
    const { APrev, W } = caches[l - 1];
    grads[`dW${l}`] = np.dot(dZ, np.T(APrev));
    grads[`db${l}`] = np.sum(dZ, 1);
    if (l > 1) dZ = np.where(np.greater(caches[l - 2].Z, 0), np.dot(np.T(W), dZ), 0);
  }
  return grads;
}

/** What the grader tells a student whose step gives what this one gives. */
export const mutant = {
  id: 'missing-1-over-m',
  says: 'you forgot to average over the m examples in dW and db (notes 004 "Back propagation": dw = dz·aᵀ, db = dz)',
};
