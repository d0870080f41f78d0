// Scores do not depend on the machine's load nor on --time-limit for a submission that finishes: a
// memory bomb in one step, every other step right, graded by two `grade batch` runs at once (each
// loads the machine for the other), one at --time-limit 120 and one at 20. The time limits count the
// student process's own time (runner/process-clock.ts, runner/budget.ts), never the time it waited
// for a CPU, nor the time spent restarting it after the bomb.
import { readFileSync, renameSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import type { GradeResults, StepResult } from '../grader/model/results.js';
import { batch } from './helpers/batch.js';
import { fixtureSubmission } from './helpers/submission.js';
import { tempFolders } from './helpers/temp.js';

const temp = tempFolders('mlgrade-load-');
const BOMB = 'logistic-regression/predict';

function stepsOf(out: string): Map<string, StepResult> {
  const results = JSON.parse(readFileSync(path.join(out, 'students', 'alice', 'results.json'), 'utf8')) as GradeResults;
  return new Map(results.exercises.flatMap((e) => e.steps.map((s) => [`${e.id}/${s.id}`, s] as const)));
}

it('gives the same score per step at --time-limit 120 and 20, two batches at once', async () => {
  // a class of one: its folder holds the student's submission
  const classDir = temp();
  renameSync(fixtureSubmission('timeout/memory-bomb-one-step'), path.join(classDir, 'alice'));
  const outs = { long: temp(), short: temp() };
  const [long, short] = await Promise.all([
    batch([classDir, '--out-dir', outs.long, '--time-limit', '120', '--jobs', '1']),
    batch([classDir, '--out-dir', outs.short, '--time-limit', '20', '--jobs', '1']),
  ]);
  expect([long.code, short.code], long.stderr + short.stderr).toEqual([0, 0]);
  const [a, b] = [stepsOf(outs.long), stepsOf(outs.short)];
  const scores = (steps: typeof a): Record<string, number> => Object.fromEntries([...steps].map(([id, s]) => [id, s.score]));
  expect(scores(b)).toEqual(scores(a));
  for (const steps of [a, b]) {
    const bomb = steps.get(BOMB);
    expect(bomb).toMatchObject({ status: 'error', score: 0 });
    expect(bomb?.message).toMatch(/memory/);
    // one case used the process up; the others were not run again on fresh processes, one bomb each
    const [first, ...rest] = bomb?.cases ?? [];
    expect(first.message).toMatch(/memory/);
    expect(rest.map((c) => c.message)).toEqual(rest.map(() => 'not run: an earlier case of this step crashed the student process'));
    const others = [...steps].filter(([id]) => id !== BOMB).map(([id, s]) => [id, s.status]);
    expect(others).toEqual(others.map(([id]) => [id, 'passed']));
  }
}, 300_000);
