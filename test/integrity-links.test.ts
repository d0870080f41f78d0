// Intake by real path (issue 13): a submission is graded from its real folder, and nothing a link
// leads to outside it is read — `exercises -> reference` would otherwise score full marks. A link
// out is refused with a message naming it while the rest is graded; a link inside is followed.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { gradeSubmission } from '../grader/engine/grade-submission.js';
import { EXERCISES } from '../grader/spec/index.js';
import { gradeCli, stepsOf } from './helpers/hostile.js';
import { linkedFixture } from './helpers/linked.js';
import { fixturesDir } from './helpers/submission.js';

const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));
const temp = (dir: string): string => (made.push(dir), dir);
const linkedExercises = path.join(fixturesDir, 'hostile', 'refused', 'linked-exercises');

const grade = (submission: string, onlyExercises: string[]) =>
  gradeSubmission({ submission, seed: 1234, exercises: EXERCISES, onlyExercises, sandbox: { maxCallMs: 5000 } });

describe('links in a submission', () => {
  it('a submission folder that is a link to the reference is refused, not graded', async () => {
    const out = temp(mkdtempSync(path.join(os.tmpdir(), 'mlgrade-links-')));
    const run = await gradeCli([
      '--submission',
      path.join(linkedExercises, 'exercises'),
      '--out-dir',
      out,
      '--exercise',
      'computation-graph',
    ]);
    expect(run.code, run.stderr).toBe(2);
    expect(run.stderr).toMatch(/linked-exercises\/exercises is a symbolic link: submit the folder itself/);
  });

  it('an upload holding only a link named exercises: no exercises, and the message says what was found', async () => {
    await expect(grade(linkedExercises, [])).rejects.toThrow(
      /no student files in .*linked-exercises: .*found exercises \(a symbolic link, not followed\)/,
    );
  });

  it('an exercise folder and a step file linked to the reference fail with a message; the rest is graded', async () => {
    const results = await grade(temp(linkedFixture('hostile/error/linked-out')), ['logistic-regression', 'shallow-network']);
    const steps = stepsOf(results);
    expect(steps.get('logistic-regression/sigmoid')?.status).toBe('error');
    expect(steps.get('logistic-regression/sigmoid')?.message).toMatch(/sigmoid\.ts is a symbolic link to something outside the submission/);
    for (const id of ['forward', 'backward', 'train']) {
      expect(steps.get(`shallow-network/${id}`)?.status).toBe('error');
      expect(steps.get(`shallow-network/${id}`)?.message).toMatch(/shallow-network is a symbolic link to something outside the submission/);
    }
    expect(steps.get('logistic-regression/dW')?.status).toBe('passed');
    expect(results.exercises.find((e) => e.id === 'shallow-network')?.score).toBe(0);
  });

  it('a step file linked to another file of the submission is graded', async () => {
    const results = await grade(temp(linkedFixture('pass/linked-inside')), ['logistic-regression']);
    expect(stepsOf(results).get('logistic-regression/predict')?.status).toBe('passed');
    expect(results.exercises.find((e) => e.id === 'logistic-regression')?.score).toBe(
      results.exercises.find((e) => e.id === 'logistic-regression')?.maxScore,
    );
  });
});
