// Issue 14's facts: when a step fails and no misconception is proven, the grader says what it
// measured — a constant ratio received/expected, the expected values in column order, the only
// tensor that is wrong — and names nothing. Graded by the real engine on fail/fact-* fixtures.
import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { diagnose, type DiagnosisInput, type Rule } from '../grader/diagnosis/index.js';
import { FACT_IDS } from '../grader/diagnosis/finding.js';
import { gradeSubmission } from '../grader/engine/grade-submission.js';
import type { GradeResults, StepResult } from '../grader/model/results.js';
import { EXERCISES } from '../grader/spec/index.js';
import { consoleReport } from '../reports/console.js';
import { fixtureSubmission } from './helpers/submission.js';

const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

async function gradedRun(fixture: string, exercise: string, step: string): Promise<GradeResults> {
  const submission = fixtureSubmission(`fail/${fixture}`);
  made.push(submission);
  const exercises = EXERCISES.filter((e) => e.id === exercise);
  return gradeSubmission({ submission, seed: 1234, exercises, onlySteps: [step] });
}

const graded = async (fixture: string, exercise: string, step: string): Promise<StepResult> =>
  (await gradedRun(fixture, exercise, step)).exercises[0].steps.find((s) => s.id === step) as StepResult;

const FACTS: [fixture: string, exercise: string, step: string, facts: [string, string][]][] = [
  [
    'fact-ratio-half',
    'logistic-regression',
    'dW',
    [['fact-ratio', 'every entry of your dW is 0.5 times the expected one on every wrong case']],
  ],
  [
    'fact-column-order-sigmoid',
    'logistic-regression',
    'sigmoid',
    [
      [
        'fact-column-order',
        'your sigmoid holds the expected values in column order: the expected ' +
          'first column, top to bottom, is your first row, left to right',
      ],
    ],
  ],
  ['fact-only-in-db2', 'shallow-network', 'backward', [['fact-only-in', 'only in db2: dW1, db1 and dW2 are right on every case']]],
];

describe('facts when nothing is named', () => {
  it.concurrent.each(FACTS)('fail/%s', async (fixture, exercise, step, facts) => {
    const result = await graded(fixture, exercise, step);
    expect(result.status).toBe('failed');
    const stated = result.diagnoses.map((d) => [d.id, d.message]).filter(([id]) => id.startsWith('fact-'));
    expect(stated).toEqual(facts);
    expect(result.diagnoses.every((d) => FACT_IDS.includes(d.id))).toBe(true);
  });

  it("are shown in the console as facts, with no id and no `grade explain` (the gradient check's fact comes first here)", async () => {
    const text = consoleReport(await gradedRun('fact-only-in-db2', 'shallow-network', 'backward'), { color: false });
    expect(text).toContain('fact: only in db2: dW1, db1 and dW2 are right on every case');
    expect(text).not.toContain('grade explain fact');
    // first, a fact's hint is what to look at, with nothing to explain
    const ratio = consoleReport(await gradedRun('fact-ratio-half', 'logistic-regression', 'dW'), { color: false });
    expect(ratio).toContain(
      '      fact: every entry of your dW is 0.5 times the expected one on every wrong case\n' +
        "      look: Which factor of the formula gives this constant? Compare it with the case's sizes (m, n).\n",
    );
    expect(ratio).not.toContain('more: grade explain');
  });

  it('are left out when a misconception is named', () => {
    const fact: Rule = () => [{ id: 'fact-ratio', message: 'a ratio', hint: '', rank: 0 }];
    const named: Rule = () => [{ id: 'missing-1-over-m', message: 'named', hint: 'fix', rank: 0 }];
    const input = {} as DiagnosisInput;
    expect(diagnose(input, [fact]).map((d) => d.id)).toEqual(['fact-ratio']);
    expect(diagnose(input, [fact, named]).map((d) => d.id)).toEqual(['missing-1-over-m']);
  });
});
