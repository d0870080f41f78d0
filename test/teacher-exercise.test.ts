// The worked example of docs/teachers.md: extra/tanh-network, written only through the teachers'
// format and loaded through a configuration, grades its own reference at full marks, reports its
// starters as not started, and names its mutants' mistakes.
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { assignmentFor, type Assignment } from '../grader/config/assignment.js';
import { gradeSubmission } from '../grader/engine/grade-submission.js';
import type { ExerciseResult, GradeResults } from '../grader/model/results.js';
import { gradeCli } from './helpers/hostile.js';
import { repoRoot } from './helpers/submission.js';
import { tempFolders } from './helpers/temp.js';

const example = path.join(repoRoot, 'extra', 'tanh-network');
const temp = tempFolders('mlgrade-tanh-');
let assignment: Assignment;

beforeAll(async () => {
  assignment = await assignmentFor({ config: path.join(repoRoot, 'extra', 'grade.config.json') });
});

/** A submission holding only tanh-network: its reference, with files of mutants/ laid over it. */
function submission(overlays: Record<string, string> = {}, from = 'reference'): string {
  const dir = temp();
  mkdirSync(path.join(dir, 'tanh-network'));
  cpSync(path.join(example, from), path.join(dir, 'tanh-network'), { recursive: true });
  for (const [step, mutant] of Object.entries(overlays))
    cpSync(path.join(example, 'mutants', mutant), path.join(dir, 'tanh-network', `${step}.ts`));
  return dir;
}

async function graded(dir: string): Promise<ExerciseResult> {
  const tanh = assignment.exercises.filter((e) => e.id === 'tanh-network');
  const results = await gradeSubmission({ submission: dir, seed: 1234, exercises: tanh });
  return results.exercises[0];
}

describe("the teachers' worked example, tanh-network", () => {
  it('is loaded from the configuration after the built-in exercises, with its folder', () => {
    expect(assignment.exercises.map((e) => e.id)).toEqual([
      'computation-graph',
      'logistic-regression',
      'shallow-network',
      'deep-network',
      'tanh-network',
    ]);
    expect(assignment.teacher).toEqual([{ id: 'tanh-network', dir: example }]);
  });

  it('grades its reference at full marks, gradient checks included', async () => {
    const result = await graded(submission());
    expect(result.steps.map((s) => [s.id, s.status])).toEqual([
      ['forward', 'passed'],
      ['cost', 'passed'],
      ['backward', 'passed'],
      ['predict', 'passed'],
    ]);
    expect(result.score).toBe(5);
    const checks = result.steps.find((s) => s.id === 'backward')?.gradientChecks ?? [];
    expect(checks.length).toBeGreaterThanOrEqual(8);
    expect(checks.every((c) => c.passed)).toBe(true);
  });

  it('reports its starters as not started', async () => {
    const result = await graded(submission({}, 'starter'));
    expect(result.steps.every((s) => s.status === 'missing' && /not implemented yet/.test(s.message))).toBe(true);
  });

  it("names the mistake of each mutant, in the mutant's own words", async () => {
    const result = await graded(
      submission({ backward: 'backward/tanh-derivative.ts', forward: 'forward/sigmoid-hidden.ts', cost: 'cost/cost-sign.ts' }),
    );
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

// the real CLI, run once more should another test file be rebuilding dist/ meanwhile
const grade = (args: string[]) => gradeCli(args);
const batch = (args: string[]) => gradeCli(['batch', ...args]);

describe("grade selftest with the teachers' configuration", () => {
  it("grades the teacher's reference at full marks and finds each of its mutants diagnosed as itself", async () => {
    const run = await grade([
      'selftest',
      '--config',
      path.join(repoRoot, 'extra', 'grade.config.json'),
      '--exercise',
      'tanh-network',
      '--json',
    ]);
    expect(run.code, run.stderr).toBe(0);
    const report = JSON.parse(run.stdout) as {
      reference: { exercise: string; score: number; maxScore: number }[];
      mutants: { id: string; status: string; diagnosed: string[] }[];
    };
    expect(report.reference).toEqual([{ exercise: 'tanh-network', score: 5, maxScore: 5 }]);
    expect(report.mutants.map((m) => m.id).sort()).toEqual(['cost-sign', 'missing-1-over-m', 'tanh-derivative', 'wrong-activation']);
    expect(report.mutants.every((m) => m.status === 'failed' && m.diagnosed[0] === m.id)).toBe(true);
  });
});

describe("grade batch with the teachers' configuration", () => {
  it("grades every student on the teacher's exercise too, and each repro command carries the configuration", async () => {
    const config = path.join(repoRoot, 'extra', 'grade.config.json');
    const [classDir, out] = [temp(), temp()];
    cpSync(submission(), path.join(classDir, 'ada'), { recursive: true });
    cpSync(submission({ backward: 'backward/tanh-derivative.ts' }), path.join(classDir, 'bob'), { recursive: true });
    const run = await batch([classDir, '--config', config, '--out-dir', out, '--jobs', '2']);
    expect(run.code, run.stderr).toBe(0);
    const resultsOf = (student: string): GradeResults =>
      JSON.parse(readFileSync(path.join(out, 'students', student, 'results.json'), 'utf8')) as GradeResults;
    const tanh = (student: string): ExerciseResult | undefined => resultsOf(student).exercises.find((e) => e.id === 'tanh-network');
    expect(resultsOf('ada').exercises.map((e) => e.id)).toEqual([
      'computation-graph',
      'logistic-regression',
      'shallow-network',
      'deep-network',
      'tanh-network',
    ]);
    expect(tanh('ada')?.score).toBe(5);
    const backward = tanh('bob')?.steps.find((s) => s.id === 'backward');
    expect(backward?.status).toBe('failed');
    expect(backward?.diagnoses[0]?.id).toBe('tanh-derivative');
    expect(backward?.repro).toBe(
      `grade --submission ${path.join(classDir, 'bob')} --config ${config} --exercise tanh-network --step backward --seed 1234`,
    );
    expect(readFileSync(path.join(out, 'grades.csv'), 'utf8')).toContain('tanh-network');
  });

  it('stops before grading anyone when the configuration is broken, naming the file', async () => {
    const dir = temp();
    const config = path.join(dir, 'grade.config.json');
    writeFileSync(config, '{ "exercises": [ "./nowhere" ] }');
    const run = await batch([dir, '--config', config, '--out-dir', path.join(dir, 'out')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(config);
  });
});
