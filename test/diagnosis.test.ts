// Diagnosis without student processes: the catalogue against the contract, the mutants and their
// files, each rule on hand-made results, the ranking, teachers' own mutants, `grade explain`, the
// generated docs, and the console's closing `grade explain <id>` line.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Matrix } from 'ml-matrix';
import * as np from '../grader/np.js';
import { describe, expect, it } from 'vitest';
import { checkExercise } from '../grader/config/check-exercise.js';
import { CATALOGUE, CONTRACT_IDS, MISCONCEPTION_IDS } from '../grader/diagnosis/catalogue.js';
import { explainText, knownIds, misconceptionsMarkdown } from '../grader/diagnosis/explain.js';
import { diagnose } from '../grader/diagnosis/index.js';
import { BUILT_IN, mutantsOf } from '../grader/diagnosis/mutants/index.js';
import { diagnoseInProcess, inputOf } from '../grader/selftest/in-process.js';
import { errorClass } from '../grader/diagnosis/values.js';
import { PUBLIC_SEED } from '../grader/engine/seeds.js';
import type { GradientCheck, StepResult } from '../grader/model/results.js';
import { EXERCISES } from '../grader/spec/index.js';
import type { ExerciseSpec, StepSpec } from '../grader/spec/types.js';
import { consoleReport } from '../reports/console.js';
import { repoRoot } from './helpers/submission.js';

function stepOf(exercise: string, step: string): { e: ExerciseSpec; s: StepSpec } {
  const e = EXERCISES.find((x) => x.id === exercise) as ExerciseSpec;
  return { e, s: e.steps.find((x) => x.id === step) as StepSpec };
}

/** The ids a student's step, written as `student`, is diagnosed as (in this process, public seed). */
function idsOf(exercise: string, step: string, student: (...args: never[]) => unknown): string[] {
  const { e, s } = stepOf(exercise, step);
  return diagnoseInProcess(e, s, student, PUBLIC_SEED).diagnoses.map((d) => d.id);
}

const allMutants = EXERCISES.flatMap((e) => e.steps.flatMap((s) => mutantsOf(e, s).map((m) => ({ e, s, m }))));

