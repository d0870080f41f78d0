// Exercise shallow-network (notes 000, 002; 004 "Gradient descent for 1-hidden layer network"):
// one sigmoid hidden layer, one sigmoid output unit. Dimensions named as in the notes: n^[0]
// features, n^[1] hidden units, n^[2] = 1 output, m examples.
import { Matrix } from 'ml-matrix';
import { sigmoid } from '../../reference/logistic-regression/sigmoid.js';
import { backward } from '../../reference/shallow-network/backward.js';
import { cost } from '../../reference/shallow-network/cost.js';
import { forward, type Cache } from '../../reference/shallow-network/forward.js';
import { initializeParameters, type Params } from '../../reference/shallow-network/initializeParameters.js';
import { layerSizes } from '../../reference/shallow-network/layerSizes.js';
import { predict } from '../../reference/shallow-network/predict.js';
import { train } from '../../reference/shallow-network/train.js';
import { update } from '../../reference/shallow-network/update.js';
import { flower } from '../datasets.js';
import { RandnArg, ResultRef } from '../model/wire.js';
import type { Rng } from '../random.js';
import {
  centredBias,
  contextOf,
  distinctSizes,
  fmt,
  labels,
  layerParams,
  normOf,
  paramsOf,
  pointOf,
  randn,
  seedOf,
  signed,
  uniformIn,
  withHealthyGradients,
} from './gen.js';
import { trainStep } from './train-properties.js';
import type { Case, ExerciseSpec, GradientCheckSpec, Point, StepSpec } from './types.js';

type Dims = { 'n^[0]': number; 'n^[1]': number; 'n^[2]': number; m: number };

/** What a case's inputs were computed from. */
interface Sample {
  params: Params;
  X: Matrix;
  Y: Matrix;
  A2: Matrix;
  cache: Cache;
}

/** `count` shapes: m differs from case to case; n^[0], n^[1] and m differ within a case. */
function shapes(rng: Rng, count = 3): Dims[] {
  return distinctSizes(rng, count, 2, 12).map((m) => {
    const [n0, n1] = distinctSizes(rng, 2, 2, 8, [m]);
    return { 'n^[0]': n0, 'n^[1]': n1, 'n^[2]': 1, m };
  });
}

function shapesWithM1(rng: Rng): Dims[] {
  const [n0, n1] = distinctSizes(rng, 2, 2, 8);
  return [...shapes(rng), { 'n^[0]': n0, 'n^[1]': n1, 'n^[2]': 1, m: 1 }];
}

/** `n^[0]=3, n^[1]=5, m=7` (n^[2] = 1 goes without saying). */
const nameOf = (d: Dims): string => `n^[0]=${d['n^[0]']}, n^[1]=${d['n^[1]']}, m=${d.m}`;

const asParams = (p: Record<string, Matrix>): Params => p as unknown as Params;

/** Seeded parameters (non-zero b, weights of order 1 so σ is not flat) and data, run forward. */
function sample(rng: Rng, d: Dims): Sample {
  const params = asParams(layerParams(rng, [d['n^[0]'], d['n^[1]'], d['n^[2]']]));
  const X = randn(rng, d['n^[0]'], d.m);
  const Y = labels(rng, d.m);
  const { A2, cache } = forward(X, params);
  return { params, X, Y, A2, cache };
}

/** The gradients backward's check compares, for picking samples where they are not vanishingly small. */
const gradientNorms = (s: Sample): number[] => Object.values(backward(s.params, s.cache, s.X, s.Y)).map(normOf);

function casesOf(rng: Rng, dims: Dims[], args: (s: Sample) => unknown[], checked = false): Case[] {
  return dims.map((d) => {
    const s = checked ? withHealthyGradients(() => sample(rng, d), gradientNorms) : sample(rng, d);
    return { name: nameOf(d), args: args(s), dims: d, context: { ...s } };
  });
}

function initializeCases(rng: Rng): Case[] {
  const all = shapes(rng);
  // n^[2] = 2 once: W2 must be (n^[2], n^[1]) from the argument, not from a hard-coded 1
  all[2]['n^[2]'] = distinctSizes(rng, 1, 2, 8, [all[2]['n^[0]'], all[2]['n^[1]']])[0];
  return all.map((d) => {
    const { m: _m, ...dims } = d;
    const args = [d['n^[0]'], d['n^[1]'], d['n^[2]'], new RandnArg(seedOf(rng))];
    return { name: `nX=${d['n^[0]']}, nH=${d['n^[1]']}, nY=${d['n^[2]']}`, args, dims };
  });
}

function updateCases(rng: Rng): Case[] {
  return shapes(rng).map((d) => {
    const s = sample(rng, d);
    const learningRate = uniformIn(rng, 0.005, 2);
    const grads = backward(s.params, s.cache, s.X, s.Y);
    return { name: `${nameOf(d)}, α=${fmt(learningRate)}`, args: [s.params, grads, learningRate], dims: d };
  });
}

