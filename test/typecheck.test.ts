// `grade --types`: TypeScript errors in the student's own .ts files, with file:line, as a note on
// the step — the score does not change, and .js files are not checked.
import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { gradeSubmission } from '../grader/engine/grade-submission.js';
import { EXERCISES } from '../grader/spec/index.js';
import { fixtureSubmission } from './helpers/submission.js';

const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe('type errors', () => {
  it("are a note on the step whose file has them, naming file and line; the step's grade is unchanged", async () => {
    const submission = fixtureSubmission('pass/type-error');
    made.push(submission);
    const spec = EXERCISES.filter((e) => e.id === 'computation-graph');
    const results = await gradeSubmission({ submission, seed: 1234, exercises: spec, typecheck: true });
    const [forward, backward] = results.exercises[0].steps;
    expect([forward.status, forward.score]).toEqual(['passed', forward.maxScore]);
    expect(forward.typeErrors).toEqual([
      expect.stringMatching(/^computation-graph\/forward\.ts:5:9 TS2322: Type 'string' is not assignable to type 'number'/),
    ]);
    // backward.js has a (JavaScript-legal) type mistake: not checked
    expect([backward.file, backward.status, backward.typeErrors]).toEqual(['computation-graph/backward.js', 'passed', undefined]);
  }, 120_000);
});
