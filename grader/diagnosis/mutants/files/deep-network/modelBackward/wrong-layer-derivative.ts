import { Matrix } from 'ml-matrix';
import * as np from 'mlgrade/np';

const sig = (Z: Matrix): Matrix => np.div(1, np.add(1, np.exp(np.mul(-1, Z))));
type Cache = { APrev: Matrix; W: Matrix; b: Matrix; Z: Matrix };

// wrong-layer-derivative — the output layer's sigmoid' used for the ReLU hidden layers
export function modelBackward(AL: Matrix, Y: Matrix, caches: Cache[]): Record<string, Matrix | number> {
  const grads: Record<string, Matrix | number> = {};
  const m = AL.columns;
  let dZ = np.sub(AL, Y);
  for (let l = caches.length; l >= 1; l--) {
    const { APrev, W } = caches[l - 1];
    grads[`dW${l}`] = np.div(np.dot(dZ, np.T(APrev)), m);
    grads[`db${l}`] = np.div(np.sum(dZ, 1), m);
    if (l > 1) dZ = np.mul(np.dot(np.T(W), dZ), np.mul(sig(caches[l - 2].Z), np.sub(1, sig(caches[l - 2].Z))));
  }
  return grads;
}

/** What the grader tells a student whose step gives what this one gives. */
export const mutant = {
  id: 'wrong-layer-derivative',
  says: 'your hidden layers use the sigmoid\'s slope: layer l < L is ReLU, so dZ^[l] = dA^[l] ⊙ relu\'(Z^[l])',
};