/**
 * W2 tiny and b2 centred so that every Z2 is within about 1e-3 of 0, on both sides, at least
 * 1e-6 away: A2 is near 0.5, never equal (see logistic-regression's nearHalfCase).
 */
function nearHalfCase(rng: Rng): Case {
  const [d] = shapes(rng, 1);
  const s = sample(rng, d);
  const W2 = randn(rng, 1, d['n^[1]'], 1e-3);
  const b2 = Matrix.zeros(1, 1);
  const { Z2 } = forward(s.X, { ...s.params, W2, b2 }).cache;
  b2.set(0, 0, centredBias(Z2.to1DArray()));
  return { name: `A2 near 0.5, ${nameOf(d)}`, args: [s.X, { ...s.params, W2, b2 }], dims: d };
}

function predictCases(rng: Rng): Case[] {
  const cases = casesOf(rng, shapesWithM1(rng), (s) => [s.X, s.params]);
  cases.splice(1, 0, nearHalfCase(rng));
  return cases;
}

function trainCases(rng: Rng): Case[] {
  return distinctSizes(rng, 3, 40, 60).map((m) => {
    const data = flower(rng, m);
    const hiddenUnits = distinctSizes(rng, 1, 3, 6)[0];
    const iterations = rng.int(15, 30);
    const learningRate = uniformIn(rng, 0.5, 1.2);
    const options = { hiddenUnits, iterations, learningRate, randn: new RandnArg(seedOf(rng)) };
    return {
      name: `flower, m=${m}, nH=${hiddenUnits}, ${iterations} iterations`,
      args: [data.X, data.Y, options],
      dims: { 'n^[0]': 2, 'n^[1]': hiddenUnits, 'n^[2]': 1, m },
      context: { iterations },
    };
  });
}

/** Costs of A2 from seeded networks, then A2 within 1e-11 of 0 and 1 (never equal): log stays finite. */
function costCases(rng: Rng): Case[] {
  const cases = casesOf(rng, shapesWithM1(rng), (s) => [s.A2, s.Y]);
  const m = distinctSizes(rng, 1, 4, 12)[0];
  const A2 = sigmoid(Matrix.rowVector(Array.from({ length: m }, () => signed(rng, 15, 25))));
  cases.push({ name: `A2 near 0 and 1, m=${m}`, args: [A2, labels(rng, m)], dims: { 'n^[2]': 1, m } });
  return cases;
}

/** The cost at the parameters a point stands for (`dW1` → W1 …). */
function costAt(c: Case, p: Point): number {
  const { X, Y } = contextOf<Sample>(c);
  return cost(forward(X, asParams(paramsOf(p))).A2, Y);
}

const backwardCheck: GradientCheckSpec = {
  point: (c) => pointOf({ ...contextOf<Sample>(c).params }),
  cost: costAt,
  ownCost: (c, p) => {
    const { X, Y } = contextOf<Sample>(c);
    return [
      { step: 'forward', args: [X, paramsOf(p)] },
      { step: 'cost', args: [new ResultRef(0, ['A2']), Y] },
    ];
  },
};

const steps: StepSpec[] = [
  {
    id: 'layerSizes',
    kind: 'sizes',
    params: ['X', 'Y', 'hiddenUnits'],
    reference: layerSizes,
    cases: (rng) => casesOf(rng, shapes(rng), (s) => [s.X, s.Y, s.params.W1.rows]),
  },
  {
    id: 'initializeParameters',
    kind: 'init',
    params: ['nX', 'nH', 'nY', 'randn'],
    reference: initializeParameters,
    cases: initializeCases,
  },
  {
    id: 'forward',
    kind: 'forward',
    params: ['X', 'params'],
    reference: forward,
    cases: (rng) => casesOf(rng, shapesWithM1(rng), (s) => [s.X, s.params]),
  },
  { id: 'cost', kind: 'cost', params: ['A2', 'Y'], reference: cost, cases: costCases },
  {
    id: 'backward',
    kind: 'gradient',
    params: ['params', 'cache', 'X', 'Y'],
    reference: backward,
    cases: (rng) => casesOf(rng, shapesWithM1(rng), (s) => [s.params, s.cache, s.X, s.Y], true),
    points: 2,
    gradientCheck: backwardCheck,
  },
  { id: 'update', kind: 'update', params: ['params', 'grads', 'learningRate'], reference: update, cases: updateCases },
  { id: 'predict', kind: 'predict', params: ['X', 'params'], reference: predict, cases: predictCases },
  trainStep(['X', 'Y', 'options'], train, trainCases),
];

export const shallowNetwork: ExerciseSpec = {
  id: 'shallow-network',
  title: 'Shallow neural network',
  notes: '000; 002; 004 "Gradient descent for 1-hidden layer network"',
  steps,
};
