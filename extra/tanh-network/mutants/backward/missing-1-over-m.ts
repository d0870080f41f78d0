import { Matrix } from 'ml-matrix';

type Params = { W1: Matrix; b1: Matrix; W2: Matrix; b2: Matrix };
type Cache = { Z1: Matrix; A1: Matrix; Z2: Matrix; A2: Matrix };

// missing-1-over-m — the gradients summed over the m examples, never averaged
export function backward(params: Params, cache: Cache, X: Matrix, Y: Matrix): { dW1: Matrix; db1: Matrix; dW2: Matrix; db2: Matrix } {
  const { A1, A2 } = cache;
  const dZ2 = Matrix.sub(A2, Y);
  const dW2 = dZ2.mmul(A1.transpose());
  const db2 = Matrix.columnVector(dZ2.sum('row'));
  const slope = new Matrix(A1.to2DArray().map((row) => row.map((a) => 1 - a * a)));
  const dZ1 = params.W2.transpose().mmul(dZ2).mul(slope);
  const dW1 = dZ1.mmul(X.transpose());
  const db1 = Matrix.columnVector(dZ1.sum('row'));
  return { dW1, db1, dW2, db2 };
}
