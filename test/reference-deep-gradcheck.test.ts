// reference/deep-network: every backward step agrees with central finite differences
// (relative difference < 1e-7), and training works.
//
// The single-layer pieces are checked against a surrogate scalar whose exact gradient they are:
//   dZ(dA, Z, g)     = ∂/∂Z      of  J(Z)      = Σ dA ⊙ g(Z)
//   dW(dZ, A_prev)   = ∂/∂W      of  J(W, b)   = (1/m) Σ dZ ⊙ (W A_prev + b)
//   db(dZ)           = ∂/∂b      of  the same J(W, b)
//   dAPrev(W, dZ)    = ∂/∂A_prev of  J(A_prev) = Σ dZ ⊙ (W A_prev + b)
// (no 1/m in the last one: in the notes' convention dA^[l-1] is per example, and the 1/m of the
// cost is applied once, in dW and db). modelBackward is checked against the real cost.
import { describe, it, expect } from 'vitest';
import { Matrix } from 'ml-matrix';
import { createRng, randnStream } from '../grader/random';
import { flower } from '../grader/datasets';
import { numericGradient, relativeDifference } from '../grader/gradcheck';
import * as dn from '../reference/deep-network';
import { accuracy, randomLabels, randomMatrix } from './reference-helpers';

const TOLERANCE = 1e-7;

/** Σ of the element-wise product of two same-shape matrices. */
const dot = (a: Matrix, b: Matrix): number => Matrix.mul(a, b).sum();

describe('deep-network: single-layer backward steps against surrogate costs', () => {
  const shapeRng = createRng(303);
  const shapes = Array.from({ length: 25 }, () => ({ nPrev: shapeRng.int(1, 6), n: shapeRng.int(1, 6), m: shapeRng.int(1, 8) }));

  it.each(['relu', 'sigmoid'] as const)('dZ(dA, Z, %s) is the gradient of Σ dA ⊙ g(Z)', (activation) => {
    const g = activation === 'relu' ? dn.relu : dn.sigmoid;
    const rng = createRng(activation === 'relu' ? 304 : 305);
    for (const { n, m } of shapes) {
      const [dA, Z] = [randomMatrix(rng, n, m), randomMatrix(rng, n, m, 2)];
      const numeric = numericGradient(() => dot(dA, g(Z)), Z);
      expect(relativeDifference(dn.dZ(dA, Z, activation), numeric)).toBeLessThan(TOLERANCE);
    }
  });

  it('dW and db are the gradients of (1/m) Σ dZ ⊙ (W A_prev + b)', () => {
    const rng = createRng(306);
    for (const { nPrev, n, m } of shapes) {
      const [dZ, APrev] = [randomMatrix(rng, n, m), randomMatrix(rng, nPrev, m)];
      const [W, b] = [randomMatrix(rng, n, nPrev), randomMatrix(rng, n, 1)];
      const J = () => dot(dZ, dn.linearForward(APrev, W, b)) / m;
      expect(relativeDifference(dn.dW(dZ, APrev), numericGradient(J, W))).toBeLessThan(TOLERANCE);
      expect(relativeDifference(dn.db(dZ), numericGradient(J, b))).toBeLessThan(TOLERANCE);
    }
  });

  it('dAPrev is the gradient of Σ dZ ⊙ (W A_prev + b)', () => {
    const rng = createRng(307);
    for (const { nPrev, n, m } of shapes) {
      const [dZ, APrev] = [randomMatrix(rng, n, m), randomMatrix(rng, nPrev, m)];
      const [W, b] = [randomMatrix(rng, n, nPrev), randomMatrix(rng, n, 1)];
      const J = () => dot(dZ, dn.linearForward(APrev, W, b));
      expect(relativeDifference(dn.dAPrev(W, dZ), numericGradient(J, APrev))).toBeLessThan(TOLERANCE);
    }
  });
});

describe('deep-network: modelBackward against the cost', () => {
  it.each([1, 2, 3, 4, 5])('networks of %i layer(s), random widths, data and biases', (L) => {
    const rng = createRng(400 + L);
    for (let trial = 0; trial < 8; trial++) {
      const layerDims = [rng.int(1, 5), ...Array.from({ length: L - 1 }, () => rng.int(1, 6)), 1];
      const m = rng.int(1, 8);
      const X = randomMatrix(rng, layerDims[0], m);
      const Y = randomLabels(rng, m);
      const params = dn.initializeParameters(layerDims, randnStream(1000 * L + trial));
      for (let l = 1; l <= L; l++) params[`b${l}`] = randomMatrix(rng, layerDims[l], 1, 0.5);
      const { AL, caches } = dn.modelForward(X, params);
      const grads = dn.modelBackward(AL, Y, caches);
      expect(Object.keys(grads)).toHaveLength(2 * L);
      const J = () => dn.cost(dn.modelForward(X, params).AL, Y);
      for (const name of Object.keys(params)) {
        const difference = relativeDifference(grads[`d${name}`], numericGradient(J, params[name]));
        expect(difference, `${name} of ${layerDims.join('-')}, m = ${m}`).toBeLessThan(TOLERANCE);
      }
    }
  });

  it('starting from dA^[L] = −Y/A + (1−Y)/(1−A) through σ gives the same dZ^[L] = A − Y', () => {
    const rng = createRng(500);
    const Z = randomMatrix(rng, 1, 6);
    const Y = randomLabels(rng, 6);
    const A = dn.sigmoid(Z);
    const dA = new Matrix([A.to1DArray().map((a, j) => -Y.get(0, j) / a + (1 - Y.get(0, j)) / (1 - a))]);
    expect(relativeDifference(dn.dZ(dA, Z, 'sigmoid'), Matrix.sub(A, Y))).toBeLessThan(1e-12);
  });
});

describe('deep-network: training', () => {
  it('[2, 10, 5, 1] lowers the cost and reaches ≥ 85% training accuracy on the flower', () => {
    // m = 200, α = 0.3, 1000 iterations: about 0.7 s; ≈ 92% (seeds 0…5 of the data all give 91–97%)
    const { X, Y } = flower(createRng(1), 200);
    const { params, costs } = dn.train(X, Y, [2, 10, 5, 1], { iterations: 1000, learningRate: 0.3, randn: randnStream(2) });
    expect(costs).toHaveLength(1000);
    expect(costs.every(Number.isFinite)).toBe(true);
    expect(costs[999]).toBeLessThan(0.5 * costs[0]);
    expect(accuracy(dn.predict(X, params), Y)).toBeGreaterThanOrEqual(0.85);
  });

  it('costs[0] is the cost of the initial parameters, before any update', () => {
    const { X, Y } = flower(createRng(2), 40);
    const options = { iterations: 5, learningRate: 0.1, randn: randnStream(9) };
    const { costs } = dn.train(X, Y, [2, 3, 1], options);
    const initial = dn.initializeParameters([2, 3, 1], randnStream(9));
    expect(costs[0]).toBe(dn.cost(dn.modelForward(X, initial).AL, Y));
    expect(costs[4]).toBeLessThan(costs[0]);
  });
});
