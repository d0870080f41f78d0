// Exercise logistic-regression (notes 003; 004 "Binary Classification", "Vectorizing logistic
// regression"). Dimensions are named as in the notes: n_x features, m examples.
import { Matrix } from 'ml-matrix';
import { cost } from '../../reference/logistic-regression/cost.js';
import { dW } from '../../reference/logistic-regression/dW.js';
import { dZ } from '../../reference/logistic-regression/dZ.js';
import { db } from '../../reference/logistic-regression/db.js';
import { forward } from '../../reference/logistic-regression/forward.js';
import { initializeWithZeros } from '../../reference/logistic-regression/initializeWithZeros.js';
import { predict } from '../../reference/logistic-regression/predict.js';
import { sigmoid } from '../../reference/logistic-regression/sigmoid.js';
import { train } from '../../reference/logistic-regression/train.js';
import { update } from '../../reference/logistic-regression/update.js';
import { blobs, flower } from '../datasets.js';
import { ResultRef } from '../model/wire.js';
import type { Rng } from '../random.js';
import {
  centredBias,
  contextOf,
  dimsName,
  distinctSizes,
  fmt,
  labels,
  normOf,
  randn,
  scalar,
  signed,
  uniformIn,
  withHealthyGradients,
} from './gen.js';
import { trainStep } from './train-properties.js';
import type { Case, ExerciseSpec, GradientCheckSpec, PipelineCall, StepSpec } from './types.js';

/** What a case's inputs were computed from. */
interface Sample {
  w: Matrix;
  b: number;
  X: Matrix;
  Y: Matrix;
  A: Matrix;
  dz: Matrix;
}

type Dims = { n_x: number; m: number };

/** `count` shapes with different m from case to case and n_x ≠ m within a case. */
function shapes(rng: Rng, count = 3): Dims[] {
  return distinctSizes(rng, count, 2, 12).map((m) => ({ n_x: distinctSizes(rng, 1, 2, 8, [m])[0], m }));
}

/** The shapes of most steps: three random ones, then the single-example edge case m = 1. */
function shapesWithM1(rng: Rng): Dims[] {
  const all = shapes(rng);
  all.push({ n_x: distinctSizes(rng, 1, 2, 8)[0], m: 1 });
  return all;
}

/** Seeded w, b, X, Y and what the reference computes from them; xScale > 1 saturates σ. */
function sample(rng: Rng, { n_x, m }: Dims, xScale = 1): Sample {
  const w = randn(rng, n_x, 1, 1 / Math.sqrt(n_x)); // z of order 1: A neither flat nor saturated
  const b = signed(rng, 0.1, 1);
  const X = randn(rng, n_x, m, xScale);
  const Y = labels(rng, m);
  const A = forward(w, b, X);
  return { w, b, X, Y, A, dz: dZ(A, Y) };
}

/** The gradients dW and db check, for picking samples where they are not vanishingly small. */
const gradientNorms = (s: Sample): number[] => [normOf(dW(s.X, s.dz)), normOf(db(s.dz))];

/** One case per shape, its args picked from the sample, its context the sample itself. */
function casesOf(rng: Rng, dims: Dims[], args: (s: Sample) => unknown[], checked = false): Case[] {
  return dims.map((d) => {
    const s = checked ? withHealthyGradients(() => sample(rng, d), gradientNorms) : sample(rng, d);
    return { name: dimsName(d), args: args(s), dims: d, context: { ...s } };
  });
}

function sigmoidCases(rng: Rng): Case[] {
  const z = rng.normal() * 3;
  const [row, grid] = shapes(rng, 2);
  // both stable and naive forms must give exactly 0 and 1 here, never NaN (e^{1000} = ∞)
  const extremes = Matrix.rowVector([-1000, 1000, -745, 745, -40, 40, 0, 1e-3]);
  return [
    { name: `z=${fmt(z)} (a number)`, args: [z], dims: {} },
    { name: `(1, m), m=${row.m}`, args: [randn(rng, 1, row.m, 3)], dims: { m: row.m } },
    { name: dimsName(grid), args: [randn(rng, grid.n_x, grid.m, 3)], dims: grid },
    { name: 'z = ±1000 and large |z|', args: [extremes], dims: { m: extremes.columns } },
    { name: 'z=-1000 (a number)', args: [-1000], dims: {} },
    { name: 'z=1000 (a number)', args: [1000], dims: {} },
  ];
}

function initializeCases(rng: Rng): Case[] {
  const dims = [...distinctSizes(rng, 3, 2, 12), 1];
  return dims.map((n_x) => ({ name: `dim=${n_x}`, args: [n_x], dims: { n_x } }));
}

function forwardCases(rng: Rng): Case[] {
  const cases = casesOf(rng, shapesWithM1(rng), (s) => [s.w, s.b, s.X]);
  // |z| in the hundreds: a sigmoid written as e^z / (1 + e^z) gives NaN here
  const [big] = shapes(rng, 1);
  const s = sample(rng, big, 300);
  cases.push({ name: `large |z|, ${dimsName(big)}`, args: [s.w, s.b, s.X], dims: big, context: { ...s } });
  return cases;
}

