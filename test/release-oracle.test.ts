// The oracle seam: grading from a precomputed table (what a student bundle does) gives the results
// the live engine gives, diagnoses included, on a submission with known mistakes.
import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { gradeSubmission } from '../grader/engine/grade-submission.js';
import { PUBLIC_SEED } from '../grader/engine/seeds.js';
import type { GradeResults } from '../grader/model/results.js';
import { buildTable } from '../grader/release/table-build.js';
import { tableExercises } from '../grader/oracle/table-oracle.js';
import { EXERCISES } from '../grader/spec/index.js';
import { fixtureSubmission } from './helpers/submission.js';

const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** What must agree: every step's status, score, message, diagnoses and gradient checks. */
function summary(results: GradeResults) {
  return results.exercises.flatMap((e) =>
    e.steps.map((s) => ({
      step: `${e.id}/${s.id}`,
      status: s.status,
      score: s.score,
      message: s.message,
      diagnoses: s.diagnoses.map((d) => d.id),
      checks: s.gradientChecks.map((g) => [g.tensor, g.against, g.passed]),
      cases: s.cases.map((c) => [c.name, c.status]),
    })),
  );
}

describe('the table oracle', () => {
  it('grades like the live engine, and its table is plain JSON', async () => {
    const exercises = EXERCISES;
    const { table } = buildTable(exercises, PUBLIC_SEED);
    const fromJson = tableExercises(JSON.parse(JSON.stringify(table)));
    const submission = fixtureSubmission('diagnosed/sigmoid-derivative-of-z-backward');
    made.push(submission);
    const [live, tabled] = await Promise.all([
      gradeSubmission({ submission, seed: PUBLIC_SEED, exercises }),
      gradeSubmission({ submission, seed: PUBLIC_SEED, exercises: fromJson }),
    ]);
    expect(summary(tabled)).toEqual(summary(live));
    // the mistake, and train through it; everything else passes
    expect(
      summary(tabled)
        .filter((s) => s.status !== 'passed')
        .map((s) => s.step),
    ).toEqual(['shallow-network/backward', 'shallow-network/train']);
    const backward = tabled.exercises.find((e) => e.id === 'shallow-network')?.steps.find((s) => s.id === 'backward');
    expect(backward?.diagnoses.map((d) => d.id)).toContain('sigmoid-derivative-of-z');
    expect(backward?.gradientChecks.some((g) => g.against === 'own-forward')).toBe(true);
  });
});
