import { Matrix } from 'ml-matrix';

// sigmoid-overflow — e^z / (1 + e^z): NaN once e^z overflows
const s = (z: number): number => Math.exp(z) / (1 + Math.exp(z));

export function sigmoid(Z: Matrix): Matrix {
  return new Matrix(Z.to2DArray().map((row) => row.map(s)));
}

/** What the grader tells a student whose step gives what this one gives. */
export const mutant = {
  id: 'sigmoid-overflow',
  says: 'your sigmoid gives NaN for large z: e^z / (1 + e^z) overflows',
};
