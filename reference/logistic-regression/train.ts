import { Matrix } from 'ml-matrix';
import { initializeWithZeros, type Params } from './initializeWithZeros';
import { forward } from './forward';
import { cost } from './cost';
import { dZ } from './dZ';
import { dW } from './dW';
import { db } from './db';
import { update } from './update';

/**
 * Gradient descent from w = 0, b = 0: each iteration computes A = σ(wᵀX + b), its cost (recorded
 * BEFORE the update, so costs[i] belongs to the parameters after i updates), dZ = A − Y,
 * dw = (1/m) X dZᵀ, db = (1/m) Σ dZ, then w := w − α dw, b := b − α db.
 */
// notes 004, "Vectorizing logistic regression": Z, A, dZ, dw, db, then w, b updated, each step
export function train(
  X: Matrix,
  Y: Matrix,
  options: { iterations: number; learningRate: number },
): { params: Params; costs: number[] } {
  let params = initializeWithZeros(X.rows);
  const costs: number[] = [];
  for (let i = 0; i < options.iterations; i++) {
    const A = forward(params.w, params.b, X);
    costs.push(cost(A, Y));
    const dz = dZ(A, Y);
    params = update(params, { dw: dW(X, dz), db: db(dz) }, options.learningRate);
  }
  return { params, costs };
}
