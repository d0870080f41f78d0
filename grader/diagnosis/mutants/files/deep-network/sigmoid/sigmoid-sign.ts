import { Matrix } from 'ml-matrix';

// sigmoid-sign — 1/(1 + e^{z}), the minus of the exponent dropped
const s = (z: number): number => 1 / (1 + Math.exp(z));

export function sigmoid(Z: Matrix): Matrix {
  return new Matrix(Z.to2DArray().map((row) => row.map(s)));
}

/** What the grader tells a student whose step gives what this one gives. */
export const mutant = {
  id: 'sigmoid-sign',
  says: 'your sigmoid is 1/(1 + e^{z}): the minus in the exponent is missing',
};
