import { Matrix } from 'ml-matrix';

/**
 * dZ = A − Y, (1, m): dL/dz = (−y/a + (1−y)/(1−a)) · a(1−a) = a − y for every example.
 */
// notes 004, "Vectorizing logistic regression": dZ = A − Y (1 × m); notes 003: dz = a − y
export function dZ(A: Matrix, Y: Matrix): Matrix {
  return Matrix.sub(A, Y);
}
