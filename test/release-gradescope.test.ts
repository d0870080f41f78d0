// Gradescope's visibility of hidden cases: a step graded on hidden seeds is a visible test of its
// public cases and an `after_published` test of its hidden ones, which says how many passed and
// nothing else; what is visible at once never speaks of them.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import type { CaseResult, GradeResults, StepResult } from '../grader/model/results.js';
import { gradescopeResults } from '../reports/gradescope.js';
import { repoRoot } from './helpers/submission.js';

const valid = new Ajv2020({ strict: false }).compile(JSON.parse(readFileSync(path.join(repoRoot, 'schema', 'gradescope-results.schema.json'), 'utf8')));

const publicCase = (name: string, status: CaseResult['status'], message = 'correct'): CaseResult =>
  ({ name, status, args: [{ name: 'X', summary: '(3, 7)' }], message, problems: [], durationMs: 1 });
const hiddenCase = (i: number, status: CaseResult['status']): CaseResult =>
  ({ name: `hidden case ${i}`, status, args: [], message: status === 'passed' ? 'correct' : `wrong (${status})`, problems: [], durationMs: 0, hidden: true });

function results(step: StepResult): GradeResults {
  return {
    schemaVersion: 1, tool: { name: 'mlgrade', version: '0' }, seed: 1234, submission: '/s', startedAt: new Date(0).toISOString(), durationMs: 10,
    score: step.score, maxScore: step.maxScore, exercises: [{ id: 'tanh-network', title: 'Tanh', score: step.score, maxScore: step.maxScore, steps: [step] }],
  };
}

const base = { id: 'backward', maxScore: 2, diagnoses: [], gradientChecks: [], repro: 'grade --exercise tanh-network --step backward --seed 1234', durationMs: 5 };

describe('Gradescope tests of a step with hidden cases', () => {
  it('right on the public cases, wrong on a hidden one: the visible test passes, the hidden one says how many passed', () => {
    const cases = [publicCase('m=3', 'passed'), publicCase('m=5', 'passed'), hiddenCase(1, 'passed'), hiddenCase(2, 'failed')];
    const step: StepResult = { ...base, status: 'failed', score: 1.5, cases, message: 'all 2 public cases correct, but 1 of 2 hidden cases wrong: check your step on other shapes and values' };
    const out = gradescopeResults(results(step));
    expect(valid(out), JSON.stringify(valid.errors)).toBe(true);
    const [shown, hidden] = out.tests;
    expect(shown).toMatchObject({ name: 'Tanh: backward', status: 'passed', score: 1, max_score: 1, visibility: 'visible' });
    expect(shown.output).toMatch(/^PASSED: all 2 public cases correct/);
    expect(hidden).toMatchObject({ name: 'Tanh: backward (hidden cases)', status: 'failed', score: 0.5, max_score: 1, visibility: 'after_published' });
    expect(hidden.output).toMatch(/^1 of 2 hidden cases passed \(0\.5\/1\)\. Which inputs they use is not shown/);
    expect(out.score).toBe(1.5);
    for (const text of [shown.output, out.output]) expect(text).not.toMatch(/hidden/);
  });

  it('wrong on a public case: the visible test says so from the public cases alone', () => {
    const cases = [publicCase('m=3', 'failed', 'dW1 must be (4, 3)'), publicCase('m=5', 'passed'), hiddenCase(1, 'failed'), hiddenCase(2, 'failed')];
    const step: StepResult = { ...base, status: 'failed', score: 0.5, cases, message: '3 of 4 cases wrong; case m=3: dW1 must be (4, 3)' };
    const [shown, hidden] = gradescopeResults(results(step)).tests;
    expect(shown).toMatchObject({ status: 'failed', score: 0.5, max_score: 1 });
    expect(shown.output).toMatch(/^FAILED: 1 of 2 public cases wrong; case m=3: dW1 must be \(4, 3\)/);
    expect(shown.output).not.toMatch(/hidden/);
    expect(hidden).toMatchObject({ score: 0, max_score: 1, status: 'failed' });
  });

  it('a step without hidden cases is one visible test, as before', () => {
    const step: StepResult = { ...base, status: 'passed', score: 2, cases: [publicCase('m=3', 'passed')], message: 'all 1 cases correct' };
    expect(gradescopeResults(results(step)).tests.map((t) => [t.name, t.visibility, t.score])).toEqual([['Tanh: backward', 'visible', 2]]);
  });
});
