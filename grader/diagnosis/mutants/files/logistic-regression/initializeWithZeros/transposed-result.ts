import { Matrix } from 'ml-matrix';

// transposed-result — w as a row (1, dim), one weight per column, as with examples in rows (notes 003)
export function initializeWithZeros(dim: number): { w: Matrix; b: number } {
  return { w: Matrix.zeros(1, dim), b: 0 };
}

/** What the grader tells a student whose step gives what this one gives. */
export const mutant = {
  id: 'transposed-result',
  says: 'your w is a row (1, dim); w has one ROW per feature, (dim, 1)',
};
