// reference/deep-network: hand-computed cases, initialisation order, numerics, purity.
// Gradient checks and training are in reference-deep-gradcheck.test.ts.
import { describe, it, expect } from 'vitest';
import { Matrix } from 'ml-matrix';
import { createRng, randnStream } from '../grader/random';
import * as dn from '../reference/deep-network';
import type { Params } from '../reference/deep-network';
import { expectMatrix, expectPure, randomLabels, randomMatrix, recordedStream } from './reference-helpers';

const LN3 = Math.log(3); // σ(ln 3) = 0.75, σ'(ln 3) = 0.75·0.25 = 0.1875

// The hand network (2 → 2 → 1), one example x = [1, 2]:
// Z1 = W1 x = [1 − 2, 2 + 0] = [−1, 2], A1 = ReLU = [0, 2]; Z2 = 3·0 + (ln 3 / 2)·2 = ln 3, AL = 0.75.
const handX = new Matrix([[1], [2]]);
const handParams = (): Params => ({
  W1: new Matrix([
    [1, -1],
    [2, 0],
  ]),
  b1: Matrix.zeros(2, 1),
  W2: new Matrix([[3, LN3 / 2]]),
  b2: Matrix.zeros(1, 1),
});

describe('deep-network: hand-computed cases', () => {
  it('linearForward: W = [[1, 2], [3, 4]], A_prev = I, b = [1, −1] → W + b = [[2, 3], [2, 3]]', () => {
    const Z = dn.linearForward(
      new Matrix([
        [1, 0],
        [0, 1],
      ]),
      new Matrix([
        [1, 2],
        [3, 4],
      ]),
      new Matrix([[1], [-1]]),
    );
    expectMatrix(Z, [
      [2, 3],
      [2, 3],
    ]);
  });

  it('sigmoid [0, ln 3, −ln 3] → [0.5, 0.75, 0.25]; relu [−1, 0, 2] → [0, 0, 2]', () => {
    expectMatrix(dn.sigmoid(new Matrix([[0, LN3, -LN3]])), [[0.5, 0.75, 0.25]]);
    expectMatrix(dn.relu(new Matrix([[-1, 0, 2]])), [[0, 0, 2]]);
  });

  it('activationForward relu: b = [−2, −3] → Z = [[−1, 0], [0, 1]], A = [[0, 0], [0, 1]], cache kept', () => {
    const [APrev, W, b] = [
      new Matrix([
        [1, 0],
        [0, 1],
      ]),
      new Matrix([
        [1, 2],
        [3, 4],
      ]),
      new Matrix([[-2], [-3]]),
    ];
    const { A, cache } = dn.activationForward(APrev, W, b, 'relu');
    expectMatrix(A, [
      [0, 0],
      [0, 1],
    ]);
    expectMatrix(cache.Z, [
      [-1, 0],
      [0, 1],
    ]);
    expect([cache.APrev, cache.W, cache.b]).toEqual([APrev, W, b]);
    const sigmoidA = dn.activationForward(APrev, W, b, 'sigmoid').A; // σ(−1) = 1/(1 + e), σ(1) = 1/(1 + 1/e)
    expectMatrix(sigmoidA, [
      [1 / (1 + Math.E), 0.5],
      [0.5, 1 / (1 + 1 / Math.E)],
    ]);
  });

  it('modelForward on the hand network: Z1 = [−1, 2], A1 = [0, 2], AL = σ(ln 3) = 0.75, 2 caches', () => {
    const { AL, caches } = dn.modelForward(handX, handParams());
    expectMatrix(AL, [[0.75]]);
    expect(caches).toHaveLength(2);
    expectMatrix(caches[0].Z, [[-1], [2]]);
    expectMatrix(caches[1].APrev, [[0], [2]]);
    expectMatrix(caches[1].Z, [[LN3]]);
    expect(caches[0].APrev).toBe(handX);
  });

  it('cost: AL = [0.75, 0.25], Y = [1, 0] → −½(ln 0.75 + ln 0.75) = ln(4/3)', () => {
    expect(dn.cost(new Matrix([[0.75, 0.25]]), new Matrix([[1, 0]]))).toBeCloseTo(Math.log(4 / 3), 15);
  });

  it("dZ = dA ⊙ g'(Z): relu'(0) = 0, σ'(0) = 0.25, σ'(ln 3) = 0.1875", () => {
    // relu: [1, 2, 3] ⊙ [0, 0, 1] = [0, 0, 3]; sigmoid: [2·0.25, 4·0.1875] = [0.5, 0.75]
    expectMatrix(dn.dZ(new Matrix([[1, 2, 3]]), new Matrix([[-1, 0, 2]]), 'relu'), [[0, 0, 3]]);
    expectMatrix(dn.dZ(new Matrix([[2, 4]]), new Matrix([[0, LN3]]), 'sigmoid'), [[0.5, 0.75]]);
  });

  it('dW = (1/m) dZ A_prevᵀ: dZ = [1, −1], A_prev = [[1, 2], [3, 4]] → ½[1 − 2, 3 − 4] = [−0.5, −0.5]', () => {
    expectMatrix(
      dn.dW(
        new Matrix([[1, -1]]),
        new Matrix([
          [1, 2],
          [3, 4],
        ]),
      ),
      [[-0.5, -0.5]],
    );
  });

  it('db = (1/m) row sums: [[1, 2, 3], [−1, 0, 4]] → [6/3, 3/3] = [2, 1]ᵀ', () => {
    expectMatrix(
      dn.db(
        new Matrix([
          [1, 2, 3],
          [-1, 0, 4],
        ]),
      ),
      [[2], [1]],
    );
  });

  it('dAPrev = Wᵀ dZ: W = [[1, 2], [3, 4]], dZ = [1, 1]ᵀ → [1 + 3, 2 + 4] = [4, 6]ᵀ', () => {
    expectMatrix(
      dn.dAPrev(
        new Matrix([
          [1, 2],
          [3, 4],
        ]),
        new Matrix([[1], [1]]),
      ),
      [[4], [6]],
    );
  });

  it('modelBackward on the hand network with y = 1', () => {
    const { AL, caches } = dn.modelForward(handX, handParams());
    const g = dn.modelBackward(AL, new Matrix([[1]]), caches);
    expect(Object.keys(g).sort()).toEqual(['dW1', 'dW2', 'db1', 'db2']);
    // dZ2 = 0.75 − 1 = −0.25; dW2 = dZ2·A1ᵀ = −0.25·[0, 2] = [0, −0.5]; db2 = −0.25
    expectMatrix(g.dW2, [[0, -0.5]]);
    expectMatrix(g.db2, [[-0.25]]);
    // dA1 = W2ᵀ dZ2 = [−0.75, −ln3/8]; dZ1 = dA1 ⊙ relu'([−1, 2]) = [0, −ln3/8]
    expectMatrix(g.db1, [[0], [-LN3 / 8]]);
    expectMatrix(g.dW1, [
      [0, 0],
      [-LN3 / 8, -LN3 / 4],
    ]); // dZ1·xᵀ with x = [1, 2]
  });

  it('update: W := W − α dW, b := b − α db for every layer (α = 0.1)', () => {
    const grads = { dW1: Matrix.ones(2, 2), db1: Matrix.ones(2, 1), dW2: new Matrix([[10, 20]]), db2: new Matrix([[-1]]) };
    const next = dn.update(handParams(), grads, 0.1);
    expectMatrix(next.W1, [
      [0.9, -1.1],
      [1.9, -0.1],
    ]);
    expectMatrix(next.b1, [[-0.1], [-0.1]]);
    expectMatrix(next.W2, [[2, LN3 / 2 - 2]]);
    expectMatrix(next.b2, [[0.1]]);
  });

  it('predict: AL = 0.75 → 1; with b2 = −ln 3 − 1, AL = σ(−1) ≈ 0.27 → 0', () => {
    expectMatrix(dn.predict(handX, handParams()), [[1]]);
    expectMatrix(dn.predict(handX, { ...handParams(), b2: new Matrix([[-LN3 - 1]]) }), [[0]]);
  });
});

