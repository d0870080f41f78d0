// A plain `grade` reads the public seed's cases and expected values from dist/public-table.json:
// what it reports must be what live grading reports.
import { describe, expect, it } from 'vitest';
import { gradeSubmission } from '../grader/engine/grade-submission.js';
import { PUBLIC_SEED } from '../grader/engine/seeds.js';
import type { GradeResults } from '../grader/model/results.js';
import { publicTableExercises } from '../grader/oracle/public-table.js';
import { EXERCISES } from '../grader/spec/index.js';
import { tempFolders } from './helpers/temp.js';

const temp = tempFolders('mlgrade-table-');

/** Everything a student reads, without timings. */
const visible = (r: GradeResults) =>
  r.exercises.map((e) => ({
    id: e.id,
    score: e.score,
    steps: e.steps.map((s) => ({
      id: s.id,
      status: s.status,
      score: s.score,
      message: s.message,
      diagnoses: s.diagnoses,
      causedBy: s.causedBy,
      cases: s.cases.map((c) => ({ ...c, durationMs: 0, output: undefined })),
      gradientChecks: s.gradientChecks,
    })),
  }));

describe('the public table', () => {
  const table = publicTableExercises(EXERCISES, PUBLIC_SEED);

  it('is built with dist/ and matches the built-in exercises', () => {
    expect(table?.map((e) => e.id)).toEqual(EXERCISES.map((e) => e.id));
    expect(publicTableExercises(EXERCISES, PUBLIC_SEED + 1)).toBeUndefined();
  });

  it.each([
    'fail/wrong-shape',
    'diagnosed/missing-1-over-m-backward',
    'diagnosed/mutates-input',
    'fail/update-sign',
    'pass/loops-and-arrays',
  ])('grades %s exactly as live grading does', async (fixture) => {
    const submission = temp.fixture(fixture);
    const [live, precomputed] = await Promise.all([
      gradeSubmission({ submission, seed: PUBLIC_SEED, exercises: EXERCISES }),
      gradeSubmission({ submission, seed: PUBLIC_SEED, exercises: table ?? [] }),
    ]);
    expect(visible(precomputed)).toEqual(visible(live));
  });
});
