import { Matrix } from 'ml-matrix';
import * as np from 'mlgrade/np';

// missing-transpose — notes 002: dw = 1/m dz · a^[L−1], no transpose: np.dot throws
export function dW(dZ: Matrix, APrev: Matrix): Matrix {
  const m = APrev.columns;
  return np.div(np.dot(dZ, APrev), m);
}
