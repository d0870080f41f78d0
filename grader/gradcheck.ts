// Gradient checking by central finite differences (notes 004, "Gradient descent": dJ/dw is the
// slope of J in w). Used by the reference tests and by the grader.
import { Matrix } from 'ml-matrix';

/** The step of the grader's central differences, the reference cost's and the student's own alike. */
export const GRADIENT_EPS = 1e-6;

/**
 * The numerical gradient of `f` with respect to `tensor`: for every entry θ of `tensor`,
 *   (f(θ + ε) − f(θ − ε)) / 2ε,
 * where `f` reads `tensor` (it is a closure over it). Each entry is perturbed IN PLACE and restored
 * to its exact original value before the next one, also when `f` throws, so `tensor` is unchanged
 * afterwards. The error is O(ε²) from truncation plus O(machine ε · |f| / ε) from rounding;
 * ε = 1e-6 balances both for costs of order 1.
 */
export function numericGradient(f: () => number, tensor: Matrix, eps = 1e-6): Matrix {
  if (!(eps > 0)) throw new RangeError(`numericGradient: eps must be positive, got ${eps}`);
  const gradient = Matrix.zeros(tensor.rows, tensor.columns);
  for (let i = 0; i < tensor.rows; i++) {
    for (let j = 0; j < tensor.columns; j++) {
      const original = tensor.get(i, j);
      try {
        tensor.set(i, j, original + eps);
        const plus = f();
        tensor.set(i, j, original - eps);
        const minus = f();
        gradient.set(i, j, (plus - minus) / (2 * eps));
      } finally {
        tensor.set(i, j, original);
      }
    }
  }
  return gradient;
}

/**
 * ‖a − b‖ / (‖a‖ + ‖b‖) with Frobenius norms: 0 when equal, at most 1 (when not both zero);
 * 0 when both are zero. Throws when the shapes differ. A correct backward pass checked with
 * `numericGradient` usually gives less than 1e-7.
 */
export function relativeDifference(a: Matrix, b: Matrix): number {
  if (a.rows !== b.rows || a.columns !== b.columns) {
    throw new RangeError(`relativeDifference: shapes (${a.rows},${a.columns}) and (${b.rows},${b.columns}) differ`);
  }
  const scale = a.norm() + b.norm();
  return scale === 0 ? 0 : Matrix.sub(a, b).norm() / scale;
}
