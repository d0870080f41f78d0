import { Matrix } from 'ml-matrix';

type Params = { W1: Matrix; b1: Matrix; W2: Matrix; b2: Matrix };
type Cache = { Z1: Matrix; A1: Matrix; Z2: Matrix; A2: Matrix };

// tanh-derivative — the hidden layer's slope taken from the sigmoid network, A1(1 − A1), where
// tanh′(Z1) = 1 − A1²
export function backward(params: Params, cache: Cache, X: Matrix, Y: Matrix): { dW1: Matrix; db1: Matrix; dW2: Matrix; db2: Matrix } {
  const m = X.columns;
  const { A1, A2 } = cache;
  const dZ2 = Matrix.sub(A2, Y);
  const dW2 = dZ2.mmul(A1.transpose()).div(m);
  const db2 = Matrix.columnVector(dZ2.sum('row')).div(m);
  const slope = new Matrix(A1.to2DArray().map((row) => row.map((a) => a * (1 - a))));
  const dZ1 = params.W2.transpose().mmul(dZ2).mul(slope);
  const dW1 = dZ1.mmul(X.transpose()).div(m);
  const db1 = Matrix.columnVector(dZ1.sum('row')).div(m);
  return { dW1, db1, dW2, db2 };
}
