// Hostile submissions that try to hang, crash or starve the grader, or to pass by cheating with the
// values they return: each attack costs its own step, every other step is graded as usual.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { GradeResults } from '../grader/model/results.js';
import {
  changes,
  expectNoSecrets,
  expectSteps,
  gradeInProcess,
  guardedDirs,
  leftoverChildren,
  prepareHostileTargets,
  snapshot,
  SHORT_CALL_MS,
  validateResults,
  type StepExpectation,
} from './helpers/hostile.js';
import { tempFolders } from './helpers/temp.js';

const temp = tempFolders('mlgrade-adv-');
beforeAll(prepareHostileTargets);

const HANGS: StepExpectation[] = [
  { exercise: 'computation-graph', step: 'forward', status: 'error', message: /did not finish loading within \d+ ms/ },
  { exercise: 'computation-graph', step: 'backward', status: 'timeout', message: new RegExp(`did not return within ${SHORT_CALL_MS} ms`) },
  { exercise: 'logistic-regression', step: 'predict', status: 'timeout' },
  { exercise: 'logistic-regression', step: 'train', status: 'timeout', message: /promise that never resolves/ },
  // out of heap (V8 aborts the process) or out of time, whichever comes first
  { exercise: 'deep-network', step: 'predict', status: ['error', 'timeout'] },
  { exercise: 'deep-network', step: 'train', status: ['error', 'timeout'] },
  // buffers live outside the heap cap: the data-size limit makes the allocation fail
  { exercise: 'shallow-network', step: 'predict', status: ['error', 'timeout'] },
];

const CRASHES: StepExpectation[] = [
  { exercise: 'computation-graph', step: 'forward', status: 'error', message: /ForbiddenCall: process\.exit\(\) is not allowed in a step/ },
  {
    exercise: 'computation-graph',
    step: 'backward',
    status: 'error',
    message: /ForbiddenCall: process\.exit\(\) is not allowed in a step/,
  },
  { exercise: 'logistic-regression', step: 'predict', status: 'error', message: /the student process exited with code 0/ },
  {
    exercise: 'logistic-regression',
    step: 'train',
    status: 'error',
    message: /uncaught, later \(thrown in a timer or a promise this call started/,
  },
  { exercise: 'deep-network', step: 'predict', status: 'error', message: /SyntaxError: deep-network\/predict\.ts:2:\d+/ },
  { exercise: 'deep-network', step: 'train', status: 'error', message: /ForbiddenCall: process\.abort\(\) is not allowed/ },
  { exercise: 'shallow-network', step: 'predict', status: 'error', message: /RangeError: Maximum call stack size exceeded/ },
];

const VALUES: StepExpectation[] = [
  { exercise: 'computation-graph', step: 'forward', status: 'failed', message: /NaN|finite|Infinity/ },
  { exercise: 'computation-graph', step: 'backward', status: 'failed' },
  { exercise: 'logistic-regression', step: 'predict', status: 'failed' },
  { exercise: 'logistic-regression', step: 'train', status: 'error', message: /gotcha/ },
  // intrinsics and ml-matrix are frozen (Array.prototype is put back, and the file blamed): the
  // tampering changes nothing for the other steps
  { exercise: 'deep-network', step: 'predict', status: 'error', message: /ChangedBuiltin: changed Array\.prototype\.every/ },
  { exercise: 'deep-network', step: 'train', status: 'failed' },
  { exercise: 'shallow-network', step: 'predict', status: ['failed', 'error'] },
];

const BUILTINS: StepExpectation[] = [
  // the change is undone, and the file that made it fails to load, saying what it changed
  {
    exercise: 'logistic-regression',
    step: 'predict',
    status: 'error',
    message: /ChangedBuiltin: changed Array\.prototype\.map: built-ins are shared by every step/,
  },
  {
    exercise: 'shallow-network',
    step: 'predict',
    status: 'error',
    message: /ChangedBuiltin: changed Array\.prototype\.sum, Float64Array\.prototype\.fill/,
  },
  // changed from a timer, after its own call: undone before the next request
  { exercise: 'deep-network', step: 'predict', status: 'failed' },
];

async function gradeHostile(fixture: string): Promise<GradeResults> {
  const submission = temp.fixture(fixture);
  const out = temp();
  const before = snapshot(guardedDirs(submission));
  const heapBefore = process.memoryUsage().rss;
  const { results, resultsFile } = await gradeInProcess(submission, out);
  expect(validateResults(JSON.parse(readFileSync(resultsFile, 'utf8'))), JSON.stringify(validateResults.errors)).toBe(true);
  expect(changes(before, snapshot(guardedDirs(submission)))).toEqual([]);
  expect(await leftoverChildren()).toEqual([]);
  expectNoSecrets(JSON.stringify(results));
  // the grader itself did not take the memory the bombs asked for
  expect(process.memoryUsage().rss - heapBefore).toBeLessThan(512 * 1024 * 1024);
  expect(Math.abs(-2)).toBe(2);
  return results;
}

describe('hostile submissions that hang or starve', () => {
  // each loop ends after its limit in the process's own time (runner/process-clock.ts): on a busy machine, longer in wall time
  it('time out or fail in their own steps only', { timeout: 180_000 }, async () => {
    expectSteps(await gradeHostile('hostile/timeout/hang'), HANGS);
  });
});

describe('hostile submissions that crash', () => {
  it('fail in their own steps only, with what happened', async () => {
    expectSteps(await gradeHostile('hostile/error/crash'), CRASHES);
  });
});

describe('hostile changes to the built-ins', () => {
  it('are undone before the next step, and fail the step that made them', async () => {
    expectSteps(await gradeHostile('hostile/error/builtins'), BUILTINS);
  });
});

describe('hostile values', () => {
  it('never pass: the comparison runs in the grader, on plain data, with its own Math', async () => {
    expectSteps(await gradeHostile('hostile/fail/values'), VALUES);
  });
});
