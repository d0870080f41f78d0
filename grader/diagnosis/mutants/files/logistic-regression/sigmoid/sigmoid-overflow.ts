import { Matrix } from 'ml-matrix';

// sigmoid-overflow — e^z / (1 + e^z): Infinity / Infinity = NaN once e^z overflows (z > 709)
const s = (z: number): number => Math.exp(z) / (1 + Math.exp(z));

export function sigmoid(z: Matrix | number): Matrix | number {
  if (typeof z === 'number') return s(z);
  return new Matrix(z.to2DArray().map((row) => row.map(s)));
}

/** What the grader tells a student whose step gives what this one gives. */
export const mutant = {
  id: 'sigmoid-overflow',
  says: 'your sigmoid gives NaN for large z: e^z / (1 + e^z) is Infinity/Infinity once e^z overflows',
};
