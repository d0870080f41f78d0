import { Matrix } from 'ml-matrix';
import * as np from 'mlgrade/np';

type Cache = { APrev: Matrix; W: Matrix; b: Matrix; Z: Matrix };

// missing-transpose — notes 002 with ml-matrix: dZ.mmul(APrev) throws, or quietly uses A_prev's first rows
export function modelBackward(AL: Matrix, Y: Matrix, caches: Cache[]): Record<string, Matrix | number> {
  const grads: Record<string, Matrix | number> = {};
  const m = AL.columns;
  let dZ = np.sub(AL, Y);
  for (let l = caches.length; l >= 1; l--) {
    const { APrev, W } = caches[l - 1];
    grads[`dW${l}`] = Matrix.div(dZ.mmul(APrev), m);
    grads[`db${l}`] = np.div(np.sum(dZ, 1), m);
    if (l > 1) dZ = np.where(np.greater(caches[l - 2].Z, 0), np.dot(np.T(W), dZ), 0);
  }
  return grads;
}

/** What the grader tells a student whose step gives what this one gives. */
export const mutant = {
  id: 'missing-transpose',
  variant: 'mmul',
  says: 'dZ.mmul(APrev) is missing the transpose of A_prev (ml-matrix then throws, or silently uses the first rows of A_prev)',
};
