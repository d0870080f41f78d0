import { Matrix } from 'ml-matrix';
import * as np from 'mlgrade/np';

// missing-transpose — notes 002 with ml-matrix: dZ.mmul(APrev) throws, or quietly uses the first rows of A_prev
export function dW(dZ: Matrix, APrev: Matrix): Matrix {
  const m = APrev.columns;
  return Matrix.div(dZ.mmul(APrev), m);
}
