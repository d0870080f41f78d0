import { Matrix } from 'ml-matrix';

// transposed-result — w as a row (1, dim), one weight per column, as with examples in rows (notes 003)
export function initializeWithZeros(dim: number): { w: Matrix; b: number } {
  return { w: Matrix.zeros(1, dim), b: 0 };
}
