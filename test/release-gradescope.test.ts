// What students see of hidden cases on each platform before publication: a step graded on hidden
// seeds is, on Gradescope, a visible test of its public cases (0 points: every point is a hidden
// one) and an `after_published` test of its hidden ones; PrairieLearn shows the score but per step
// only the public cases; JUnit shows the public cases only. No visible field carries a hidden
// count, score, input or message.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import type { CaseResult, GradeResults, StepResult } from '../grader/model/results.js';
import { gradescopeResults } from '../reports/gradescope.js';
import { junitXml } from '../reports/junit.js';
import { prairielearnResults } from '../reports/prairielearn.js';
import { repoRoot } from './helpers/submission.js';

const valid = new Ajv2020({ strict: false }).compile(
  JSON.parse(readFileSync(path.join(repoRoot, 'schema', 'gradescope-results.schema.json'), 'utf8')),
);

const publicCase = (name: string, status: CaseResult['status'], message = 'correct'): CaseResult => ({
  name,
  status,
  args: [{ name: 'X', summary: '(3, 7)' }],
  message,
  problems: [],
  durationMs: 1,
});
const hiddenCase = (i: number, status: CaseResult['status']): CaseResult => ({
  name: `hidden case ${i}`,
  status,
  args: [],
  message: status === 'passed' ? 'correct' : `wrong (${status})`,
  problems: [],
  durationMs: 0,
  hidden: true,
});

function results(step: StepResult): GradeResults {
  return {
    schemaVersion: 1,
    tool: { name: 'mlgrade', version: '0' },
    seed: 1234,
    submission: '/autograder/submission',
    startedAt: new Date(0).toISOString(),
    durationMs: 10,
    score: step.score,
    maxScore: step.maxScore,
    exercises: [{ id: 'tanh-network', title: 'Tanh', score: step.score, maxScore: step.maxScore, steps: [step] }],
  };
}

const base = {
  id: 'backward',
  maxScore: 2,
  diagnoses: [],
  gradientChecks: [],
  repro: 'grade --submission /autograder/submission --exercise tanh-network --step backward --seed 1234',
  durationMs: 5,
};
const HIDDEN_WORDS = /hidden|1\.5|0\.5/;

describe('Gradescope tests of a step with hidden cases', () => {
  it('right on the public cases, wrong on a hidden one: the visible test passes with 0 points, the hidden one has them all', () => {
    const cases = [publicCase('m=3', 'passed'), publicCase('m=5', 'passed'), hiddenCase(1, 'passed'), hiddenCase(2, 'failed')];
    const step: StepResult = {
      ...base,
      status: 'failed',
      score: 1,
      cases,
      message: 'all 2 public cases correct, but 1 of 2 hidden cases wrong: check your step on other shapes and values',
    };
    const out = gradescopeResults(results(step));
    expect(valid(out), JSON.stringify(valid.errors)).toBe(true);
    const [shown, hidden] = out.tests;
    expect(shown).toMatchObject({ name: 'Tanh: backward', status: 'passed', score: 0, max_score: 0, visibility: 'visible' });
    expect(shown.output).toMatch(/^PASSED: all 2 public cases correct/);
    expect(hidden).toMatchObject({
      name: 'Tanh: backward (hidden cases)',
      status: 'failed',
      score: 1,
      max_score: 2,
      visibility: 'after_published',
    });
    expect(hidden.output).toMatch(/^1 of 2 hidden cases passed \(1\/2: /);
    expect(out.score).toBe(1);
    expect(out.stdout_visibility).toBe('hidden');
    // the top output shows no score at all: every point is a hidden one
    expect(out.output).toMatch(
      new RegExp(
        /^Public cases: 1 of 1 steps right\. Your score comes from other cases, with other shapes and values: /.source +
          /it is shown when your teacher publishes the grades\.\n/.source,
      ),
    );
    expect(out.output).not.toMatch(/Score|\d+\/\d+/);
    expect(shown.output).not.toMatch(/hidden/);
  });

  it('wrong on a public case: the visible test says so from the public cases alone, with a repro the student can run', () => {
    const cases = [
      publicCase('m=3', 'failed', 'dW1 must be (4, 3)'),
      publicCase('m=5', 'passed'),
      hiddenCase(1, 'failed'),
      hiddenCase(2, 'failed'),
    ];
    const step: StepResult = { ...base, status: 'failed', score: 0, cases, message: '3 of 4 cases wrong; case m=3: dW1 must be (4, 3)' };
    const [shown, hidden] = gradescopeResults(results(step)).tests;
    expect(shown).toMatchObject({ status: 'failed', score: 0, max_score: 0 });
    expect(shown.output).toMatch(/^FAILED: 1 of 2 public cases wrong; case m=3: dW1 must be \(4, 3\)/);
    expect(shown.output).toMatch(/^Re-run: npx grade --exercise tanh-network --step backward$/m);
    expect(shown.output).not.toMatch(/hidden|autograder/);
    expect(hidden).toMatchObject({ score: 0, max_score: 2, status: 'failed' });
  });

  it('a step without hidden cases is one visible test, as before', () => {
    const step: StepResult = { ...base, status: 'passed', score: 2, cases: [publicCase('m=3', 'passed')], message: 'all 1 cases correct' };
    expect(gradescopeResults(results(step)).tests.map((t) => [t.name, t.visibility, t.score])).toEqual([['Tanh: backward', 'visible', 2]]);
  });
});

describe('PrairieLearn and JUnit with hidden cases', () => {
  const cases = [publicCase('m=3', 'passed'), hiddenCase(1, 'passed'), hiddenCase(2, 'failed'), hiddenCase(3, 'timeout')];
  const step: StepResult = {
    ...base,
    status: 'failed',
    score: 0.667,
    cases,
    message: 'all 1 public cases correct, but 2 of 3 hidden cases wrong: check your step on other shapes and values',
  };

  it('PrairieLearn: the score counts the hidden cases; per step, only the public ones, with no points', () => {
    const out = prairielearnResults(results(step));
    if (!out.gradable) throw new Error('not gradable');
    expect(out.score).toBeCloseTo(0.667 / 2, 4);
    const [shown, hidden] = out.tests;
    expect(shown).toMatchObject({ name: 'tanh-network/backward', points: 0, max_points: 0 });
    expect(JSON.stringify([shown, out.message, out.output])).not.toMatch(/hidden|of 3|wrong|Score/);
    expect(hidden).toMatchObject({ name: 'hidden-cases', points: 0.667, max_points: 2 });
    expect(hidden.message).not.toMatch(/\d/);
  });

  it('JUnit: the public cases only', () => {
    const xml = junitXml(results(step));
    expect(xml).toMatch(/<testcase name="backward"/);
    expect(xml).not.toMatch(HIDDEN_WORDS);
    expect(xml).not.toContain('<failure');
  });
});
