import type { Matrix } from 'ml-matrix';
import * as np from 'mlgrade/np';

type Cache = { APrev: Matrix; W: Matrix; b: Matrix; Z: Matrix };

// missing-bias — Z^[l] = W^[l] A^[l−1] in every layer, the + b forgotten
export function modelForward(X: Matrix, params: Record<string, Matrix>): { AL: Matrix; caches: Cache[] } {
  const L = Object.keys(params).filter((k) => k.startsWith('W')).length;
  const caches: Cache[] = [];
  let A = X;
  for (let l = 1; l <= L; l++) {
    const [W, b] = [params[`W${l}`], params[`b${l}`]];
    const Z = np.dot(W, A);
    caches.push({ APrev: A, W, b, Z });
    A = l < L ? np.maximum(Z, 0) : np.div(1, np.add(1, np.exp(np.mul(-1, Z))));
  }
  return { AL: A, caches };
}

/** What the grader tells a student whose step gives what this one gives. */
export const mutant = {
  id: 'missing-bias',
  says: 'your layers compute W·A without + b',
};