describe('deep-network: initializeParameters', () => {
  it('fills W1 row by row, then W2, …, with randn / √n^[l-1]; b zeros', () => {
    const p = dn.initializeParameters([2, 3, 1], recordedStream([1, 2, 3, 4, 5, 6, 7, 8, 9]));
    expect(Object.keys(p).sort()).toEqual(['W1', 'W2', 'b1', 'b2']);
    expectMatrix(
      p.W1,
      [
        [1, 2],
        [3, 4],
        [5, 6],
      ].map((row) => row.map((x) => x / Math.SQRT2)),
    );
    expectMatrix(p.W2, [[7 / Math.sqrt(3), 8 / Math.sqrt(3), 9 / Math.sqrt(3)]]);
    expectMatrix(p.b1, [[0], [0], [0]]);
    expectMatrix(p.b2, [[0]]);
  });

  it('takes exactly the recorded randnStream(7) values, in order, over 3 layers', () => {
    // randnStream(7), recorded in test/reference.test.ts; layerDims [1, 2, 2, 1] uses 2 + 4 + 2 = 8
    const r = [
      0.7477710784590982, 0.30200036805558206, -0.49409675301836464, -0.07047208814516488, -0.7083516386294377, -0.6449453864950284,
      1.0747471796518946, 1.0506637640379934,
    ];
    const p = dn.initializeParameters([1, 2, 2, 1], randnStream(7));
    expect(p.W1.to2DArray()).toEqual([[r[0] / 1], [r[1] / 1]]);
    expect(p.W2.to2DArray()).toEqual([
      [r[2] / Math.SQRT2, r[3] / Math.SQRT2],
      [r[4] / Math.SQRT2, r[5] / Math.SQRT2],
    ]);
    expect(p.W3.to2DArray()).toEqual([[r[6] / Math.SQRT2, r[7] / Math.SQRT2]]);
  });
});

