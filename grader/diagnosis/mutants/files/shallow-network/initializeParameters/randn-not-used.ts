import { Matrix } from 'ml-matrix';

type Params = { W1: Matrix; b1: Matrix; W2: Matrix; b2: Matrix };

// randn-not-used — a generator of its own (a Park–Miller LCG here, Math.random in students' code), not the seeded randn
export function initializeParameters(nX: number, nH: number, nY: number, randn: () => number): Params {
  let state = 2026;
  const uniform = (): number => ((state = (state * 16807) % 2147483647) / 2147483647) - 0.5;
  const random = (rows: number, cols: number): Matrix =>
    new Matrix(Array.from({ length: rows }, () => Array.from({ length: cols }, () => 0.01 * uniform())));
  void randn;
  return { W1: random(nH, nX), b1: Matrix.zeros(nH, 1), W2: random(nY, nH), b2: Matrix.zeros(nY, 1) };
}

/** What the grader tells a student whose step gives what this one gives. */
export const mutant = {
  id: 'randn-not-used',
  says: 'your weights do not come from the randn argument: the grader can only reproduce weights drawn from it',
};
