// `grade new-exercise`: the scaffold, as written, is an exercise the grader loads and that passes
// `grade selftest` (reference at full marks, its mutant named as itself); and the command refuses
// what would lose a teacher's work.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { scaffoldExercise } from '../grader/commands/new-exercise.js';
import { loadTeacherExercise } from '../grader/config/teacher.js';
import { runSelftest } from '../grader/diagnosis/selftest/run.js';
import { verdictOf } from '../grader/diagnosis/selftest/table.js';
import { PUBLIC_SEED } from '../grader/engine/seeds.js';

const root = mkdtempSync(path.join(os.tmpdir(), 'mlgrade-new-exercise-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('grade new-exercise', () => {
  it('scaffolds an exercise that passes selftest as generated', async () => {
    const { folder, files } = scaffoldExercise('lin-reg', root);
    expect(files).toEqual(expect.arrayContaining(['exercise.ts', 'starter/README.md', 'mutants/index.ts', 'reference/forward.ts']));
    const exercise = await loadTeacherExercise(folder);
    expect(exercise.spec.steps.map((s) => [s.id, s.kind])).toEqual([['forward', 'forward'], ['backward', 'gradient']]);
    expect(exercise.spec.steps.find((s) => s.id === 'backward')?.gradientCheck).toBeDefined();
    const report = await runSelftest({ exercises: [exercise.spec], seed: PUBLIC_SEED, referenceDirs: new Map([['lin-reg', path.join(folder, 'reference')]]) });
    expect(verdictOf(report).ok).toBe(true);
    expect(report.mutants.map((m) => [m.id, m.diagnosed[0]])).toEqual([['bias-missing', 'bias-missing']]);
    expect(readFileSync(path.join(folder, 'starter', 'forward.ts'), 'utf8')).toContain("throw new Error('not implemented yet: lin-reg/forward')");
  }, 60_000);

  it('refuses a folder that already holds the exercise, and a name that is not kebab-case', () => {
    expect(() => scaffoldExercise('lin-reg', root)).toThrow(/is not empty/);
    expect(() => scaffoldExercise('LinReg', root)).toThrow(/kebab-case/);
  });
});
