import { Matrix } from 'ml-matrix';
import { forward } from './forward';

/** Ŷ = 1 where A = σ(wᵀX + b) > 0.5, else 0: (1, m) of 0/1. */
// notes 004, "Binary Classification": ŷ ≈ 1 for class 1, ŷ ≈ 0 for class 0
export function predict(w: Matrix, b: number, X: Matrix): Matrix {
  const A = forward(w, b, X);
  return new Matrix(A.to2DArray().map((row) => row.map((a) => (a > 0.5 ? 1 : 0))));
}
