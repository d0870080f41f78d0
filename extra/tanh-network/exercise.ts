// A teacher's exercise, written only through the format of docs/teachers.md: the shallow network
// with a tanh hidden layer (A1 = tanh(Z1), so g′(Z1) = 1 − A1²) and a sigmoid output. Its cases,
// tolerances, points, gradient check and mutants are all here; reference/ is the right answer,
// starter/ what students get, mutants/ the known mistakes as students' step files.
import { Matrix } from 'ml-matrix';
import {
  centredBias,
  contextOf,
  defineExercise,
  distinctSizes,
  labels,
  layerParams,
  normOf,
  paramsOf,
  pointOf,
  randn,
  ResultRef,
  signed,
  withHealthyGradients,
  type Case,
  type GradientCheckSpec,
  type Rng,
  type StepSpec,
} from 'mlgrade/exercise';
import { costSign, missingOneOverM, sigmoidHidden, tanhDerivative } from './mutants';
import { backward } from './reference/backward';
import { cost } from './reference/cost';
import { forward } from './reference/forward';
import { predict } from './reference/predict';
import type { Cache, Params } from './reference/types';

/** n^[0] features, n^[1] hidden units, m examples (one output unit). */
type Dims = { 'n^[0]': number; 'n^[1]': number; m: number };

interface Sample {
  params: Params;
  X: Matrix;
  Y: Matrix;
  A2: Matrix;
  cache: Cache;
}

/** m differs from case to case; n^[0], n^[1] and m differ within a case, so a transpose shows. */
function shapes(rng: Rng, count = 3): Dims[] {
  return distinctSizes(rng, count, 2, 12).map((m) => {
    const [n0, n1] = distinctSizes(rng, 2, 2, 8, [m]);
    return { 'n^[0]': n0, 'n^[1]': n1, m };
  });
}

/** Three shapes, then a single example (m = 1). */
function shapesWithM1(rng: Rng): Dims[] {
  const [n0, n1] = distinctSizes(rng, 2, 2, 8);
  return [...shapes(rng), { 'n^[0]': n0, 'n^[1]': n1, m: 1 }];
}

const nameOf = (d: Dims): string => `n^[0]=${d['n^[0]']}, n^[1]=${d['n^[1]']}, m=${d.m}`;

/** Seeded parameters (non-zero b, weights of order 1 so tanh is not flat) and data, run forward. */
function sample(rng: Rng, d: Dims): Sample {
  const params = layerParams(rng, [d['n^[0]'], d['n^[1]'], 1]) as unknown as Params;
  const X = randn(rng, d['n^[0]'], d.m);
  const Y = labels(rng, d.m);
  return { params, X, Y, ...forward(X, params) };
}

/** Gradient-checked cases need gradients well above finite differences' noise. */
const gradientNorms = (s: Sample): number[] => Object.values(backward(s.params, s.cache, s.X, s.Y)).map(normOf);

function casesOf(rng: Rng, dims: Dims[], args: (s: Sample) => unknown[], checked = false): Case[] {
  return dims.map((d) => {
    const s = checked ? withHealthyGradients(() => sample(rng, d), gradientNorms) : sample(rng, d);
    return { name: nameOf(d), args: args(s), dims: { ...d, 'n^[2]': 1 }, context: { ...s } };
  });
}

/** A2 within 1e-11 of 0 and 1 (never equal), so a cost that is not careful with log shows. */
function costCases(rng: Rng): Case[] {
  const cases = casesOf(rng, shapesWithM1(rng), (s) => [s.A2, s.Y]);
  const m = distinctSizes(rng, 1, 4, 12)[0];
  const z = Array.from({ length: m }, () => signed(rng, 15, 25));
  const A2 = Matrix.rowVector(z.map((v) => 1 / (1 + Math.exp(-v))));
  cases.push({ name: `A2 near 0 and 1, m=${m}`, args: [A2, labels(rng, m)], dims: { 'n^[2]': 1, m } });
  return cases;
}

/** W2 tiny and b2 centred: every Z2 within about 1e-3 of 0 but never at it, so A2 ≈ 0.5. */
function nearHalfCase(rng: Rng): Case {
  const [d] = shapes(rng, 1);
  const s = sample(rng, d);
  const W2 = randn(rng, 1, d['n^[1]'], 1e-3);
  const b2 = Matrix.zeros(1, 1);
  b2.set(0, 0, centredBias(forward(s.X, { ...s.params, W2, b2 }).cache.Z2.to1DArray()));
  return { name: `A2 near 0.5, ${nameOf(d)}`, args: [s.X, { ...s.params, W2, b2 }], dims: { ...d, 'n^[2]': 1 } };
}

/** Through the reference forward and cost, and through the student's own. */
const backwardCheck: GradientCheckSpec = {
  point: (c) => pointOf({ ...contextOf<Sample>(c).params }),
  cost: (c, p) => {
    const { X, Y } = contextOf<Sample>(c);
    return cost(forward(X, paramsOf(p) as unknown as Params).A2, Y);
  },
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
    id: 'forward',
    kind: 'forward',
    params: ['X', 'params'],
    reference: forward,
    cases: (rng) => casesOf(rng, shapesWithM1(rng), (s) => [s.X, s.params]),
    mutants: [sigmoidHidden],
  },
  { id: 'cost', kind: 'cost', params: ['A2', 'Y'], reference: cost, cases: costCases, mutants: [costSign] },
  {
    id: 'backward',
    kind: 'gradient',
    params: ['params', 'cache', 'X', 'Y'],
    reference: backward,
    cases: (rng) => casesOf(rng, shapesWithM1(rng), (s) => [s.params, s.cache, s.X, s.Y], true),
    points: 2,
    gradientCheck: backwardCheck,
    mutants: [tanhDerivative, missingOneOverM],
  },
  {
    id: 'predict',
    kind: 'predict',
    params: ['X', 'params'],
    reference: predict,
    cases: (rng) => [nearHalfCase(rng), ...casesOf(rng, shapesWithM1(rng), (s) => [s.X, s.params])],
  },
];

export default defineExercise({
  id: 'tanh-network',
  title: 'Shallow network with a tanh hidden layer',
  notes: '004 "Activation functions", "Derivatives of activation functions"',
  steps,
});
