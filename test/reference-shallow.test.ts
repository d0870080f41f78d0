// reference/shallow-network: hand-computed cases, initialisation order, gradient checks, training,
// numerics, purity.
import { describe, it, expect } from 'vitest';
import { Matrix } from 'ml-matrix';
import { createRng, randnStream } from '../grader/random';
import { flower } from '../grader/datasets';
import { numericGradient, relativeDifference } from '../grader/gradcheck';
import * as sn from '../reference/shallow-network';
import type { Params } from '../reference/shallow-network';
import { decreases, expectMatrix, expectPure, randomLabels, randomMatrix, recordedStream } from './reference-helpers';

const LN3 = Math.log(3); // σ(ln 3) = 0.75

// The hand example: one example x = [1, 1], W1 = [[ln 3, 0], [0, 0]], b1 = 0 → Z1 = [ln 3, 0],
// A1 = [0.75, 0.5]; W2 = [4, −2], b2 = −2 → Z2 = 4·0.75 − 2·0.5 − 2 = 0, A2 = 0.5.
const handX = new Matrix([[1], [1]]);
const handParams = (): Params => ({
  W1: new Matrix([
    [LN3, 0],
    [0, 0],
  ]),
  b1: Matrix.zeros(2, 1),
  W2: new Matrix([[4, -2]]),
  b2: new Matrix([[-2]]),
});

describe('shallow-network: hand-computed cases', () => {
  it('layerSizes: X (3, 5), Y (1, 5), 4 hidden units → { nX: 3, nH: 4, nY: 1 }', () => {
    expect(sn.layerSizes(Matrix.zeros(3, 5), Matrix.zeros(1, 5), 4)).toEqual({ nX: 3, nH: 4, nY: 1 });
  });

  it('forward on the hand example: Z1 = [ln 3, 0], A1 = [0.75, 0.5], Z2 = 0, A2 = 0.5', () => {
    const { A2, cache } = sn.forward(handX, handParams());
    expectMatrix(cache.Z1, [[LN3], [0]]);
    expectMatrix(cache.A1, [[0.75], [0.5]]);
    expectMatrix(cache.Z2, [[0]], 1e-15);
    expectMatrix(A2, [[0.5]], 1e-15);
    expect(cache.A2).toBe(A2);
  });

  it('cost: A2 = [0.5, 0.5] → ln 2 whatever Y; A2 = [0.75, 0.25], Y = [1, 0] → ln(4/3)', () => {
    expect(sn.cost(new Matrix([[0.5, 0.5]]), new Matrix([[0, 1]]))).toBeCloseTo(Math.LN2, 15);
    expect(sn.cost(new Matrix([[0.75, 0.25]]), new Matrix([[1, 0]]))).toBeCloseTo(Math.log(4 / 3), 15);
  });

  it('backward on the hand example with y = 1 (m = 1)', () => {
    const { cache } = sn.forward(handX, handParams());
    const g = sn.backward(handParams(), cache, handX, new Matrix([[1]]));
    // dZ2 = 0.5 − 1 = −0.5; dW2 = dZ2·A1ᵀ = [−0.375, −0.25]; db2 = −0.5
    expectMatrix(g.dW2, [[-0.375, -0.25]]);
    expectMatrix(g.db2, [[-0.5]]);
    // dZ1 = W2ᵀ dZ2 ⊙ A1(1 − A1) = [4·(−0.5)·0.1875, (−2)·(−0.5)·0.25] = [−0.375, 0.25]
    expectMatrix(g.dW1, [
      [-0.375, -0.375],
      [0.25, 0.25],
    ]); // dZ1·xᵀ with x = [1, 1]
    expectMatrix(g.db1, [[-0.375], [0.25]]);
  });

  it('update: W := W − α dW, b := b − α db with α = 0.5', () => {
    const ones = (r: number, c: number) => Matrix.ones(r, c);
    const grads = { dW1: ones(2, 2), db1: ones(2, 1), dW2: ones(1, 2), db2: ones(1, 1) };
    const next = sn.update(handParams(), grads, 0.5);
    expectMatrix(next.W1, [
      [LN3 - 0.5, -0.5],
      [-0.5, -0.5],
    ]);
    expectMatrix(next.b1, [[-0.5], [-0.5]]);
    expectMatrix(next.W2, [[3.5, -2.5]]);
    expectMatrix(next.b2, [[-2.5]]);
  });

  it('predict: A2 = 0.5 → 0 (not > 0.5); with b2 = −1.9, Z2 = 0.1 → A2 ≈ 0.525 → 1', () => {
    expectMatrix(sn.predict(handX, handParams()), [[0]]);
    expectMatrix(sn.predict(handX, { ...handParams(), b2: new Matrix([[-1.9]]) }), [[1]]);
  });
});

