import { Matrix } from 'ml-matrix';
import * as np from 'mlgrade/np';

// missing-1-over-m — notes 004 "Back propagation": dw = dz · aᵀ, not divided by m
export function dW(dZ: Matrix, APrev: Matrix): Matrix {
  const m = APrev.columns;
  return np.dot(dZ, np.T(APrev));
}
