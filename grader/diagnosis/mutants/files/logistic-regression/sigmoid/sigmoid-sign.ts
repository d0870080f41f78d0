import { Matrix } from 'ml-matrix';

// sigmoid-sign — the minus of the exponent dropped: 1/(1 + e^{z}) is σ(−z)
const s = (z: number): number => 1 / (1 + Math.exp(z));

export function sigmoid(z: Matrix | number): Matrix | number {
  if (typeof z === 'number') return s(z);
  return new Matrix(z.to2DArray().map((row) => row.map(s)));
}

/** What the grader tells a student whose step gives what this one gives. */
export const mutant = {
  id: 'sigmoid-sign',
  says: 'your sigmoid is 1/(1 + e^{z}), σ(−z): the minus in the exponent is missing',
};
