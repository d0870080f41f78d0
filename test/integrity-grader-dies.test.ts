// A grader that dies mid-run (issue 13): SIGABRT or V8's out-of-memory abort runs no handler, so
// the results files must already be on disk (engine/journal.ts writes them provisionally) and the
// sandbox folder it leaves is removed by the next grader (sandbox/sweep.ts). The deaths are real,
// through the test-only MLGRADE_FAULT hook (engine/fault.ts), on the real CLI.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { GRADER_STOPPED, Journal } from '../grader/engine/journal.js';
import type { GradeResults, StepResult } from '../grader/model/results.js';
import { sweepStaleWorkspaces } from '../grader/sandbox/sweep.js';
import { EXERCISES } from '../grader/spec/index.js';
import { gradescopeReport } from '../reports/gradescope.js';
import { junitXml } from '../reports/junit.js';
import { prairielearnReport } from '../reports/prairielearn.js';
import { gradeCli } from './helpers/cli.js';
import { repoRoot } from './helpers/submission.js';
import { tempFolders } from './helpers/temp.js';

const temp = tempFolders('mlgrade-dies-');
const ajv = new Ajv2020({ allErrors: true, strict: true });
const schema = (name: string) => ajv.compile(JSON.parse(readFileSync(path.join(repoRoot, 'schema', name), 'utf8')));
const valid = {
  'results.json': schema('results.schema.json'),
  'gradescope-results.json': schema('gradescope-results.schema.json'),
  'prairielearn-results.json': schema('prairielearn-results.schema.json'),
};
const PENDING = 'the grader stopped before grading this step';
const REPORTERS = ['json', 'gradescope', 'prairielearn', 'junit'].flatMap((r) => ['--reporter', r]);
const SANDBOX = /^mlgrade-\d+-[A-Za-z0-9]{6}$/;
const sandboxes = (tmp: string): string[] => readdirSync(tmp).filter((f) => SANDBOX.test(f));
const read = (dir: string, file: string): unknown => JSON.parse(readFileSync(path.join(dir, file), 'utf8'));

/** Each file valid against its schema, and each platform file the writer's output for results.json (one model). */
function expectCompleteFiles(out: string): GradeResults {
  for (const [file, check] of Object.entries(valid)) expect(check(read(out, file)), `${file}: ${JSON.stringify(check.errors)}`).toBe(true);
  const results = read(out, 'results.json') as GradeResults;
  expect(readFileSync(path.join(out, 'gradescope-results.json'), 'utf8')).toBe(gradescopeReport(results)[0]?.content);
  expect(readFileSync(path.join(out, 'prairielearn-results.json'), 'utf8')).toBe(prairielearnReport(results)[0]?.content);
  expect(readFileSync(path.join(out, 'junit.xml'), 'utf8')).toBe(junitXml(results));
  return results;
}

/** The grader stopped after `judged`: its steps keep their (full, reference) scores, every step not judged scores 0 and says so. */
function expectStoppedAfter(results: GradeResults, judged: string): void {
  expect(results.status).toBe('error');
  expect(results.graderError).toEqual(GRADER_STOPPED);
  expect(GRADER_STOPPED.message).toMatch(/re-run it; if it happens again, tell your teacher and send them this file/);
  const steps = results.exercises.flatMap((e) => e.steps.map((s) => ({ exercise: e.id, ...s })));
  for (const s of steps.filter((s) => s.exercise === judged)) expect([s.id, s.status, s.score]).toEqual([s.id, 'passed', s.maxScore]);
  const pending = steps.filter((s) => s.status !== 'passed');
  expect(pending.length).toBeGreaterThan(0);
  for (const s of pending) expect([s.status, s.score, s.message]).toEqual(['error', 0, PENDING]);
  expect(results.score).toBe(steps.filter((s) => s.status === 'passed').reduce((sum, s) => sum + s.score, 0));
}

