// reference/logistic-regression: hand-computed cases, gradient checks, training, numerics, purity.
import { describe, it, expect } from 'vitest';
import { Matrix } from 'ml-matrix';
import { createRng } from '../grader/random';
import { blobs } from '../grader/datasets';
import { numericGradient, relativeDifference } from '../grader/gradcheck';
import * as lr from '../reference/logistic-regression';
import { accuracy, decreases, expectMatrix, expectPure, randomLabels, randomMatrix, scalar } from './reference-helpers';

const LN3 = Math.log(3); // σ(ln 3) = 1/(1 + 1/3) = 0.75, σ(−ln 3) = 0.25

describe('logistic-regression: hand-computed cases', () => {
  it('sigmoid: σ(0) = 0.5, σ(±ln 3) = 0.75 / 0.25, for numbers and matrices', () => {
    expect(lr.sigmoid(0)).toBe(0.5);
    expect(lr.sigmoid(LN3)).toBeCloseTo(0.75, 15);
    expectMatrix(
      lr.sigmoid(
        new Matrix([
          [0, LN3],
          [-LN3, 0],
        ]),
      ),
      [
        [0.5, 0.75],
        [0.25, 0.5],
      ],
    );
  });

  it('initializeWithZeros(3): w = zeros (3, 1), b = 0', () => {
    const { w, b } = lr.initializeWithZeros(3);
    expectMatrix(w, [[0], [0], [0]]);
    expect(b).toBe(0);
  });

  it('forward: w = [1, 2], b = −1 → Z = [1−1, (1+ln3)−1, 2·0.5−1] = [0, ln 3, 0] → A = [0.5, 0.75, 0.5]', () => {
    const X = new Matrix([
      [1, 1 + LN3, 0],
      [0, 0, 0.5],
    ]);
    expectMatrix(lr.forward(new Matrix([[1], [2]]), -1, X), [[0.5, 0.75, 0.5]]);
  });

  it('cost: A = [0.5, 0.5], Y = [1, 0] → −½(ln ½ + ln ½) = ln 2; A = [0.75, 0.25] → ln(4/3)', () => {
    expect(lr.cost(new Matrix([[0.5, 0.5]]), new Matrix([[1, 0]]))).toBeCloseTo(Math.LN2, 15);
    expect(lr.cost(new Matrix([[0.75, 0.25]]), new Matrix([[1, 0]]))).toBeCloseTo(Math.log(4 / 3), 15);
  });

  it('dZ = A − Y: [0.75, 0.25] − [1, 0] = [−0.25, 0.25]', () => {
    expectMatrix(lr.dZ(new Matrix([[0.75, 0.25]]), new Matrix([[1, 0]])), [[-0.25, 0.25]]);
  });

  it('dW = (1/m) X dZᵀ: X = [[1, 2], [3, 4]], dZ = [−0.25, 0.25] → ½[0.25, 0.25]ᵀ', () => {
    // X dZᵀ = [1·(−0.25) + 2·0.25, 3·(−0.25) + 4·0.25]ᵀ = [0.25, 0.25]ᵀ
    expectMatrix(
      lr.dW(
        new Matrix([
          [1, 2],
          [3, 4],
        ]),
        new Matrix([[-0.25, 0.25]]),
      ),
      [[0.125], [0.125]],
    );
  });

  it('db = (1/m) Σ dZ: [−0.25, 0.25, 0.6] → 0.6 / 3 = 0.2, a number', () => {
    const db = lr.db(new Matrix([[-0.25, 0.25, 0.6]]));
    expect(typeof db).toBe('number');
    expect(db).toBeCloseTo(0.2, 15);
  });

  it('update: w = [1, 2] − 0.1·[0.5, −1] = [0.95, 2.1], b = 0.5 − 0.1·0.25 = 0.475', () => {
    const next = lr.update({ w: new Matrix([[1], [2]]), b: 0.5 }, { dw: new Matrix([[0.5], [-1]]), db: 0.25 }, 0.1);
    expectMatrix(next.w, [[0.95], [2.1]]);
    expect(next.b).toBeCloseTo(0.475, 15);
  });

  it('predict: w = [1], b = 0, X = [−2, 0, 0.1, 3] → A ≈ [0.12, 0.5, 0.52, 0.95] → [0, 0, 1, 1]', () => {
    // σ(0) = 0.5 exactly, and 0.5 is not > 0.5
    expectMatrix(lr.predict(new Matrix([[1]]), 0, new Matrix([[-2, 0, 0.1, 3]])), [[0, 0, 1, 1]]);
  });

  it('train, 1 iteration, α = 1, X = [1, −1], Y = [1, 0]: costs = [ln 2], w = 0.5, b = 0', () => {
    // from zeros A = [0.5, 0.5] → cost ln 2; dZ = [−0.5, 0.5];
    // dw = ½(1·(−0.5) + (−1)·0.5) = −0.5 → w = 0 − 1·(−0.5) = 0.5
    const { params, costs } = lr.train(new Matrix([[1, -1]]), new Matrix([[1, 0]]), { iterations: 1, learningRate: 1 });
    expect(costs).toHaveLength(1);
    expect(costs[0]).toBeCloseTo(Math.LN2, 15);
    expectMatrix(params.w, [[0.5]]);
    expect(params.b).toBe(0); // db = ½(−0.5 + 0.5) = 0
  });
});

