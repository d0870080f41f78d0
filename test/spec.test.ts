// The exercise specs against the contract (shared/curriculum.md): every step, in order, with its
// argument names; seeded, deterministic, shape-varied cases on which the reference runs; gradient
// checks that hold for the reference; train properties that hold for it and catch what they name.
import { describe, expect, it } from 'vitest';
import { Matrix } from 'ml-matrix';
import { decode } from '../grader/compare/value.js';
import { numericGradient, relativeDifference } from '../grader/gradcheck.js';
import { encode, RandnArg, ResultRef, type Wire } from '../grader/model/wire.js';
import { createRng, randnStream } from '../grader/random.js';
import { EXERCISES, findExercise } from '../grader/spec/index.js';
import type { Case, ExerciseSpec, GradientCheckSpec, PipelineCall, StepSpec } from '../grader/spec/types.js';

/** The contract's steps and their argument names, written out (rename nothing). */
const CONTRACT: Record<string, Record<string, string[]>> = {
  'computation-graph': { forward: ['a', 'b', 'c'], backward: ['a', 'b', 'c'] },
  'logistic-regression': {
    sigmoid: ['z'],
    initializeWithZeros: ['dim'],
    forward: ['w', 'b', 'X'],
    cost: ['A', 'Y'],
    dZ: ['A', 'Y'],
    dW: ['X', 'dZ'],
    db: ['dZ'],
    update: ['params', 'grads', 'learningRate'],
    predict: ['w', 'b', 'X'],
    train: ['X', 'Y', 'options'],
  },
  'shallow-network': {
    layerSizes: ['X', 'Y', 'hiddenUnits'],
    initializeParameters: ['nX', 'nH', 'nY', 'randn'],
    forward: ['X', 'params'],
    cost: ['A2', 'Y'],
    backward: ['params', 'cache', 'X', 'Y'],
    update: ['params', 'grads', 'learningRate'],
    predict: ['X', 'params'],
    train: ['X', 'Y', 'options'],
  },
  'deep-network': {
    initializeParameters: ['layerDims', 'randn'],
    linearForward: ['APrev', 'W', 'b'],
    sigmoid: ['Z'],
    relu: ['Z'],
    activationForward: ['APrev', 'W', 'b', 'activation'],
    modelForward: ['X', 'params'],
    cost: ['AL', 'Y'],
    dZ: ['dA', 'Z', 'activation'],
    dW: ['dZ', 'APrev'],
    db: ['dZ'],
    dAPrev: ['W', 'dZ'],
    modelBackward: ['AL', 'Y', 'caches'],
    update: ['params', 'grads', 'learningRate'],
    predict: ['X', 'params'],
    train: ['X', 'Y', 'layerDims', 'options'],
  },
};

const SEEDS = [1, 2, 20240607];
const COMPOSITE = new Set(['modelForward', 'modelBackward', 'backward', 'train']);

/** Replaces each RandnArg (also inside option objects) by the stream the reference receives. */
function materialise(x: unknown): unknown {
  if (x instanceof RandnArg) return randnStream(x.seed);
  if (Array.isArray(x)) return x.map(materialise);
  if (x !== null && typeof x === 'object' && Object.getPrototypeOf(x) === Object.prototype) {
    return Object.fromEntries(Object.entries(x).map(([k, v]) => [k, materialise(v)]));
  }
  return x;
}

const run = (step: StepSpec, c: Case): unknown =>
  (step.reference as (...args: unknown[]) => unknown)(...(materialise(c.args) as unknown[]));

/** Paths of non-finite numbers and non-data values in an encoded result. */
function nonFinite(w: Wire, path = ''): string[] {
  if (w === null || typeof w !== 'object') return [];
  if ('$num' in w || '$other' in w || '$undefined' in w) return [path];
  if ('$m' in w) return nonFinite(w.$m as Wire, path);
  const entries = Array.isArray(w) ? w.map((v, i) => [String(i), v] as const) : Object.entries(w);
  return entries.flatMap(([k, v]) => nonFinite(v, `${path}.${k}`));
}

const asMatrix = (x: unknown): Matrix => (typeof x === 'number' ? new Matrix([[x]]) : (x as Matrix));