describe('a grader that dies mid-run', () => {
  // one TMPDIR for the three runs: each next one must remove the sandbox folder the last one left
  const tmp = temp();
  const grade = (out: string, fault: string, extra: Record<string, string> = {}) =>
    gradeCli(['--submission', path.join(repoRoot, 'reference'), '--out-dir', out, ...REPORTERS], {
      env: { TMPDIR: tmp, MLGRADE_FAULT: fault, ...extra },
    });

  it('aborted after an exercise: exit non-zero, every results file complete and valid, the judged steps kept', async () => {
    const out = temp();
    const aborted = await grade(out, 'grader-abort:computation-graph');
    expect(aborted.code, aborted.stderr).not.toBe(0);
    expectStoppedAfter(expectCompleteFiles(out), 'computation-graph');
    expect(sandboxes(tmp)).toHaveLength(1); // no exit hook ran
  }, 120_000);

  it("out of V8's heap in the grader: the same, and the folder the aborted grader left is gone", async () => {
    const out = temp();
    const oom = await grade(out, 'grader-oom:computation-graph', { NODE_OPTIONS: '--max-old-space-size=64' });
    expect(oom.code, oom.stderr).not.toBe(0);
    expect(oom.stderr).toMatch(/heap out of memory/);
    expectStoppedAfter(expectCompleteFiles(out), 'computation-graph');
    expect(sandboxes(tmp)).toHaveLength(1);
  }, 120_000);

  it('a batch worker that dies: the results file and row say not graded, and the batch leaves no sandbox folder', async () => {
    const [out, klass] = [temp(), temp()];
    cpSync(path.join(repoRoot, 'reference', 'computation-graph'), path.join(klass, 'alice', 'computation-graph'), { recursive: true });
    const batch = await gradeCli(['batch', klass, '--out-dir', out, '--jobs', '1'], {
      env: { TMPDIR: tmp, MLGRADE_FAULT: 'grader-abort:computation-graph' },
    });
    expect(batch.code, batch.stderr).toBe(1);
    const alice = read(path.join(out, 'students', 'alice'), 'results.json') as GradeResults;
    expect(valid['results.json'](alice), JSON.stringify(valid['results.json'].errors)).toBe(true);
    expect([alice.status, alice.graderError?.name]).toEqual(['error', 'GraderCrash']);
    expect(readFileSync(path.join(out, 'grades.csv'), 'utf8')).toMatch(/alice.*not graded/);
    expect(sandboxes(tmp)).toEqual([]);
  }, 120_000);
});

describe('the next grader removes the sandbox folders of dead graders', () => {
  it('only real folders of pids that no longer run: never a live one, a link, or another name', () => {
    const base = temp();
    const dead = spawnSync('true').pid;
    const make = (name: string): string => {
      mkdirSync(path.join(base, name, 'node_modules'), { recursive: true });
      writeFileSync(path.join(base, name, 'node_modules', 'x.js'), '');
      return name;
    };
    const stale = make(`mlgrade-${dead}-aB3dE9`);
    const live = make(`mlgrade-${process.ppid}-Zz9yY8`);
    const other = make('mlgrade-survive-tmp-x1Y2z3');
    const target = make('kept');
    symlinkSync(path.join(base, target), path.join(base, `mlgrade-${dead}-LiNk00`));
    expect(sweepStaleWorkspaces(base)).toEqual([stale]);
    expect(readdirSync(base).sort()).toEqual([live, `mlgrade-${dead}-LiNk00`, other, target].sort());
    expect(existsSync(path.join(base, target, 'node_modules', 'x.js'))).toBe(true);
  });
});

describe('the journal', () => {
  const [first, second] = EXERCISES;
  const passed = (id: string): StepResult => ({
    id,
    status: 'passed',
    score: 1,
    maxScore: 1,
    message: 'all correct',
    diagnoses: [],
    cases: [{ name: 'm=1', status: 'passed', args: [], message: 'correct', problems: [], durationMs: 1 }],
    gradientChecks: [],
    repro: 'grade',
    durationMs: 1,
  });
  const journal = (hidden: boolean) => {
    const saved: GradeResults[] = [];
    const ctx = { specs: EXERCISES, selection: { exercises: [], steps: [] }, seed: 1, submission: '/s', startedAt: new Date(), hidden };
    const j = new Journal({ ...ctx, repro: () => 'grade' }, (r) => void saved.push(r));
    expect(saved).toHaveLength(0); // nothing before the submission passed intake
    j.start();
    return { j, saved };
  };

  it('saves at the start (nothing graded) and once per judged exercise, keeping its steps without their evidence', () => {
    const { j, saved } = journal(false);
    expect(saved).toHaveLength(1);
    expect(saved[0]?.score).toBe(0);
    const steps = (first?.steps ?? []).map((s) => s.id);
    for (const id of steps.slice(0, -1)) j.record(first?.id ?? '', passed(id));
    j.record(second?.id ?? '', passed(second?.steps[0]?.id ?? ''));
    expect(saved).toHaveLength(1); // no exercise complete yet
    j.record(first?.id ?? '', passed(steps.at(-1) ?? ''));
    expect(saved).toHaveLength(2);
    const kept = saved[1]?.exercises[0]?.steps ?? [];
    expect(kept.map((s) => [s.status, s.score, s.cases.length])).toEqual(steps.map(() => ['passed', 1, 0]));
    // the second exercise's judged step is kept too
    expect(saved[1]?.exercises[1]?.steps[0]?.status).toBe('passed');
    expect(saved[1]?.score).toBe(steps.length + 1);
  });

  it('under hidden seeds keeps no score: credit waits for the hidden cases', () => {
    const { j, saved } = journal(true);
    for (const s of first?.steps ?? []) j.record(first?.id ?? '', passed(s.id));
    expect(saved).toHaveLength(2);
    expect(saved[1]?.score).toBe(0);
    expect(saved[1]?.exercises[0]?.steps.every((s) => s.status === 'error' && s.message === PENDING)).toBe(true);
  });
});
