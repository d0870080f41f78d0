// The worked example of docs/teachers.md: extra/tanh-network, written only through the teachers'
// format and loaded through a configuration, grades its own reference at full marks, reports its
// starters as not started, and names its mutants' mistakes.
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assignmentFor, type Assignment } from '../grader/config/assignment.js';
import { gradeSubmission } from '../grader/engine/grade-submission.js';
import type { ExerciseResult } from '../grader/model/results.js';
import { repoRoot } from './helpers/submission.js';

const example = path.join(repoRoot, 'extra', 'tanh-network');
const made: string[] = [];
let assignment: Assignment;

beforeAll(async () => {
  assignment = await assignmentFor({ config: path.join(repoRoot, 'extra', 'grade.config.json') });
});
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A submission holding only tanh-network: its reference, with files of mutants/ laid over it. */
function submission(overlays: Record<string, string> = {}, from = 'reference'): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'mlgrade-tanh-'));
  made.push(dir);
  mkdirSync(path.join(dir, 'tanh-network'));
  cpSync(path.join(example, from), path.join(dir, 'tanh-network'), { recursive: true });
  for (const [step, mutant] of Object.entries(overlays)) cpSync(path.join(example, 'mutants', mutant), path.join(dir, 'tanh-network', `${step}.ts`));
  return dir;
}

async function graded(dir: string): Promise<ExerciseResult> {
  const tanh = assignment.exercises.filter((e) => e.id === 'tanh-network');
  const results = await gradeSubmission({ submission: dir, seed: 1234, exercises: tanh });
  return results.exercises[0];
}

describe('the teachers\' worked example, tanh-network', () => {
  it('is loaded from the configuration after the built-in exercises, with its folder', () => {
    expect(assignment.exercises.map((e) => e.id)).toEqual(['computation-graph', 'logistic-regression', 'shallow-network', 'deep-network', 'tanh-network']);
    expect(assignment.teacher).toEqual([{ id: 'tanh-network', dir: example }]);
  });

  it('grades its reference at full marks, gradient checks included', async () => {
    const result = await graded(submission());
    expect(result.steps.map((s) => [s.id, s.status])).toEqual([['forward', 'passed'], ['cost', 'passed'], ['backward', 'passed'], ['predict', 'passed']]);
    expect(result.score).toBe(5);
    const checks = result.steps.find((s) => s.id === 'backward')?.gradientChecks ?? [];
    expect(checks.length).toBeGreaterThanOrEqual(8);
    expect(checks.every((c) => c.passed)).toBe(true);
  });

  it('reports its starters as not started', async () => {
    const result = await graded(submission({}, 'starter'));
    expect(result.steps.every((s) => s.status === 'missing' && /not implemented yet/.test(s.message))).toBe(true);
  });

  it('names the mistake of each mutant, in the mutant\'s own words', async () => {
    const result = await graded(submission({ backward: 'backward/tanh-derivative.ts', forward: 'forward/sigmoid-hidden.ts', cost: 'cost/cost-sign.ts' }));
    const step = (id: string) => result.steps.find((s) => s.id === id);
    expect(step('backward')?.status).toBe('failed');
    expect(step('backward')?.diagnoses[0]).toMatchObject({ id: 'tanh-derivative', hint: expect.stringContaining('1 − A1 ⊙ A1') });
    expect(step('forward')?.diagnoses[0]?.id).toBe('wrong-activation');
    expect(step('cost')?.diagnoses[0]?.id).toBe('cost-sign');
    // the catalogue's ids get the catalogue's words
    const summed = await graded(submission({ backward: 'backward/missing-1-over-m.ts' }));
    expect(summed.steps.find((s) => s.id === 'backward')?.diagnoses[0]?.id).toBe('missing-1-over-m');
  });
});
