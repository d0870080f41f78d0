// Teachers' authoring: `grade new-exercise` writes an exercise the grader loads and that passes
// `grade selftest` as written (reference at full marks, its mutant named as itself), and refuses what
// would lose a teacher's work; `grade explain --config` knows the ids of a teacher's own mutants.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { scaffoldExercise } from '../grader/commands/new-exercise.js';
import { loadTeacherExercise } from '../grader/config/teacher.js';
import { runSelftest, type SelftestReport } from '../grader/selftest/run.js';
import { tooFewCases } from '../grader/selftest/case-count.js';
import { selftestText, verdictOf } from '../grader/selftest/table.js';
import { EXERCISES } from '../grader/spec/index.js';
import type { ExerciseSpec, StepSpec } from '../grader/spec/types.js';
import { PUBLIC_SEED } from '../grader/engine/seeds.js';
import { assignmentFor } from '../grader/config/assignment.js';
import { explainText, knownIds } from '../grader/diagnosis/explain.js';
import { gradeCli } from './helpers/hostile.js';
import { repoRoot } from './helpers/submission.js';

let scaffolded: ExerciseSpec;
let scaffoldReport: SelftestReport;
const root = mkdtempSync(path.join(os.tmpdir(), 'mlgrade-new-exercise-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('grade new-exercise', () => {
  it('scaffolds an exercise that passes selftest as generated', async () => {
    const { folder, files } = scaffoldExercise('lin-reg', root);
    expect(files).toEqual(expect.arrayContaining(['exercise.ts', 'starter/README.md', 'mutants/index.ts', 'reference/forward.ts']));
    const exercise = await loadTeacherExercise(folder);
    expect(exercise.spec.steps.map((s) => [s.id, s.kind])).toEqual([
      ['forward', 'forward'],
      ['backward', 'gradient'],
    ]);
    expect(exercise.spec.steps.find((s) => s.id === 'backward')?.gradientCheck).toBeDefined();
    const referenceDirs = new Map([['lin-reg', path.join(folder, 'reference')]]);
    const report = await runSelftest({ exercises: [exercise.spec], seed: PUBLIC_SEED, referenceDirs });
    expect(verdictOf(report).ok).toBe(true);
    expect(report.mutants.map((m) => [m.id, m.diagnosed[0]])).toEqual([['bias-missing', 'bias-missing']]);
    const starter = readFileSync(path.join(folder, 'starter', 'forward.ts'), 'utf8');
    expect(starter).toContain("throw new Error('not implemented yet: lin-reg/forward')");
    expect(report.tooFewCases).toEqual([]);
    [scaffolded, scaffoldReport] = [exercise.spec, report];
  }, 60_000);

  it('selftest refuses the same exercise with two cases in a step, naming the step and the reason', () => {
    const two = (s: StepSpec): StepSpec => (s.id === 'forward' ? { ...s, cases: (rng) => s.cases(rng).slice(0, 2) } : s);
    const refused = { ...scaffoldReport, tooFewCases: tooFewCases([{ ...scaffolded, steps: scaffolded.steps.map(two) }], PUBLIC_SEED) };
    expect(refused.tooFewCases).toEqual([
      expect.stringMatching(/^lin-reg\/forward has 2 cases; a step needs at least 3 .*match the reference by chance/),
    ]);
    expect(verdictOf(refused).ok).toBe(false);
    expect(selftestText(refused)).toMatch(/Steps with too few cases:\n {2}lin-reg\/forward has 2 cases[\s\S]*selftest FAILED/);
  });

  it('finds at least 3 cases in every step of the built-in exercises', () => {
    expect(tooFewCases(EXERCISES, PUBLIC_SEED)).toEqual([]);
  });

  it('refuses a folder that already holds the exercise, and a name that is not kebab-case', () => {
    expect(() => scaffoldExercise('lin-reg', root)).toThrow(/is not empty/);
    expect(() => scaffoldExercise('LinReg', root)).toThrow(/kebab-case/);
  });
});

describe('grade explain --config', () => {
  const config = path.join(repoRoot, 'extra', 'grade.config.json');

  it("explains a teacher's own id by its mutant's message and hint, and where it is looked for", async () => {
    const { exercises } = await assignmentFor({ config });
    expect(knownIds(exercises)).toContain('tanh-derivative');
    const text = explainText('tanh-derivative', exercises) as string;
    expect(text).toContain('tanh, whose slope is 1 − A1²');
    expect(text).toContain('Fix:            Replace A1 ⊙ (1 − A1) by 1 − A1 ⊙ A1 in dZ1.');
    expect(text).toContain('Looked for in:  tanh-network/backward');
    expect(explainText('tanh-derivative')).toBeUndefined();
  });

  it('is what the command prints; without the configuration the id is unknown and the error says to pass it', async () => {
    const run = await gradeCli(['explain', 'tanh-derivative', '--config', config]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^tanh-derivative — tanh-derivative/);
    const without = await gradeCli(['explain', 'tanh-derivative']);
    expect(without.code).toBe(2);
    expect(without.stderr).toContain('pass --config grade.config.json or --exercises-dir DIR');
  }, 60_000);
});
