// The seeded generator, the data sets, the gradient checker, and the computation-graph exercise.
import { describe, it, expect } from 'vitest';
import { Matrix } from 'ml-matrix';
import { createRng, randnStream } from '../grader/random';
import { blobs, flower, xor } from '../grader/datasets';
import { numericGradient, relativeDifference } from '../grader/gradcheck';
import { forward, backward } from '../reference/computation-graph';
import { expectMatrix } from './reference-helpers';

describe('createRng / randnStream', () => {
  // Recorded once (node 20, this implementation) and pasted: any change to the generator, the
  // seeding or Box–Muller changes every grade, so it must show up here.
  it('gives the recorded uniforms, normals and integers for seed 42', () => {
    const rng = createRng(42);
    expect([rng.uniform(), rng.uniform(), rng.uniform()]).toEqual([0.741498476752417, 0.6268343975396478, 0.512862480992692]);
    expect([rng.normal(), rng.normal(), rng.normal()]).toEqual([-1.1534893367941381, 0.4151779229834262, 0.5728363740282343]);
    expect(Array.from({ length: 10 }, () => rng.int(1, 6))).toEqual([3, 5, 3, 2, 3, 6, 3, 4, 2, 4]);
  });

  it('randnStream(7) gives the recorded normals, the same as createRng(7).normal()', () => {
    const recorded = [
      0.7477710784590982, 0.30200036805558206, -0.49409675301836464, -0.07047208814516488, -0.7083516386294377, -0.6449453864950284,
      1.0747471796518946, 1.0506637640379934,
    ];
    expect(Array.from({ length: 8 }, randnStream(7))).toEqual(recorded);
    const rng = createRng(7);
    expect(Array.from({ length: 8 }, () => rng.normal())).toEqual(recorded);
  });

  it('gives the recorded first values for seeds 0, -5 and 2^40', () => {
    const zero = createRng(0);
    expect([zero.uniform(), zero.normal()]).toEqual([0.3525492941432502, 0.6332457020596889]);
    expect(createRng(-5).uniform()).toBe(0.669924831505687);
    expect(createRng(2 ** 40).uniform()).toBe(0.6944482971902097);
  });

  it('same seed, same stream; different seeds, different streams', () => {
    const draw = (seed: number) => {
      const rng = createRng(seed);
      return Array.from({ length: 50 }, (_, i) => (i % 3 === 0 ? rng.uniform() : i % 3 === 1 ? rng.normal() : rng.int(-3, 3)));
    };
    expect(draw(123)).toEqual(draw(123));
    expect(draw(123)).not.toEqual(draw(124));
    expect(Array.from({ length: 5 }, randnStream(1))).not.toEqual(Array.from({ length: 5 }, randnStream(2)));
  });

  it('has the right ranges and moments', () => {
    const rng = createRng(5);
    const n = 20_000;
    const u = Array.from({ length: n }, () => rng.uniform());
    expect(u.every((x) => x >= 0 && x < 1)).toBe(true);
    const z = Array.from({ length: n }, () => rng.normal());
    const mean = z.reduce((s, x) => s + x, 0) / n;
    const variance = z.reduce((s, x) => s + (x - mean) ** 2, 0) / n;
    expect(Math.abs(mean)).toBeLessThan(0.05); // 0.05 ≈ 7 standard errors (1/√n ≈ 0.007)
    expect(Math.abs(variance - 1)).toBeLessThan(0.05);
    const dice = new Set(Array.from({ length: 600 }, () => rng.int(1, 6)));
    expect([...dice].sort()).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('rejects a bad seed and a bad integer range', () => {
    expect(() => createRng(Number.NaN)).toThrow(RangeError);
    expect(() => createRng(1).int(3, 2)).toThrow(RangeError);
    expect(() => createRng(1).int(0.5, 2)).toThrow(RangeError);
  });
});

describe('datasets', () => {
  // Recorded once: the data sets are part of the grading, so they must not drift.
  it('flower(createRng(3), 4) gives the recorded points: 2 red, then 2 blue', () => {
    const { X, Y } = flower(createRng(3), 4);
    expect(X.to2DArray()).toEqual([
      [0.467330155403484, -0.5959300211208263, -0.0025519655631437593, 1.686815196500986],
      [-2.5298972260867862, 2.812092674166956, 0.1813866413079526, 2.84583743110715],
    ]);
    expect(Y.to2DArray()).toEqual([[0, 0, 1, 1]]);
  });

  it('blobs and xor give the recorded labels for createRng(3)', () => {
    expect(blobs(createRng(3), 4).Y.to2DArray()).toEqual([[0, 1, 0, 1]]);
    expect(xor(createRng(3), 4).X.get(0, 0)).toBe(0.14967775672133432);
    expect(xor(createRng(3), 4).Y.to2DArray()).toEqual([[0, 0, 1, 1]]);
  });

  it.each([
    ['flower', flower],
    ['blobs', blobs],
    ['xor', xor],
  ] as const)('%s: X (2, m), Y (1, m) of 0/1, both classes, deterministic', (_name, generate) => {
    for (const m of [1, 7, 400]) {
      const { X, Y } = generate(createRng(11), m);
      expect([X.rows, X.columns, Y.rows, Y.columns]).toEqual([2, m, 1, m]);
      expect(Y.to1DArray().every((y) => y === 0 || y === 1)).toBe(true);
      expect(X.to1DArray().every(Number.isFinite)).toBe(true);
      expect(generate(createRng(11), m).X.to2DArray()).toEqual(X.to2DArray());
    }
    const ones = generate(createRng(12), 400).Y.sum();
    expect(ones).toBeGreaterThan(150); // xor is random: ~200 ± 10
    expect(ones).toBeLessThan(250);
  });

  it('flower: half red, half blue; xor labels follow the quadrants', () => {
    expect(flower(createRng(1), 401).Y.sum()).toBe(200); // ⌈401/2⌉ = 201 red (0), 200 blue (1)
    const { X, Y } = xor(createRng(2), 100);
    Y.to1DArray().forEach((y, j) => expect(y).toBe(X.get(0, j) > 0 !== X.get(1, j) > 0 ? 1 : 0));
  });
});

describe('gradcheck', () => {
  it('numericGradient of f(W) = Σ W² is 2W, and W is restored exactly', () => {
    const W = new Matrix([
      [1, -2, 0.5],
      [3, 0, -0.25],
    ]);
    const before = W.to2DArray();
    const f = () => W.to1DArray().reduce((s, w) => s + w * w, 0);
    const g = numericGradient(f, W);
    expectMatrix(
      g,
      [
        [2, -4, 1],
        [6, 0, -0.5],
      ],
      1e-8,
    );
    expect(W.to2DArray()).toEqual(before);
  });

  it('restores the entry when f throws', () => {
    const W = new Matrix([[1.5]]);
    expect(() =>
      numericGradient(() => {
        throw new Error('boom');
      }, W),
    ).toThrow('boom');
    expect(W.get(0, 0)).toBe(1.5);
  });

  it('relativeDifference: 0 for equal (also all-zero), 1 for opposite, throws on shape mismatch', () => {
    const a = new Matrix([[3, 4]]);
    expect(relativeDifference(a, a.clone())).toBe(0);
    expect(relativeDifference(Matrix.zeros(2, 2), Matrix.zeros(2, 2))).toBe(0);
    expect(relativeDifference(a, Matrix.mul(a, -1))).toBe(1); // ‖2a‖ / (‖a‖ + ‖a‖)
    expect(relativeDifference(a, new Matrix([[3, 4.5]]))).toBeCloseTo(0.5 / (5 + Math.hypot(3, 4.5)), 15);
    expect(() => relativeDifference(a, a.transpose())).toThrow(RangeError);
  });
});

describe('computation-graph', () => {
  it('forward(5, 3, 2): u = 3·2 = 6, v = 5 + 6 = 11, J = 3·11 = 33 (the lecture example)', () => {
    expect(forward(5, 3, 2)).toEqual({ u: 6, v: 11, J: 33 });
    expect(forward(1, -2, 0.5)).toEqual({ u: -1, v: 0, J: 0 }); // u = −2·0.5, v = 1 − 1, J = 0
  });

  it('backward(5, 3, 2): dJ/dv = dJ/du = dJ/da = 3, dJ/db = 3c = 6, dJ/dc = 3b = 9', () => {
    // notes 004 write dJ/du = 3·4 = 12 and dJ/da = 12: since v = a + u, dv/du = dv/da = 1.
    expect(backward(5, 3, 2)).toEqual({ dJdv: 3, dJdu: 3, dJda: 3, dJdb: 6, dJdc: 9 });
    expect(backward(1, -2, 0.5)).toEqual({ dJdv: 3, dJdu: 3, dJda: 3, dJdb: 1.5, dJdc: -6 });
  });

  it('backward agrees with finite differences of forward(a, b, c).J at random points', () => {
    const rng = createRng(2024);
    for (let trial = 0; trial < 20; trial++) {
      const abc = new Matrix([[rng.normal() * 3, rng.normal() * 3, rng.normal() * 3]]);
      const [a, b, c] = abc.to1DArray();
      const g = backward(a, b, c);
      const J = () => forward(abc.get(0, 0), abc.get(0, 1), abc.get(0, 2)).J;
      expect(relativeDifference(new Matrix([[g.dJda, g.dJdb, g.dJdc]]), numericGradient(J, abc))).toBeLessThan(1e-7);
      // dJ/du and dJ/dv: J as a function of u (through v = a + u, J = 3v) and of v (J = 3v)
      const u = new Matrix([[b * c]]);
      const v = new Matrix([[a + b * c]]);
      expect(numericGradient(() => 3 * (a + u.get(0, 0)), u).get(0, 0)).toBeCloseTo(g.dJdu, 7);
      expect(numericGradient(() => 3 * v.get(0, 0), v).get(0, 0)).toBeCloseTo(g.dJdv, 7);
    }
  });
});