describe('the catalogue', () => {
  it("has every id of the contract's Misconceptions table (as the exercises README copies it), and only kebab-case ids", () => {
    const readme = readFileSync(path.join(repoRoot, 'exercises', 'README.md'), 'utf8');
    const table = [...readme.matchAll(/^\| `([a-z0-9-]+)` \|/gm)].map((m) => m[1]);
    expect(table.length).toBeGreaterThanOrEqual(19);
    expect([...CONTRACT_IDS].sort()).toEqual([...new Set(table)].sort());
    for (const id of MISCONCEPTION_IDS) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('says for every id the mistake, why, the right formula, the notes and the fix', () => {
    for (const id of MISCONCEPTION_IDS) {
      const entry = CATALOGUE[id];
      for (const field of ['title', 'explanation', 'formula', 'note', 'fix'] as const)
        expect(entry[field].length, `${id}.${field}`).toBeGreaterThan(0);
    }
  });
});

describe('the built-in mutants', () => {
  it("cover every misconception but the gradient check's own, on at least one step", () => {
    const covered = new Set(allMutants.map(({ m }) => m.id));
    for (const id of MISCONCEPTION_IDS.filter((i) => i !== 'gradient-mismatch')) expect(covered.has(id), id).toBe(true);
    expect(allMutants.length).toBeGreaterThanOrEqual(90);
  });

  it('only name catalogue ids, and each has a student-style file exporting its step', () => {
    for (const { e, s, m } of allMutants) {
      expect(MISCONCEPTION_IDS as readonly string[], m.id).toContain(m.id);
      const file = path.join(repoRoot, m.file as string);
      expect(existsSync(file), m.file).toBe(true);
      const source = readFileSync(file, 'utf8');
      expect(source, m.file).toMatch(new RegExp(`export function ${s.id}\\(`));
      expect(source, `${m.file} imports only what a submission can`).not.toMatch(/from '\.\.?\//);
      expect(Object.keys(BUILT_IN)).toContain(e.id);
    }
  });

  it('are each diagnosed as themselves first when run in this process (the file-graded selftest is test/selftest.test.ts)', () => {
    // mutates-input shows only in a student process, which compares the arguments after the call
    for (const { e, s, m } of allMutants.filter(({ m }) => m.id !== 'mutates-input')) {
      const { passed, diagnoses } = diagnoseInProcess(e, s, m.apply, PUBLIC_SEED);
      expect(passed, `${e.id}/${s.id}/${m.id}`).toBe(false);
      expect(diagnoses[0]?.id, `${e.id}/${s.id}/${m.id}${m.variant ? `-${m.variant}` : ''}`).toBe(m.id);
    }
  });
});

describe('rules that need no exact mutant', () => {
  it('scale: names each tensor that is m times too large (a mistake no single mutant makes)', () => {
    const { e, s } = stepOf('shallow-network', 'backward');
    const half = (...args: never[]) => {
      const grads = (s.reference as (...a: never[]) => Record<string, Matrix>)(...args);
      const m = (args[2] as unknown as Matrix).columns;
      return { ...grads, dW1: Matrix.mul(grads.dW1, m) };
    };
    const [first] = diagnoseInProcess(e, s, half, PUBLIC_SEED).diagnoses;
    expect(first.id).toBe('missing-1-over-m');
    expect(first.message).toMatch(/^dW1 is m times too large/);
  });

  it('scale: divided by a size n instead of m, and a cost with the wrong sign', () => {
    const byN = (dZ: Matrix) => Matrix.columnVector(dZ.sum('row')).div(dZ.rows);
    expect(idsOf('deep-network', 'db', byN as never)[0]).toBe('divide-by-n');
    const { s } = stepOf('deep-network', 'cost');
    expect(
      idsOf('deep-network', 'cost', ((AL: Matrix, Y: Matrix) => -(s.reference as (a: Matrix, y: Matrix) => number)(AL, Y)) as never)[0],
    ).toBe('cost-sign');
  });

  it('update: names the tensors updated the wrong way', () => {
    const onlyB = (params: Record<string, Matrix>, grads: Record<string, Matrix>, lr: number) =>
      Object.fromEntries(
        Object.entries(params).map(([k, p]) => [k, (k.startsWith('b') ? Matrix.add : Matrix.sub)(p, Matrix.mul(grads[`d${k}`], lr))]),
      );
    const { e, s } = stepOf('deep-network', 'update');
    const [first] = diagnoseInProcess(e, s, onlyB as never, PUBLIC_SEED).diagnoses;
    expect(first.id).toBe('update-sign');
    expect(first.message).toMatch(/^b1, b2 and b3 were updated the wrong way/);
  });

  it("shape: the transpose entry for entry, and db summed the wrong way, computed from the case's dZ", () => {
    expect(idsOf('deep-network', 'dAPrev', ((W: Matrix, dZ: Matrix) => dZ.transpose().mmul(W).mul(1)) as never)).toContain(
      'transposed-result',
    );
    expect(idsOf('deep-network', 'db', ((dZ: Matrix) => dZ.sum() / dZ.columns) as never)).toContain('db-wrong-axis');
    expect(idsOf('deep-network', 'db', ((dZ: Matrix) => Matrix.rowVector(dZ.sum('column'))) as never)).toContain('db-wrong-axis');
    // dZ (n, m) times A_prev (n_prev, m) in ml-matrix: a TypeError when m > n_prev, an (n, m) result otherwise
    const mmul = (dZ: Matrix, APrev: Matrix) => dZ.mmul(APrev).div(APrev.columns);
    expect(idsOf('deep-network', 'dW', mmul as never)).toEqual(['missing-transpose']);
  });

  it('shape alone names nothing: (n, m) with no product, db from row 0 or a constant b of shape (1, n)', () => {
    expect(idsOf('deep-network', 'dW', ((dZ: Matrix) => dZ.div(dZ.columns)) as never)).toEqual([]);
    expect(idsOf('deep-network', 'db', ((dZ: Matrix) => dZ.getRow(0).reduce((a, x) => a + x, 0) / dZ.columns) as never)).toEqual([]);
    const init = (s: StepSpec) => s.reference as (...a: never[]) => Record<string, Matrix>;
    const { s } = stepOf('shallow-network', 'initializeParameters');
    const rowB = (...args: never[]) => ({ ...init(s)(...args), b1: Matrix.zeros(1, init(s)(...args).b1.rows) });
    expect(idsOf('shallow-network', 'initializeParameters', rowB)).toEqual([]);
  });

  it("errors: np.dot where the element-wise product was due names nothing (no transpose gives dZ's shape); a missing one is named", () => {
    const dotForMul = (dA: Matrix, Z: Matrix) => np.dot(dA, Matrix.ones(Z.rows, Z.columns));
    expect(idsOf('deep-network', 'dZ', dotForMul as never)).toEqual([]);
    const noTranspose = (X: Matrix, dZ: Matrix) => np.div(np.dot(X, Matrix.mul(dZ, 2)), X.columns);
    expect(idsOf('logistic-regression', 'dW', noTranspose as never)).toEqual(['missing-transpose']);
  });

  it("errors: a failed product only with the product's frame or np.dot's shapes; broadcasting errors are not", () => {
    const mmul = 'TypeError: x\n    at Matrix.get (ml-matrix)\n    at Matrix.mmul (ml-matrix)\n    at dW (logistic-regression/dW.ts:3:12)';
    const loop = 'TypeError: x\n    at cost (logistic-regression/cost.ts:6:20)';
    expect(errorClass({ name: 'ShapeError', message: 'dot: (3,6)·(1,6): inner dimensions 6 ≠ 1' })).toBe('product');
    expect(errorClass({ name: 'TypeError', message: "Cannot read properties of undefined (reading '0')", stack: mmul })).toBe('product');
    expect(errorClass({ name: 'TypeError', message: "Cannot read properties of undefined (reading '0')", stack: loop })).toBe('other');
    expect(errorClass({ name: 'TypeError', message: "Cannot read properties of undefined (reading '0')" })).toBe('other');
    expect(errorClass({ name: 'ShapeError', message: 'add: (3,4) + (2,4): shapes cannot be broadcast together' })).toBe('elementwise');
    expect(errorClass({ name: 'RangeError', message: 'Matrices dimensions must be equal' })).toBe('elementwise');
    expect(errorClass({ name: 'TypeError', message: 'x is not a function' })).toBe('other');
  });

  it("gradient checks: one tensor off the slope of the student's own cost is named; two are not", () => {
    const { e, s } = stepOf('shallow-network', 'backward');
    const check = (tensor: string, passed: boolean): GradientCheck => ({
      tensor,
      against: 'own-forward',
      relativeDifference: passed ? 1e-9 : 0.3,
      threshold: 1e-6,
      passed,
      case: 'c',
    });
    const wrong = (...args: never[]) => ({ ...(s.reference as (...a: never[]) => object)(...args), db1: Matrix.ones(1, 1) });
    const one = inputOf(
      e,
      s,
      wrong,
      PUBLIC_SEED,
      ['dW1', 'db1', 'dW2', 'db2'].map((t) => check(t, t !== 'db1')),
    );
    expect(diagnose(one).map((d) => d.id)).toContain('gradient-mismatch');
    expect(diagnose(one).find((d) => d.id === 'gradient-mismatch')?.message).toMatch(/^db1 /);
    const two = inputOf(
      e,
      s,
      wrong,
      PUBLIC_SEED,
      ['dW1', 'db1', 'dW2', 'db2'].map((t) => check(t, t.endsWith('2'))),
    );
    expect(diagnose(two).map((d) => d.id)).not.toContain('gradient-mismatch');
  });

  it('says nothing when the values are right, and ranks an exact mutant before the inferences', () => {
    const { e, s } = stepOf('deep-network', 'dW');
    expect(diagnose(inputOf(e, s, s.reference, PUBLIC_SEED))).toEqual([]);
    const noAverage = mutantsOf(e, s).find((m) => m.id === 'missing-1-over-m');
    const ids = diagnoseInProcess(e, s, noAverage?.apply as never, PUBLIC_SEED).diagnoses.map((d) => d.id);
    expect(ids).toEqual(['missing-1-over-m']);
  });
});

describe('step kinds: rules read what a step computes, not its name', () => {
  it("a teacher's exercise with an unknown kind is refused, naming the field and the kinds", () => {
    const { e } = stepOf('computation-graph', 'forward');
    const bad = { ...e, steps: e.steps.map((s, i) => (i === 0 ? { ...s, kind: 'gradients' } : s)) };
    expect(() => checkExercise(bad, 'exercise.ts')).toThrow(/steps\[0\]\.kind must be what it computes, one of activation, sizes, init/);
    expect(checkExercise(e, 'exercise.ts').steps[0].kind).toBe('forward');
  });

  it('every built-in step has a kind', () => {
    const without = EXERCISES.flatMap((e) => e.steps.filter((s) => !s.kind).map((s) => `${e.id}/${s.id}`));
    expect(without).toEqual([]);
  });

  it("a teacher's gradient step named `gradients` gets the sign and scale diagnoses backward gets; without a kind it gets none", () => {
    const { e, s } = stepOf('shallow-network', 'backward');
    const renamed: StepSpec = { ...s, id: 'gradients' };
    const exercise: ExerciseSpec = { ...e, id: 'teachers-network', steps: [renamed] };
    const reference = s.reference as (...a: never[]) => Record<string, Matrix>;
    const flipped = (...args: never[]) => Object.fromEntries(Object.entries(reference(...args)).map(([k, v]) => [k, Matrix.mul(v, -1)]));
    expect(diagnoseInProcess(exercise, renamed, flipped, PUBLIC_SEED).diagnoses.map((d) => d.id)).toEqual(['gradient-sign']);
    const unkind: StepSpec = { ...renamed, kind: undefined };
    const ids = diagnoseInProcess({ ...exercise, steps: [unkind] }, unkind, flipped, PUBLIC_SEED).diagnoses.map((d) => d.id);
    expect(ids).not.toContain('gradient-sign');
  });
});

describe("teachers' own mutants", () => {
  const { e, s } = stepOf('deep-network', 'relu');
  const leaky = (Z: Matrix) => new Matrix(Z.to2DArray().map((row) => row.map((z) => (z > 0 ? z : 0.01 * z))));
  const withMutant: StepSpec = {
    ...s,
    mutants: [
      { id: 'leaky-relu', apply: leaky as never, message: 'your relu leaks 0.01·z below 0 — relu(z) = max(0, z)', hint: 'Math.max(0, z)' },
    ],
  };
  const exercise: ExerciseSpec = { ...e, steps: e.steps.map((x) => (x.id === 'relu' ? withMutant : x)) };

  it('are used from the StepSpec, without touching the engine', () => {
    const [first] = diagnoseInProcess(exercise, withMutant, leaky as never, PUBLIC_SEED).diagnoses;
    expect(first).toEqual({ id: 'leaky-relu', message: 'your relu leaks 0.01·z below 0 — relu(z) = max(0, z)', hint: 'Math.max(0, z)' });
  });
});

describe('grade explain and docs/misconceptions.md', () => {
  it('explains an id: the mistake, the formula, the notes, the fix and where it is looked for', () => {
    const text = explainText('missing-1-over-m') as string;
    expect(text.split('\n')[0]).toBe('missing-1-over-m — dW, db or the cost not averaged over the m examples');
    expect(text).toContain(`Right formula:  ${CATALOGUE['missing-1-over-m'].formula}`);
    expect(text).toContain('In the notes:   000, 002');
    expect(text).toContain('Fix:');
    expect(text).toContain('deep-network/dW');
    expect(explainText('no-such-mistake')).toBeUndefined();
    expect(knownIds()).toEqual(expect.arrayContaining([...MISCONCEPTION_IDS]));
  });

  it('docs/misconceptions.md is what `grade explain --markdown` prints', () => {
    const doc = readFileSync(path.join(repoRoot, 'docs', 'misconceptions.md'), 'utf8');
    expect(doc, 'regenerate it: node bin/grade.js explain --markdown > docs/misconceptions.md').toBe(misconceptionsMarkdown());
  });
});

describe('the console report of a diagnosed failure', () => {
  it("ends the step's block with the fix and the grade explain command", () => {
    const step: StepResult = {
      id: 'dW',
      status: 'failed',
      score: 0,
      maxScore: 1,
      message: '4 of 4 cases wrong',
      cases: [],
      gradientChecks: [],
      repro: 'grade --step dW',
      durationMs: 1,
      diagnoses: [
        { id: 'missing-1-over-m', message: 'dW is m times too large', hint: 'divide by m' },
        { id: 'divide-by-n', message: 'or by n', hint: 'm' },
      ],
    };
    const results = {
      schemaVersion: 1 as const,
      tool: { name: 'mlgrade', version: '0' },
      seed: 1,
      submission: 's',
      startedAt: '',
      durationMs: 0,
      score: 0,
      maxScore: 1,
      exercises: [{ id: 'ex', title: 'Ex', score: 0, maxScore: 1, steps: [step] }],
    };
    const lines = consoleReport(results, { color: false }).split('\n');
    const at = lines.findIndex((l) => l.startsWith('  ✗ dW'));
    expect(lines.slice(at + 1, at + 5)).toEqual([
      '      missing-1-over-m: dW is m times too large',
      '      divide-by-n: or by n',
      '      fix: divide by m',
      '      more: grade explain missing-1-over-m',
    ]);
  });
});
