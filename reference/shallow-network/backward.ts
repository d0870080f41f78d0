import { Matrix } from 'ml-matrix';
import type { Params } from './initializeParameters';
import type { Cache } from './forward';

/** Gradients of the cost: same shapes as the parameters. */
export interface Grads {
  dW1: Matrix;
  db1: Matrix;
  dW2: Matrix;
  db2: Matrix;
}

/** (1/m) · row sums of dZ, as a column (n, 1). */
const averageColumn = (dZ: Matrix): Matrix => Matrix.columnVector(dZ.sum('row')).div(dZ.columns);

/**
 * dZ2 = A2 − Y                 (n_y, m)
 * dW2 = (1/m) dZ2 A1ᵀ           (n_y, n_h),   db2 = (1/m) Σ_columns dZ2   (n_y, 1)
 * dZ1 = W2ᵀ dZ2 ⊙ A1 ⊙ (1 − A1)   (n_h, m)     (σ'(Z1) = A1(1 − A1), of the SAME layer)
 * dW1 = (1/m) dZ1 Xᵀ            (n_h, n_x),   db1 = (1/m) Σ_columns dZ1   (n_h, 1)
 */
// notes 000: dz^[2] = a^[2] − y, dw^[2] = 1/m dz^[2] A^[1]ᵀ,
//            dz^[1] = w^[2]ᵀ dz^[2] * g^[1]'(z^[1]), dw^[1] = 1/m dz^[1] xᵀ
export function backward(params: Params, cache: Cache, X: Matrix, Y: Matrix): Grads {
  const m = X.columns;
  const { A1, A2 } = cache;
  const dZ2 = Matrix.sub(A2, Y);
  const dW2 = dZ2.mmul(A1.transpose()).div(m);
  const db2 = averageColumn(dZ2);
  const gPrime1 = Matrix.mul(A1, Matrix.sub(Matrix.ones(A1.rows, A1.columns), A1));
  const dZ1 = params.W2.transpose().mmul(dZ2).mul(gPrime1);
  const dW1 = dZ1.mmul(X.transpose()).div(m);
  const db1 = averageColumn(dZ1);
  return { dW1, db1, dW2, db2 };
}
