// Crashes blamed right (issue 13): a student process that dies of an error thrown after its call
// returned (a timer, an unhandled rejection, honest unawaited async) fails no other step: what was
// queued is replayed on a fresh process. Real student processes, real crashes.
import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { gradeSubmission } from '../grader/engine/grade-submission.js';
import type { GradeResults } from '../grader/model/results.js';
import { EXERCISES } from '../grader/spec/index.js';
import { leftoverChildren } from './helpers/hostile.js';
import { fixtureSubmission } from './helpers/submission.js';

const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

async function grade(fixture: string): Promise<GradeResults> {
  const submission = fixtureSubmission(fixture);
  made.push(submission);
  return gradeSubmission({ submission, seed: 1234, exercises: EXERCISES, sandbox: { maxCallMs: 5000 } });
}

const notPassed = (results: GradeResults): string[] =>
  results.exercises.flatMap((e) =>
    e.steps.filter((s) => s.status !== 'passed' && s.status !== 'skipped').map((s) => `${e.id}/${s.id}: ${s.message}`),
  );

describe('a student process that dies after replying', () => {
  it('a timer throwing 30 ms after db returned and a late unhandled rejection in dZ: every step passes', async () => {
    const results = await grade('hostile/pass/throws-after-return');
    expect(notPassed(results)).toEqual([]);
    expect(await leftoverChildren()).toEqual([]);
  });

  it('honest unawaited async code that rejects after a right answer passes, and so do its neighbours', async () => {
    expect(notPassed(await grade('pass/unawaited-async'))).toEqual([]);
  });
});
