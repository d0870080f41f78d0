// The gradebook as a teacher reads it, from real `grade batch` runs on a small class: the original
// name beside the safe id, "not graded" and why for a corrupt zip and a killed worker (never a 0
// that --resume keeps), --retry-errors grading them again, and --hidden-seeds grading hidden cases.
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { writeResults } from '../grader/batch/store.js';
import { ungradedResults } from '../grader/batch/ungraded.js';
import { PUBLIC_SEED } from '../grader/engine/seeds.js';
import type { GradeResults } from '../grader/model/results.js';
import { EXERCISES } from '../grader/spec/index.js';
import { batch } from './helpers/batch.js';
import { parseCsv } from './helpers/csv.js';
import { repoRoot } from './helpers/submission.js';
import { tempFolders } from './helpers/temp.js';

const tempDir = tempFolders('mlgrade-gradebook-');
const SYBIL = "Sybil O'Brien";
let dir: string;
let out: string;
let hiddenSeeds: string;
let firstRun: string;

/** grades.csv's rows, by student id (in name order: `Sybil O'Brien` before `broken.zip`). */
const rows = (): { sybil: Record<string, string>; broken: Record<string, string> } => {
  const [header, ...body] = parseCsv(readFileSync(path.join(out, 'grades.csv'), 'utf8'));
  const [sybil, broken] = body.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]])));
  return { sybil, broken };
};
const readResults = (student: string): GradeResults =>
  JSON.parse(readFileSync(path.join(out, 'students', student, 'results.json'), 'utf8')) as GradeResults;
const graded = (stderr: string): string[] =>
  stderr
    .split('\n')
    .flatMap((l) => /^\[\d+\/2\] ([^:]+):/.exec(l)?.[1] ?? [])
    .sort();

beforeAll(async () => {
  dir = tempDir();
  cpSync(path.join(repoRoot, 'reference'), path.join(dir, SYBIL), { recursive: true });
  cpSync(path.join(repoRoot, 'test', 'fixtures', 'batch', 'corrupt.zip'), path.join(dir, 'broken.zip'));
  hiddenSeeds = path.join(tempDir(), 'hidden-seeds.json');
  // per student, as a release writes it: each student's seeds are an HMAC of their batch id
  writeFileSync(hiddenSeeds, JSON.stringify({ secret: 'ab'.repeat(32), seedsPerStudent: 1 }));
  out = path.join(tempDir(), 'out');
  const run = await batch([dir, '--out-dir', out, '--jobs', '2', '--hidden-seeds', hiddenSeeds, '--export', 'canvas,moodle']);
  expect(run.code, run.stderr).toBe(1);
  firstRun = run.stdout;
}, 120_000);

describe('grades.csv', () => {
  it('keeps the original name beside the safe id, and says graded or not graded and why', () => {
    const { broken, sybil } = rows();
    expect(sybil).toMatchObject({ student: 'Sybil_O_Brien', name: SYBIL, status: 'graded', error: '' });
    expect(Number(sybil.score)).toBe(Number(sybil.max_score));
    expect(broken).toMatchObject({ student: 'broken', name: 'broken', status: 'not graded', score: '', max_score: '' });
    expect(broken.error).toMatch(/^ZipError: the zip could not be opened/);
  });
});

describe('--export canvas,moodle', () => {
  it('writes the LMS gradebooks beside grades.csv: the score, or an empty cell for the corrupt zip', () => {
    const canvas = parseCsv(readFileSync(path.join(out, 'grades-canvas.csv'), 'utf8'));
    expect(canvas.slice(2).map((r) => [r[0], r[5]])).toEqual([
      [SYBIL, rows().sybil.score],
      ['broken', ''],
    ]);
    const moodle = parseCsv(readFileSync(path.join(out, 'grades-moodle.csv'), 'utf8'));
    expect(moodle.slice(1).map((r) => [r[3], r[4]])).toEqual([
      ['Sybil_O_Brien', rows().sybil.score],
      ['broken', ''],
    ]);
    expect(firstRun).toContain('grades-moodle.csv: 2 rows have no e-mail');
  });
});

describe('per-student reports', () => {
  it("writes each student's HTML report, linked from the class report", () => {
    const report = readFileSync(path.join(out, 'students', 'Sybil_O_Brien', 'report.html'), 'utf8');
    expect(report).toMatch(/^<!DOCTYPE html>/i);
    expect(report).toContain('logistic-regression');
    const classReport = readFileSync(path.join(out, 'class-report.html'), 'utf8');
    expect(classReport).toContain('<a href="students/Sybil_O_Brien/report.html">Sybil_O_Brien</a>');
    expect(classReport).toContain('<a href="students/broken/report.html">broken</a>');
    expect(classReport).toContain('<section id="similar"');
    expect(classReport).toContain('No two submissions share such a file.');
  });
});

describe('--hidden-seeds', () => {
  it('grades the hidden cases of the file too (per student from its secret), and the repro lines say so', () => {
    const steps = readResults('Sybil_O_Brien').exercises.flatMap((e) => e.steps);
    const hidden = steps.flatMap((s) => s.cases.filter((c) => c.hidden));
    expect(hidden.length).toBeGreaterThan(steps.length / 2);
    expect(hidden.every((c) => c.status === 'passed')).toBe(true);
    expect(steps[0].repro).toContain(`--hidden-seeds ${hiddenSeeds}`);
  });
});

describe('a worker killed mid-grade, --resume and --retry-errors', () => {
  it('is "not graded" (not 0) in the gradebook; --resume keeps it, --retry-errors grades it and the corrupt zip again', async () => {
    // what the batch writes when the pool reports the worker grading this student died (pool.ts: GraderCrash)
    const crash = { name: 'GraderCrash', message: 'the grader process was killed by SIGKILL while grading this submission' };
    writeResults(
      out,
      'Sybil_O_Brien',
      ungradedResults(crash, {
        specs: EXERCISES,
        seed: PUBLIC_SEED,
        submission: dir,
        startedAt: new Date(0),
        durationMs: 1,
        command: 'grade',
      }),
    );
    // --compare rides along (no grading): an earlier gradebook where Sybil had 3 points and a student since gone
    const earlier = path.join(tempDir(), 'week3.csv');
    writeFileSync(earlier, 'student,score\r\nSybil_O_Brien,3\r\ngone,1\r\n');
    const resumed = await batch([dir, '--out-dir', out, '--resume', '--hidden-seeds', hiddenSeeds, '--compare', earlier]);
    expect(graded(resumed.stderr)).toEqual([]);
    expect(resumed.stdout).toContain(
      `Since ${earlier}: 0 students up, 0 down, 0 the same, 1 graded in only one of the two; 1 new, 1 missing`,
    );
    const report = readFileSync(path.join(out, 'class-report.html'), 'utf8');
    expect(report).toContain('<tr data-student="Sybil_O_Brien" data-delta="—">');
    expect(rows().sybil).toMatchObject({ status: 'not graded', error: `GraderCrash: ${crash.message}`, score: '' });

    const retried = await batch([dir, '--out-dir', out, '--retry-errors', '--jobs', '2', '--hidden-seeds', hiddenSeeds]);
    expect(retried.code, retried.stderr).toBe(1);
    expect(graded(retried.stderr)).toEqual(['Sybil_O_Brien', 'broken']);
    const { broken, sybil } = rows();
    expect(sybil).toMatchObject({ status: 'graded', error: '' });
    expect(Number(sybil.score)).toBe(Number(sybil.max_score));
    expect(broken.status).toBe('not graded');
  }, 120_000);
});
