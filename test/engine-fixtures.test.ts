// Fixture submissions graded by the real engine (real student processes): each changed step gets
// its asserted status and message, and every untouched neighbour passes or names it as the cause.
import { describe, expect, it } from 'vitest';
import { gradeSubmission } from '../grader/engine/grade-submission.js';
import { EXERCISES } from '../grader/spec/index.js';
import type { FixtureExpectation } from './helpers/submission.js';
import { tempFolders } from './helpers/temp.js';

type Expectation = FixtureExpectation;

const EXPECTATIONS: Expectation[] = [
  { fixture: 'pass/loops-and-arrays', exercise: 'logistic-regression' },
  {
    fixture: 'pass/single-index-js',
    exercise: 'computation-graph',
    check: (s) => expect(s.get('forward')?.file).toBe('computation-graph/index.js'),
  },
  // the built-ins are frozen in the student process: everyday JavaScript must still work there
  {
    fixture: 'pass/everyday-javascript',
    exercise: 'computation-graph',
    check: (s) => expect([...s.values()].every((step) => step.status === 'passed')).toBe(true),
  },
  { fixture: 'fail/missing-1-over-m', exercise: 'deep-network', step: 'dW', status: 'failed', message: /entries differ/ },
  {
    fixture: 'fail/cost-sign',
    exercise: 'logistic-regression',
    step: 'cost',
    status: 'failed',
    message: /cost: expected [\d.]+, yours -[\d.]+/,
  },
  { fixture: 'fail/update-sign', exercise: 'shallow-network', step: 'update', status: 'failed', message: /W1.*differ/ },
  { fixture: 'fail/backward-missing-chain-factor', exercise: 'computation-graph', step: 'backward', status: 'failed', message: /dJdb/ },
  {
    fixture: 'error/syntax',
    exercise: 'logistic-regression',
    step: 'sigmoid',
    status: 'error',
    message: /logistic-regression\/sigmoid\.ts:4:\d+/,
    check: (s) => expect(s.get('forward')?.causedBy).toEqual(['sigmoid']),
  },
  {
    fixture: 'missing/misnamed-export',
    exercise: 'logistic-regression',
    step: 'dZ',
    status: 'missing',
    message: /does not export dZ \(it exports: dz\)/,
  },
  {
    fixture: 'error/throws',
    exercise: 'deep-network',
    step: 'relu',
    status: 'error',
    message: /TypeError: .*deep-network\/relu\.ts:5:\d+/,
  },
  {
    fixture: 'error/throws-at-import',
    exercise: 'logistic-regression',
    step: 'db',
    status: 'error',
    message: /TypeError: .*logistic-regression\/db\.ts:3:\d+/,
  },
  { fixture: 'fail/nan', exercise: 'logistic-regression', step: 'cost', status: 'failed', message: /NaN/ },
  {
    fixture: 'fail/undefined',
    exercise: 'deep-network',
    step: 'db',
    status: 'failed',
    message: /must be a \(n\^\[l\], 1\) = \(\d+, 1\) matrix; yours is undefined/,
  },
  {
    fixture: 'fail/wrong-shape',
    exercise: 'logistic-regression',
    step: 'dW',
    status: 'failed',
    message: /must be \(n_x, 1\) = \(\d+, 1\); yours is \(1, \d+\)/,
    // the error inside ml-matrix is located in the student's own file that called it
    check: (s) => expect(s.get('train')?.message).toMatch(/logistic-regression\/update\.ts:\d+:\d+/),
  },
  {
    fixture: 'fail/mutates-input',
    exercise: 'logistic-regression',
    step: 'dZ',
    status: 'failed',
    message: /changed its argument A in place/,
    check: (s) => expect(s.get('dZ')?.diagnoses.map((d) => d.id)).toContain('mutates-input'),
  },
  { fixture: 'timeout/infinite-loop', exercise: 'deep-network', step: 'dAPrev', status: 'timeout', message: /did not return within/ },
];

const temp = tempFolders('mlgrade-fixture-');

// a loop ends after its limit in the process's own time (runner/process-clock.ts): on a busy machine, longer in wall time
const timeoutOf = (e: Expectation): number | undefined => (e.status === 'timeout' ? 180_000 : undefined);

describe('fixture submissions', () => {
  for (const e of EXPECTATIONS) {
    it(`${e.fixture}: ${e.step ?? 'every step'} ${e.status ?? 'passes'}`, { timeout: timeoutOf(e) }, async () => {
      const submission = temp.fixture(e.fixture);
      const spec = EXERCISES.find((x) => x.id === e.exercise);
      if (!spec) throw new Error(`no exercise ${e.exercise}`);
      const results = await gradeSubmission({ submission, seed: 1234, exercises: [spec] });
      const steps = new Map(results.exercises[0].steps.map((s) => [s.id, s]));
      if (e.step) {
        const step = steps.get(e.step);
        expect(step?.status, step?.message).toBe(e.status);
        expect(step?.message).toMatch(e.message ?? /./);
        expect(step?.score).toBeLessThan(step?.maxScore ?? 0);
      }
      for (const [id, step] of steps) {
        if (id === e.step) continue;
        // an untouched neighbour passes, or names the changed step as the cause of its failure
        if (step.status !== 'passed') expect(step.causedBy ?? [], `${id}: ${step.message}`).toContain(e.step);
      }
      e.check?.(steps);
    });
  }
});
