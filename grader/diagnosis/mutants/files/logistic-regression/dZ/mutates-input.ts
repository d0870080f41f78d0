import type { Matrix } from 'ml-matrix';

// mutates-input — ml-matrix's A.sub(Y) subtracts in place: the caller's A becomes A − Y
export function dZ(A: Matrix, Y: Matrix): Matrix {
  return A.sub(Y);
}

/** What the grader tells a student whose step gives what this one gives. */
export const mutant = {
  id: 'mutates-input',
  says: 'your dZ changes A in place (ml-matrix\'s A.sub(Y))',
};
