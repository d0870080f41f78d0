import { Matrix } from 'ml-matrix';

type Params = { W1: Matrix; b1: Matrix; W2: Matrix; b2: Matrix };
type Cache = { Z1: Matrix; A1: Matrix; Z2: Matrix; A2: Matrix };

const sigmoid = (Z: Matrix): Matrix => new Matrix(Z.to2DArray().map((row) => row.map((z) => 1 / (1 + Math.exp(-z)))));

// wrong-activation — the hidden layer through the sigmoid (as in shallow-network), not tanh
export function forward(X: Matrix, params: Params): { A2: Matrix; cache: Cache } {
  const Z1 = params.W1.mmul(X).addColumnVector(params.b1);
  const A1 = sigmoid(Z1);
  const Z2 = params.W2.mmul(A1).addColumnVector(params.b2);
  const A2 = sigmoid(Z2);
  return { A2, cache: { Z1, A1, Z2, A2 } };
}