describe('shallow-network: initializeParameters', () => {
  it('fills W1 row by row, then W2, with 0.01·randn; b zeros', () => {
    const stream = recordedStream([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    const p = sn.initializeParameters(2, 3, 1, stream);
    expectMatrix(
      p.W1,
      [
        [0.01, 0.02],
        [0.03, 0.04],
        [0.05, 0.06],
      ],
      1e-18,
    );
    expectMatrix(p.W2, [[0.07, 0.08, 0.09]], 1e-18);
    expectMatrix(p.b1, [[0], [0], [0]]);
    expectMatrix(p.b2, [[0]]);
  });

  it('takes exactly the recorded randnStream(7) values, in order', () => {
    // randnStream(7), recorded in test/reference.test.ts
    const r = [
      0.7477710784590982, 0.30200036805558206, -0.49409675301836464, -0.07047208814516488, -0.7083516386294377, -0.6449453864950284,
      1.0747471796518946, 1.0506637640379934,
    ];
    const p = sn.initializeParameters(2, 2, 2, randnStream(7));
    expect(p.W1.to2DArray()).toEqual([
      [0.01 * r[0], 0.01 * r[1]],
      [0.01 * r[2], 0.01 * r[3]],
    ]);
    expect(p.W2.to2DArray()).toEqual([
      [0.01 * r[4], 0.01 * r[5]],
      [0.01 * r[6], 0.01 * r[7]],
    ]);
  });
});

describe('shallow-network: backward agrees with finite differences of the cost', () => {
  it('for random shapes (n_x 1…5, n_h 1…6, n_y 1…2, m 1…7) and weights of scale 1', () => {
    const rng = createRng(202);
    for (let trial = 0; trial < 30; trial++) {
      const [nX, nH, nY, m] = [rng.int(1, 5), rng.int(1, 6), rng.int(1, 2), rng.int(1, 7)];
      const X = randomMatrix(rng, nX, m);
      const Y = new Matrix(Array.from({ length: nY }, () => randomLabels(rng, m).to1DArray()));
      const params: Params = {
        W1: randomMatrix(rng, nH, nX),
        b1: randomMatrix(rng, nH, 1),
        W2: randomMatrix(rng, nY, nH),
        b2: randomMatrix(rng, nY, 1),
      };
      const { cache } = sn.forward(X, params);
      const grads = sn.backward(params, cache, X, Y);
      const J = () => sn.cost(sn.forward(X, params).A2, Y);
      for (const name of ['W1', 'b1', 'W2', 'b2'] as const) {
        const analytic = grads[`d${name}`];
        expect(relativeDifference(analytic, numericGradient(J, params[name])), `${name}, trial ${trial}`).toBeLessThan(1e-7);
      }
    }
  });
});

describe('shallow-network: training', () => {
  it('lowers the cost on the flower data set', () => {
    const { X, Y } = flower(createRng(1), 200);
    const { costs } = sn.train(X, Y, { hiddenUnits: 4, iterations: 300, learningRate: 1.2, randn: randnStream(3) });
    expect(costs).toHaveLength(300);
    expect(costs[0]).toBeCloseTo(Math.LN2, 2); // 0.01-scale weights: A2 ≈ 0.5
    expect(costs[costs.length - 1]).toBeLessThan(0.9 * costs[0]);
  });

  it('lowers the cost monotonically on a small separable problem', () => {
    const X = new Matrix([
      [-2, -1, 1, 2],
      [1, -1, 1, -1],
    ]);
    const Y = new Matrix([[0, 0, 1, 1]]);
    const { params, costs } = sn.train(X, Y, { hiddenUnits: 3, iterations: 500, learningRate: 2, randn: randnStream(4) });
    expect(decreases(costs, 0.5)).toBe(true);
    expectMatrix(sn.predict(X, params), [[0, 0, 1, 1]]);
  });
});

describe('shallow-network: numerics and purity', () => {
  it('huge pre-activations give A2 of exactly 0 or 1 and a finite cost', () => {
    const params: Params = {
      W1: new Matrix([[1000], [-1000]]),
      b1: Matrix.zeros(2, 1),
      W2: new Matrix([[2000, -2000]]),
      b2: Matrix.zeros(1, 1),
    };
    const X = new Matrix([[1, -1]]);
    const { A2 } = sn.forward(X, params);
    // A1 = [σ(1000), σ(−1000)] = [1, 0] then [0, 1]; Z2 = ±2000 → A2 = [1, 0] exactly
    expect(A2.to2DArray()).toEqual([[1, 0]]);
    expect(Number.isFinite(sn.cost(A2, new Matrix([[0, 1]])))).toBe(true); // sure and wrong: large but finite
    expect(Number.isFinite(sn.cost(new Matrix([[1, 0]]), new Matrix([[0, 1]])))).toBe(true);
  });

  it('no step mutates its arguments', () => {
    const rng = createRng(6);
    for (let trial = 0; trial < 5; trial++) {
      const [nX, nH, m] = [rng.int(1, 4), rng.int(1, 4), rng.int(1, 6)];
      const X = randomMatrix(rng, nX, m);
      const Y = randomLabels(rng, m);
      expectPure(sn.layerSizes, X, Y, nH);
      const params = expectPure(sn.initializeParameters, nX, nH, 1, randnStream(trial));
      const { A2, cache } = expectPure(sn.forward, X, params);
      expectPure(sn.cost, A2, Y);
      const grads = expectPure(sn.backward, params, cache, X, Y);
      expectPure(sn.update, params, grads, 0.1);
      expectPure(sn.predict, X, params);
      expectPure(sn.train, X, Y, { hiddenUnits: nH, iterations: 3, learningRate: 0.1, randn: randnStream(trial) });
    }
  });
});