describe('logistic-regression: gradients agree with finite differences of the cost', () => {
  it('dW and db, for random shapes (n_x 1…6, m 1…8)', () => {
    const rng = createRng(101);
    for (let trial = 0; trial < 40; trial++) {
      const [nX, m] = [rng.int(1, 6), rng.int(1, 8)];
      const X = randomMatrix(rng, nX, m);
      const Y = randomLabels(rng, m);
      const w = randomMatrix(rng, nX, 1);
      const b = scalar(rng.normal());
      const J = () => lr.cost(lr.forward(w, b.get(0, 0), X), Y);
      const dz = lr.dZ(lr.forward(w, b.get(0, 0), X), Y);
      expect(relativeDifference(lr.dW(X, dz), numericGradient(J, w))).toBeLessThan(1e-7);
      expect(relativeDifference(scalar(lr.db(dz)), numericGradient(J, b))).toBeLessThan(1e-7);
    }
  });
});

describe('logistic-regression: training', () => {
  it('lowers the cost on two blobs and separates them', () => {
    const { X, Y } = blobs(createRng(7), 200);
    const { params, costs } = lr.train(X, Y, { iterations: 200, learningRate: 0.5 });
    expect(costs).toHaveLength(200);
    expect(costs[0]).toBeCloseTo(Math.LN2, 12);
    expect(decreases(costs, 0.5)).toBe(true);
    expect(accuracy(lr.predict(params.w, params.b, X), Y)).toBeGreaterThanOrEqual(0.9);
  });
});

describe('logistic-regression: numerics and purity', () => {
  it('σ(−1000) = 0 and σ(1000) = 1 exactly, never NaN', () => {
    expect(lr.sigmoid(-1000)).toBe(0);
    expect(lr.sigmoid(1000)).toBe(1);
    expect(lr.sigmoid(new Matrix([[-1000, 1000, -Infinity, Infinity]])).to2DArray()).toEqual([[0, 1, 0, 1]]);
  });

  it('the cost is finite for A at or near 0 and 1', () => {
    for (const A of [[[0, 1]], [[1e-300, 1 - 1e-16]], [[1, 0]]]) {
      const J = lr.cost(new Matrix(A), new Matrix([[1, 0]]));
      expect(Number.isFinite(J)).toBe(true);
    }
    expect(lr.cost(new Matrix([[1, 0]]), new Matrix([[1, 0]]))).toBeLessThan(1e-14); // right and sure: ≈ 0
  });

  it('no step mutates its arguments', () => {
    const rng = createRng(5);
    for (let trial = 0; trial < 5; trial++) {
      const [nX, m] = [rng.int(1, 4), rng.int(1, 6)];
      const X = randomMatrix(rng, nX, m);
      const Y = randomLabels(rng, m);
      const w = randomMatrix(rng, nX, 1);
      const A = expectPure(lr.forward, w, 0.3, X);
      expectPure(lr.sigmoid, randomMatrix(rng, 2, 3));
      expectPure(lr.cost, A, Y);
      const dz = expectPure(lr.dZ, A, Y);
      const dw = expectPure(lr.dW, X, dz);
      const db = expectPure(lr.db, dz);
      expectPure(lr.update, { w, b: 0.3 }, { dw, db }, 0.1);
      expectPure(lr.predict, w, 0.3, X);
      expectPure(lr.train, X, Y, { iterations: 3, learningRate: 0.1 });
    }
  });
});
