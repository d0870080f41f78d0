// Teachers' authoring: `grade new-exercise` writes an exercise the grader loads and that passes
// `grade selftest` as written (reference at full marks, its mutant named as itself), and refuses what
// would lose a teacher's work; `grade explain --config` knows the ids of a teacher's own mutants.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { scaffoldExercise } from '../grader/commands/new-exercise.js';
import { loadTeacherExercise } from '../grader/config/teacher.js';
import { runSelftest } from '../grader/diagnosis/selftest/run.js';
import { verdictOf } from '../grader/diagnosis/selftest/table.js';
import { PUBLIC_SEED } from '../grader/engine/seeds.js';
import { assignmentFor } from '../grader/config/assignment.js';
import { explainText, knownIds } from '../grader/diagnosis/explain.js';
import { gradeCli } from './helpers/hostile.js';
import { repoRoot } from './helpers/submission.js';

const root = mkdtempSync(path.join(os.tmpdir(), 'mlgrade-new-exercise-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('grade new-exercise', () => {
  it('scaffolds an exercise that passes selftest as generated', async () => {
    const { folder, files } = scaffoldExercise('lin-reg', root);
    expect(files).toEqual(expect.arrayContaining(['exercise.ts', 'starter/README.md', 'mutants/index.ts', 'reference/forward.ts']));
    const exercise = await loadTeacherExercise(folder);
    expect(exercise.spec.steps.map((s) => [s.id, s.kind])).toEqual([['forward', 'forward'], ['backward', 'gradient']]);
    expect(exercise.spec.steps.find((s) => s.id === 'backward')?.gradientCheck).toBeDefined();
    const referenceDirs = new Map([['lin-reg', path.join(folder, 'reference')]]);
    const report = await runSelftest({ exercises: [exercise.spec], seed: PUBLIC_SEED, referenceDirs });
    expect(verdictOf(report).ok).toBe(true);
    expect(report.mutants.map((m) => [m.id, m.diagnosed[0]])).toEqual([['bias-missing', 'bias-missing']]);
    const starter = readFileSync(path.join(folder, 'starter', 'forward.ts'), 'utf8');
    expect(starter).toContain("throw new Error('not implemented yet: lin-reg/forward')");
  }, 60_000);

  it('refuses a folder that already holds the exercise, and a name that is not kebab-case', () => {
    expect(() => scaffoldExercise('lin-reg', root)).toThrow(/is not empty/);
    expect(() => scaffoldExercise('LinReg', root)).toThrow(/kebab-case/);
  });
});

describe('grade explain --config', () => {
  const config = path.join(repoRoot, 'extra', 'grade.config.json');

  it('explains a teacher\'s own id by its mutant\'s message and hint, and where it is looked for', async () => {
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