/** Runs a pipeline with the reference steps, resolving ResultRefs as the engine does. */
function runPipeline(exercise: ExerciseSpec, calls: PipelineCall[]): unknown {
  const results: unknown[] = [];
  const resolve = (arg: unknown): unknown =>
    arg instanceof ResultRef ? arg.path.reduce<unknown>((v, k) => (v as Record<string | number, unknown>)[k], results[arg.index]) : arg;
  for (const call of calls) {
    const step = exercise.steps.find((s) => s.id === call.step);
    if (!step) throw new Error(`pipeline calls unknown step ${call.step}`);
    results.push((step.reference as (...args: unknown[]) => unknown)(...call.args.map(resolve)));
  }
  return results[results.length - 1];
}

const allSteps = EXERCISES.flatMap((exercise) => exercise.steps.map((step) => ({ exercise, step })));

describe('spec: the contract', () => {
  it('lists the exercises in curriculum order and finds them by id', () => {
    expect(EXERCISES.map((e) => e.id)).toEqual(Object.keys(CONTRACT));
    expect(findExercise('deep-network')?.id).toBe('deep-network');
    expect(findExercise('nope')).toBeUndefined();
  });

  it.each(Object.keys(CONTRACT))('%s has every contract step, in order, with its argument names', (id) => {
    const exercise = findExercise(id)!;
    expect(exercise.steps.map((s) => s.id)).toEqual(Object.keys(CONTRACT[id]));
    for (const step of exercise.steps) expect(step.params, step.id).toEqual(CONTRACT[id][step.id]);
  });

  it('gives composite steps 2 points and the others 1', () => {
    for (const { exercise, step } of allSteps) {
      const composite = COMPOSITE.has(step.id) && exercise.id !== 'computation-graph';
      expect(step.points ?? 1, `${exercise.id}/${step.id}`).toBe(composite ? 2 : 1);
    }
  });
});

describe.each(allSteps.map(({ exercise, step }) => [`${exercise.id}/${step.id}`, exercise, step] as const))(
  'spec: %s',
  (_label, exercise, step) => {
    it('has ≥ 3 uniquely named cases, the same for the same seed', () => {
      for (const seed of SEEDS) {
        const cases = step.cases(createRng(seed));
        expect(cases.length).toBeGreaterThanOrEqual(3);
        expect(new Set(cases.map((c) => c.name)).size).toBe(cases.length);
        expect(JSON.stringify(encode(step.cases(createRng(seed))))).toBe(JSON.stringify(encode(cases)));
      }
      const [a, b] = [1, 2].map((seed) => JSON.stringify(encode(step.cases(createRng(seed)).map((c) => c.args))));
      expect(a).not.toBe(b);
    });

    it('names different dimensions with different sizes, and varies the shapes', () => {
      const cases = step.cases(createRng(SEEDS[0]));
      for (const c of cases) {
        // 1 is always written as 1 in messages, so two dimensions of 1 are not ambiguous
        const sizes = Object.values(c.dims).filter((n) => n !== 1);
        expect(new Set(sizes).size, `${c.name}: ${JSON.stringify(c.dims)}`).toBe(sizes.length);
      }
      const shapes = new Set(cases.filter((c) => Object.keys(c.dims).length > 0).map((c) => JSON.stringify(c.dims)));
      if (exercise.id !== 'computation-graph') expect(shapes.size).toBeGreaterThanOrEqual(3);
    });

    it('runs the reference on every case: a finite result, arguments unchanged', () => {
      for (const seed of SEEDS) {
        for (const c of step.cases(createRng(seed))) {
          const before = JSON.stringify(encode(c.args));
          const result = run(step, c);
          expect(nonFinite(encode(result)), c.name).toEqual([]);
          expect(JSON.stringify(encode(c.args)), `${c.name} mutated`).toBe(before);
        }
      }
    });

    // only steps with a gradient check get this test: no skipped placeholders
    if (step.gradientCheck)
      it('reference gradients agree with numerical ones (and ownCost with cost)', () => {
        const check = step.gradientCheck as GradientCheckSpec;
        for (const seed of SEEDS) {
          for (const c of step.cases(createRng(seed)).slice(0, check.cases ?? 1)) {
            const result = run(step, c);
            const point = check.point(c);
            for (const [key, tensor] of Object.entries(point)) {
              const analytic = asMatrix(check.single ? result : (result as Record<string, unknown>)[key]);
              const numeric = numericGradient(() => check.cost(c, point), tensor);
              expect(relativeDifference(analytic, numeric), `${c.name}: ${key}`).toBeLessThan(1e-7);
            }
            if (check.ownCost) expect(runPipeline(exercise, check.ownCost(c, point))).toBeCloseTo(check.cost(c, point), 12);
          }
        }
      });
  },
);