function costCases(rng: Rng): Case[] {
  const cases = casesOf(rng, shapesWithM1(rng), (s) => [s.A, s.Y]);
  // A within 1e-11 of 0 and 1 (|z| in [15, 25]), but never exactly: log stays finite
  const m = distinctSizes(rng, 1, 4, 12)[0];
  const A = sigmoid(Matrix.rowVector(Array.from({ length: m }, () => signed(rng, 15, 25))));
  cases.push({ name: `A near 0 and 1, m=${m}`, args: [A, labels(rng, m)], dims: { m } });
  return cases;
}

function updateCases(rng: Rng): Case[] {
  return shapes(rng).map((d) => {
    const s = sample(rng, d);
    const learningRate = uniformIn(rng, 0.005, 2);
    const args = [{ w: s.w, b: s.b }, { dw: dW(s.X, s.dz), db: db(s.dz) }, learningRate];
    return { name: `n_x=${d.n_x}, α=${fmt(learningRate)}`, args, dims: { n_x: d.n_x } };
  });
}

/**
 * Tiny weights and a centred bias: every z = wᵀx + b is within about 1e-3 of 0 on both sides but
 * at least 1e-6 away from it, so A is near 0.5 but never equal, `>` versus `>=` is irrelevant,
 * while returning A instead of labels, or thresholding at 0 instead of 0.5, shows.
 */
function nearHalfCase(rng: Rng): Case {
  const [d] = shapes(rng, 1);
  const w = randn(rng, d.n_x, 1, 2e-4);
  const X = randn(rng, d.n_x, d.m);
  const b = centredBias(w.transpose().mmul(X).to1DArray());
  return { name: `A near 0.5, ${dimsName(d)}`, args: [w, b, X], dims: d };
}

function predictCases(rng: Rng): Case[] {
  const cases = casesOf(rng, shapesWithM1(rng), (s) => [s.w, s.b, s.X]);
  cases.splice(1, 0, nearHalfCase(rng));
  return cases;
}

function trainCases(rng: Rng): Case[] {
  const ms = distinctSizes(rng, 3, 40, 60);
  return ms.map((m, i) => {
    const [name, data] = i === 1 ? ['flower', flower(rng, m)] : ['blobs', blobs(rng, m)];
    const iterations = rng.int(15, 30);
    const learningRate = uniformIn(rng, 0.05, 0.5);
    return {
      name: `${name}, m=${m}, ${iterations} iterations`,
      args: [data.X, data.Y, { iterations, learningRate }],
      dims: { n_x: 2, m },
      context: { iterations },
    };
  });
}

/** The student's own forward then cost at (w, b): a pipeline of two calls. */
function ownCost(c: Case, w: Matrix, b: number): PipelineCall[] {
  const { X, Y } = contextOf<Sample>(c);
  return [
    { step: 'forward', args: [w, b, X] },
    { step: 'cost', args: [new ResultRef(0), Y] },
  ];
}

const dWCheck: GradientCheckSpec = {
  single: 'dW',
  point: (c) => ({ dW: contextOf<Sample>(c).w.clone() }),
  cost: (c, p) => {
    const { b, X, Y } = contextOf<Sample>(c);
    return cost(forward(p.dW, b, X), Y);
  },
  ownCost: (c, p) => ownCost(c, p.dW, contextOf<Sample>(c).b),
};

const dbCheck: GradientCheckSpec = {
  single: 'db',
  point: (c) => ({ db: scalar(contextOf<Sample>(c).b) }),
  cost: (c, p) => {
    const { w, X, Y } = contextOf<Sample>(c);
    return cost(forward(w, p.db.get(0, 0), X), Y);
  },
  ownCost: (c, p) => ownCost(c, contextOf<Sample>(c).w, p.db.get(0, 0)),
};

const steps: StepSpec[] = [
  { id: 'sigmoid', kind: 'activation', params: ['z'], reference: sigmoid, cases: sigmoidCases },
  { id: 'initializeWithZeros', kind: 'init', params: ['dim'], reference: initializeWithZeros, cases: initializeCases },
  { id: 'forward', kind: 'forward', params: ['w', 'b', 'X'], reference: forward, cases: forwardCases },
  { id: 'cost', kind: 'cost', params: ['A', 'Y'], reference: cost, cases: costCases },
  { id: 'dZ', kind: 'output-delta', params: ['A', 'Y'], reference: dZ, cases: (rng) => casesOf(rng, shapesWithM1(rng), (s) => [s.A, s.Y]) },
  {
    id: 'dW',
    kind: 'gradient',
    params: ['X', 'dZ'],
    reference: dW,
    cases: (rng) => casesOf(rng, shapesWithM1(rng), (s) => [s.X, s.dz], true),
    gradientCheck: dWCheck,
  },
  {
    id: 'db',
    kind: 'gradient',
    params: ['dZ'],
    reference: db,
    cases: (rng) => casesOf(rng, shapesWithM1(rng), (s) => [s.dz], true),
    gradientCheck: dbCheck,
  },
  { id: 'update', kind: 'update', params: ['params', 'grads', 'learningRate'], reference: update, cases: updateCases },
  { id: 'predict', kind: 'predict', params: ['w', 'b', 'X'], reference: predict, cases: predictCases },
  trainStep(['X', 'Y', 'options'], train, trainCases),
];

export const logisticRegression: ExerciseSpec = {
  id: 'logistic-regression',
  title: 'Logistic regression',
  notes: '003; 004 "Binary Classification", "Vectorizing logistic regression"',
  steps,
};
