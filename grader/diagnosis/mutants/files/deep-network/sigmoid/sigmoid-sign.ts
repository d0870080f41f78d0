import { Matrix } from 'ml-matrix';

// sigmoid-sign — 1/(1 + e^{z}), the minus of the exponent dropped
const s = (z: number): number => 1 / (1 + Math.exp(z));

export function sigmoid(Z: Matrix): Matrix {
  return new Matrix(Z.to2DArray().map((row) => row.map(s)));
}