describe('spec: edge cases', () => {
  const casesOf = (exercise: string, step: string): Case[] =>
    findExercise(exercise)!
      .steps.find((s) => s.id === step)!
      .cases(createRng(SEEDS[0]));

  it.each([
    ['logistic-regression', (c: Case) => run(findStep('logistic-regression', 'forward'), c)],
    ['shallow-network', (c: Case) => (run(findStep('shallow-network', 'forward'), c) as { A2: Matrix }).A2],
    ['deep-network', (c: Case) => (run(findStep('deep-network', 'modelForward'), c) as { AL: Matrix }).AL],
  ] as const)('%s predict has a case with A near 0.5, never equal', (exercise, activations) => {
    const near = casesOf(exercise, 'predict').find((c) => c.name.includes('near 0.5'));
    expect(near).toBeDefined();
    const A = (activations(near!) as Matrix).to1DArray();
    expect(A.every((a) => Math.abs(a - 0.5) < 1e-3 && a !== 0.5)).toBe(true);
    expect(A.some((a) => a > 0.5) && A.some((a) => a < 0.5)).toBe(true);
  });

  it.each(['logistic-regression', 'shallow-network', 'deep-network'])('%s cost has A within 1e-5 of 0 and 1, never equal', (exercise) => {
    const near = casesOf(exercise, 'cost').find((c) => c.name.includes('near 0 and 1'))!;
    const A = (near.args[0] as Matrix).to1DArray();
    expect(A.every((a) => (a < 1e-5 || a > 1 - 1e-5) && a > 0 && a < 1)).toBe(true);
  });

  it('sigmoid cases include ±1000; relu cases exact zeros; m = 1 where it matters', () => {
    const flat = (cs: Case[]): number[] => cs.flatMap((c) => (c.args[0] instanceof Matrix ? c.args[0].to1DArray() : [c.args[0] as number]));
    for (const exercise of ['logistic-regression', 'deep-network']) {
      expect(flat(casesOf(exercise, 'sigmoid'))).toEqual(expect.arrayContaining([-1000, 1000]));
    }
    expect(flat(casesOf('deep-network', 'relu'))).toContain(0);
    for (const step of ['forward', 'cost', 'dZ', 'dW', 'db', 'predict']) {
      expect(
        casesOf('logistic-regression', step).some((c) => c.dims.m === 1),
        step,
      ).toBe(true);
    }
  });
});

function findStep(exercise: string, step: string): StepSpec {
  return findExercise(exercise)!.steps.find((s) => s.id === step)!;
}

describe('spec: train', () => {
  const trains = EXERCISES.map((e) => [e.id, findStep(e.id, 'train')] as const).filter(([, s]) => s !== undefined);

  // how long a reference run takes is the benchmark's business (`npm run bench`), never a timed test's
  it.each(trains)("%s: a reference run's costs pass the properties", (_id, step) => {
    for (const c of step.cases(createRng(SEEDS[0]))) {
      const result = run(step, c);
      const value = decode(encode(result));
      for (const property of step.properties ?? []) expect(property(value, c), c.name).toBeUndefined();
    }
  });

  it('the properties report too few costs, a NaN, and a rising cost', () => {
    const step = findStep('logistic-regression', 'train');
    const c = step.cases(createRng(SEEDS[0]))[0];
    const iterations = (c.context as { iterations: number }).iterations;
    const report = (costs: number[]): string[] =>
      (step.properties ?? []).map((p) => p(decode(encode({ params: {}, costs })), c)?.message).filter((m): m is string => m !== undefined);
    const rising = Array.from({ length: iterations }, (_, i) => 0.5 + i / 100);
    expect(report(rising)).toEqual([expect.stringContaining('the cost rises')]);
    expect(report(rising.slice(1).reverse())).toEqual([expect.stringContaining(`${iterations}`)]);
    expect(report([...rising.slice(1).reverse(), Number.NaN])).toEqual([expect.stringContaining('NaN')]);
  });
});