describe('deep-network: numerics and purity', () => {
  it('σ(−1000) = 0 and σ(1000) = 1 exactly; the cost is finite for AL at 0 or 1', () => {
    expect(dn.sigmoid(new Matrix([[-1000, 1000]])).to2DArray()).toEqual([[0, 1]]);
    expect(Number.isFinite(dn.cost(new Matrix([[1, 0, 1e-300]]), new Matrix([[0, 1, 1]])))).toBe(true);
    expect(dn.dZ(new Matrix([[1, 1]]), new Matrix([[-1000, 1000]]), 'sigmoid').to2DArray()).toEqual([[0, 0]]);
  });

  it('no step mutates its arguments', () => {
    const rng = createRng(8);
    for (let trial = 0; trial < 5; trial++) {
      const m = rng.int(1, 6);
      const dims = [rng.int(1, 4), rng.int(1, 4), rng.int(1, 4), 1];
      const X = randomMatrix(rng, dims[0], m);
      const Y = randomLabels(rng, m);
      const params = expectPure(dn.initializeParameters, dims, randnStream(trial));
      const Z = expectPure(dn.linearForward, X, params.W1, params.b1);
      expectPure(dn.sigmoid, Z);
      expectPure(dn.relu, Z);
      expectPure(dn.activationForward, X, params.W1, params.b1, 'relu');
      const { AL, caches } = expectPure(dn.modelForward, X, params);
      expectPure(dn.cost, AL, Y);
      const dA = randomMatrix(rng, Z.rows, m);
      for (const activation of ['relu', 'sigmoid'] as const) expectPure(dn.dZ, dA, Z, activation);
      expectPure(dn.dW, dA, X);
      expectPure(dn.db, dA);
      expectPure(dn.dAPrev, params.W1, dA);
      const grads = expectPure(dn.modelBackward, AL, Y, caches);
      expectPure(dn.update, params, grads, 0.1);
      expectPure(dn.predict, X, params);
      expectPure(dn.train, X, Y, dims, { iterations: 3, learningRate: 0.1, randn: randnStream(trial) });
    }
  });
});
