// The submission's time limit blames the right step: a step that loops forever under a short
// whole-submission limit (shorter than the per-call one) is the one that timed out; the steps that
// never started are `not-run`, scored 0, naming it; the steps graded before it keep their score.
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { afterAll, expect, it } from 'vitest';
import { gradeSubmission } from '../grader/engine/grade-submission.js';
import { EXERCISES } from '../grader/spec/index.js';
import type { ExerciseSpec } from '../grader/spec/types.js';
import { fixtureSubmission, repoRoot } from './helpers/submission.js';

const submission = fixtureSubmission('timeout/submission-time-in-cost');
afterAll(() => rmSync(submission, { recursive: true, force: true }));

// CPU time (runner/budget.ts): far more than the steps before cost use, whatever the machine's load;
// far below cost's per-call limit, which a teacher may set per step (as train's is): so the
// submission's limit, not the call's, ends cost
const SUBMISSION_LIMIT_MS = 4000;
const CALL_LIMIT_MS = 600_000;

it('marks the steps after the looping one not-run, naming it, and keeps the earlier ones', async () => {
  const logistic = EXERCISES.find((e) => e.id === 'logistic-regression') as ExerciseSpec;
  const exercise = { ...logistic, steps: logistic.steps.map((s) => (s.id === 'cost' ? { ...s, timeoutMs: CALL_LIMIT_MS } : s)) };
  const results = await gradeSubmission({ submission, seed: 1234, exercises: [exercise], submissionLimitMs: SUBMISSION_LIMIT_MS });
  const steps = results.exercises[0].steps;
  const status = Object.fromEntries(steps.map((s) => [s.id, s.status]));
  expect(status).toEqual({
    sigmoid: 'passed',
    initializeWithZeros: 'passed',
    forward: 'passed',
    cost: 'timeout',
    dZ: 'not-run',
    dW: 'not-run',
    db: 'not-run',
    update: 'not-run',
    predict: 'not-run',
    train: 'not-run',
  });
  for (const step of steps.filter((s) => s.status === 'not-run')) {
    expect(step).toMatchObject({
      score: 0,
      ranOutIn: 'logistic-regression/cost',
      message: 'not run: the submission ran out of time in `logistic-regression/cost`',
    });
  }
  const schema = JSON.parse(readFileSync(path.join(repoRoot, 'schema', 'results.schema.json'), 'utf8'));
  const validate = new Ajv2020({ allErrors: true, strict: true }).compile(schema);
  expect(validate(JSON.parse(JSON.stringify(results))), JSON.stringify(validate.errors)).toBe(true);
  expect(steps.find((s) => s.id === 'cost')?.message).toMatch(new RegExp(`within ${SUBMISSION_LIMIT_MS} ms`));
}, 60_000);
