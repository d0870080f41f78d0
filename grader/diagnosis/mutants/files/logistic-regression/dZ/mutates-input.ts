import type { Matrix } from 'ml-matrix';

// mutates-input — ml-matrix's A.sub(Y) subtracts in place: the caller's A becomes A − Y
export function dZ(A: Matrix, Y: Matrix): Matrix {
  return A.sub(Y);
}
