// The oracle seam's parts, in this process: the live and the table oracle answer alike, the engine
// picks the exercise's own oracle, and the batch memo asks the oracle it wraps once per case.
import { describe, expect, it } from 'vitest';
import { memoized, MemoOracle } from '../grader/batch/reference-memo.js';
import { casesOf } from '../grader/engine/grade-step.js';
import { oracleFor } from '../grader/engine/oracle.js';
import { PUBLIC_SEED } from '../grader/engine/seeds.js';
import { LiveOracle } from '../grader/oracle/live.js';
import { tableExercises } from '../grader/oracle/table-oracle.js';
import { attachedOracle, type Oracle, type Outcome } from '../grader/oracle/types.js';
import { buildTable } from '../grader/release/table-build.js';
import { EXERCISES } from '../grader/spec/index.js';
import type { ExerciseSpec, StepSpec } from '../grader/spec/types.js';

const logistic = EXERCISES.find((e) => e.id === 'logistic-regression') as ExerciseSpec;
const [tabled] = tableExercises(buildTable([logistic], PUBLIC_SEED).table);
const withoutStack = (o: Outcome | undefined): Outcome | undefined => {
  if (o?.kind !== 'threw') return o;
  const { stack: _stack, ...rest } = o;
  return rest;
};
const stepOf = (id: string): StepSpec => logistic.steps.find((s) => s.id === id) as StepSpec;

describe('the live and the table oracle', () => {
  it('give the same expected values, mutant outcomes and reference gradients', () => {
    const [live, table] = [oracleFor(logistic), oracleFor(tabled)];
    expect(live).toBeInstanceOf(LiveOracle);
    expect(table).toBe(attachedOracle(tabled));
    for (const id of ['dW', 'db', 'cost']) {
      const step = stepOf(id);
      const tableStep = tabled.steps.find((s) => s.id === id) as StepSpec;
      const cases = casesOf({ exercise: logistic, spec: step, seed: PUBLIC_SEED });
      const mutants = [live.mutants(step), table.mutants(tableStep)];
      expect(mutants[1].map((m) => m.id)).toEqual(mutants[0].map((m) => m.id));
      for (const c of cases) {
        expect(table.expected(tableStep, c)).toEqual(live.expected(step, c));
        // the table keeps no stack: only the in-process selftest shows one
        mutants[0].forEach((m, i) => {
          expect(table.mutantOutcome(tableStep, mutants[1][i], c)).toEqual(withoutStack(live.mutantOutcome(step, m, c)));
        });
      }
      const check = step.gradientCheck;
      if (!check) continue;
      const point = check.point(cases[0]);
      for (const tensor of Object.keys(point)) {
        const fromTable = table.referenceGradient(tableStep, cases[0], tensor, point);
        expect(fromTable?.to2DArray()).toEqual(live.referenceGradient(step, cases[0], tensor, point)?.to2DArray());
      }
    }
  });

  it('is the same live oracle for an exercise every time', () => {
    expect(oracleFor(logistic)).toBe(oracleFor(logistic));
  });
});

describe('the batch memo', () => {
  /** The live oracle, counting how often it is asked for an expected value (or answering 0 instead). */
  function counting(answer?: number): { oracle: Oracle; asked: () => number } {
    const inner = oracleFor(logistic);
    let asked = 0;
    const oracle: Oracle = {
      expected: (s, c) => (asked++, answer ?? inner.expected(s, c)),
      mutants: (s) => inner.mutants(s),
      mutantOutcome: (s, m, c) => inner.mutantOutcome(s, m, c),
      referenceGradient: (s, c, t, p) => inner.referenceGradient(s, c, t, p),
    };
    return { oracle, asked: () => asked };
  }

  it('asks the oracle it wraps once per step and arguments, and answers the same', () => {
    const { oracle, asked } = counting();
    const memo = new MemoOracle(oracle);
    const step = stepOf('dW');
    const cases = casesOf({ exercise: logistic, spec: step, seed: PUBLIC_SEED });
    const first = cases.map((c) => memo.expected(step, c));
    const again = casesOf({ exercise: logistic, spec: step, seed: PUBLIC_SEED }).map((c) => memo.expected(step, c));
    expect(again).toEqual(first);
    expect(first).toEqual(cases.map((c) => oracleFor(logistic).expected(step, c)));
    expect(asked()).toBe(cases.length);
    memo.expected(step, casesOf({ exercise: logistic, spec: step, seed: PUBLIC_SEED + 1 })[0]);
    expect(asked()).toBe(cases.length + 1);
  });

  it('never memoizes a case with an argument the wire can only describe', () => {
    const { oracle, asked } = counting(0);
    const memo = new MemoOracle(oracle);
    const odd = { name: 'odd', args: [() => 1], dims: {} };
    memo.expected(stepOf('dW'), odd);
    memo.expected(stepOf('dW'), odd);
    expect(asked()).toBe(2);
  });

  it("wraps the live exercises of a list once, and leaves a table's alone", () => {
    const list = [logistic, tabled];
    const wrapped = memoized(list);
    expect(memoized(list)).toBe(wrapped);
    expect(oracleFor(wrapped[0])).toBeInstanceOf(MemoOracle);
    expect(wrapped[1]).toBe(tabled);
  });
});
