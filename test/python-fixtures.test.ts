// Python fixture submissions graded by the real engine in a real Python process: each changed step
// gets its asserted status and message, and every untouched neighbour passes or names it as the cause.
import { existsSync, rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { gradeSubmission } from '../grader/engine/grade-submission.js';
import type { StepResult } from '../grader/model/results.js';
import { EXERCISES } from '../grader/spec/index.js';
import { pythonFixture } from './helpers/python.js';
import type { FixtureExpectation } from './helpers/submission.js';

interface Expectation extends FixtureExpectation {
  /** A shorter limit per call, and only these steps, for a fixture that times out on purpose. */
  maxCallMs?: number;
  onlySteps?: string[];
}

const diagnosisIds = (step: StepResult | undefined): string[] => step?.diagnoses.map((d) => d.id) ?? [];
const NOTEBOOK_FILE = '/tmp/mlgrade-python-notebook-was-here';
const OS_SYSTEM_FILE = '/tmp/mlgrade-python-os-system-was-here';
const STEP_FILE = '/tmp/mlgrade-python-step-wrote-here';
const SECRET = 'MLGRADE_PYTHON_TEST_SECRET';

const EXPECTATIONS: Expectation[] = [
  { fixture: 'pass/module', exercise: 'deep-network', check: (s) => expect(s.get('dZ')?.file).toBe('deep-network/deep_network.py') },
  {
    fixture: 'pass/notebook',
    exercise: 'logistic-regression',
    check: (s) => expect(s.get('db')?.file).toBe('logistic-regression/logistic-regression.ipynb'),
  },
  // the course's own checks miss this one: the relu layers' dW is off, the gradient check says which tensor
  {
    fixture: 'fail/relu-backward-sigmoid-derivative',
    exercise: 'deep-network',
    step: 'modelBackward',
    status: 'failed',
    message: /dW\d: \d+ of \d+ entries differ/,
    check: (s) => {
      expect(diagnosisIds(s.get('modelBackward'))).toContain('wrong-layer-derivative');
      expect(s.get('modelBackward')?.gradientChecks.some((g) => g.tensor === 'dW1' && g.against === 'own-forward' && !g.passed)).toBe(true);
    },
  },
  {
    fixture: 'fail/cost-returns-shape',
    exercise: 'deep-network',
    step: 'cost',
    status: 'failed',
    message: /tuple \(\).*shape, not a value/,
  },
  { fixture: 'fail/db-squeezed', exercise: 'deep-network', step: 'db', status: 'failed', message: /shape \(\d+,\).*keepdims/ },
  {
    fixture: 'fail/mutates-input',
    exercise: 'deep-network',
    step: 'update',
    status: 'failed',
    message: /changed its argument params in place/,
    check: (s) => {
      expect(diagnosisIds(s.get('update'))).toContain('mutates-input');
      expect(s.get('update')?.diagnoses.find((d) => d.id === 'mutates-input')?.hint).toMatch(/not W -= …/);
    },
  },
  {
    fixture: 'error/syntax',
    exercise: 'logistic-regression',
    step: 'db',
    status: 'error',
    message: /SyntaxError: .*logistic-regression\/db\.py:4/,
    check: (s) => expect(s.get('train')?.causedBy).toEqual(['db']),
  },
  { fixture: 'error/notebook-cell-syntax', exercise: 'logistic-regression', status: 'error', message: /cell 3, line 2/ },
  {
    fixture: 'error/np-random',
    exercise: 'shallow-network',
    step: 'initializeParameters',
    status: 'error',
    message: /np\.random\.randn is not allowed: use the seeded randn you are given/,
  },
  {
    fixture: 'missing/misnamed-function',
    exercise: 'deep-network',
    step: 'relu',
    status: 'missing',
    message: /^deep-network\/relu\.py does not define relu \(it defines: ReLU\)$/,
  },
  { fixture: 'error/sys-exit', exercise: 'deep-network', step: 'relu', status: 'error', message: /sys\.exit\(1\)/ },
  {
    fixture: 'timeout/infinite-loop',
    exercise: 'deep-network',
    step: 'dAPrev',
    status: 'timeout',
    message: /did not return within/,
    maxCallMs: 1000,
    onlySteps: ['dAPrev', 'dW'],
  },
  // top-level code of a notebook never runs: no file written, and the steps still pass
  {
    fixture: 'hostile/notebook-top-level-writes',
    exercise: 'logistic-regression',
    check: () => expect(existsSync(NOTEBOOK_FILE)).toBe(false),
  },
  {
    fixture: 'hostile/os-system',
    exercise: 'computation-graph',
    step: 'forward',
    status: 'error',
    message: /os\.system is not allowed/,
    check: () => expect(existsSync(OS_SYSTEM_FILE)).toBe(false),
  },
  {
    fixture: 'hostile/patches-numpy',
    exercise: 'deep-network',
    step: 'relu',
    status: 'error',
    message: /changed abs, dot: builtins and numpy are shared by every step/,
  },
  {
    fixture: 'hostile/writes-file-in-step',
    exercise: 'deep-network',
    step: 'relu',
    status: 'error',
    message: /writing files is not allowed/,
    check: () => expect(existsSync(STEP_FILE)).toBe(false),
  },
  { fixture: 'hostile/opens-socket', exercise: 'deep-network', step: 'relu', status: 'error', message: /socket\.\w+ is not allowed/ },
  // forged replies carry no nonce: ignored, the step's own (wrong) result is graded
  { fixture: 'hostile/forges-reply', exercise: 'deep-network', step: 'relu', status: 'failed', message: /differ/ },
  {
    fixture: 'pass/one-process',
    exercise: 'computation-graph',
    check: (s) => {
      const pids = ['forward', 'backward'].flatMap((id) => s.get(id)?.cases.map((c) => c.output) ?? []);
      expect(pids.length).toBeGreaterThan(2);
      pids.forEach((pid) => expect(pid).toMatch(/^pid \d+\n$/));
      expect(new Set(pids).size, pids.join()).toBe(1);
    },
  },
  // with the namespaces layer (where bubblewrap works, as in CI) the grader's folders are not there at all
  {
    fixture: 'hostile/lists-filesystem',
    exercise: 'computation-graph',
    check: (s) => {
      const seen = s.get('forward')?.cases[0]?.output ?? '';
      expect(seen).toMatch(/^ROOT \[/);
      if (sandboxLayers.includes('namespaces')) expect(seen).not.toMatch(/'(root|home|work|var|opt)'/);
    },
  },
  {
    fixture: 'hostile/reads-environment',
    exercise: 'computation-graph',
    check: (s) => expect(s.get('forward')?.cases[0]?.output).toMatch(/ENV \{\}/),
  },
];

const made: string[] = [];
/** The layers of the run being checked (set before each check). */
let sandboxLayers: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe('Python fixture submissions', () => {
  for (const e of EXPECTATIONS) {
    it(`${e.fixture}: ${e.step ?? (e.status ? 'every step' : 'passes')} ${e.status ?? ''}`, async () => {
      rmSync(NOTEBOOK_FILE, { force: true });
      [OS_SYSTEM_FILE, STEP_FILE].forEach((file) => rmSync(file, { force: true }));
      process.env[SECRET] = 'must not reach student code';
      const submission = pythonFixture(e.fixture);
      made.push(submission);
      const spec = EXERCISES.find((x) => x.id === e.exercise);
      if (!spec) throw new Error(`no exercise ${e.exercise}`);
      const limits = e.maxCallMs ? { sandbox: { maxCallMs: e.maxCallMs } } : {};
      const results = await gradeSubmission({ submission, seed: 1234, exercises: [spec], onlySteps: e.onlySteps, ...limits });
      delete process.env[SECRET];
      const steps = new Map(results.exercises[0].steps.map((s) => [s.id, s]));
      sandboxLayers = results.sandbox?.layers ?? [];
      expect(results.exercises[0].language).toBe('python');
      for (const [id, step] of steps) {
        if (e.status && !e.step) {
          // the whole file fails: every step of it, with the same located message
          expect(step.status, id).toBe(e.status);
          expect(step.message).toMatch(e.message ?? /./);
        } else if (id === e.step) {
          expect(step.status, step.message).toBe(e.status);
          expect(step.message).toMatch(e.message ?? /./);
          expect(step.score).toBeLessThan(step.maxScore);
        } else if (step.status !== 'passed' && step.status !== 'skipped') {
          // an untouched neighbour passes, or names the changed step as the cause of its failure
          expect(step.causedBy ?? [], `${id}: ${step.message}`).toContain(e.step);
        }
      }
      e.check?.(steps);
    });
  }
});
