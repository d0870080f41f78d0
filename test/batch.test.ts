// `grade batch` end to end, as a teacher runs it: a class of 36 submissions (correct, buggy,
// misconceived, broken, hanging, hostile, zipped) graded in parallel by real `bin/grade.js`
// processes. Exactly one result per student, a gradebook whose numbers are the results', a class
// report whose counts (read in headless Chromium) are the results', then --resume and Ctrl-C.
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isMisconceptionId } from '../grader/diagnosis/catalogue.js';
import { FACT_IDS } from '../grader/diagnosis/finding.js';
import type { GradeResults } from '../grader/model/results.js';
import { EXERCISES } from '../grader/spec/index.js';
import { launchChromium, openReport } from './helpers/browser.js';
import { batch, cleanEnv, type Run } from './helpers/batch.js';
import { parseCsv } from './helpers/csv.js';
import { fixtureSubmission, repoRoot } from './helpers/submission.js';
import { tempFolders } from './helpers/temp.js';

const FIXTURES = [
  'pass/loops-and-arrays',
  'pass/single-index-js',
  'pass/loops-networks',
  'pass/stable-sigmoid-forms',
  'fail/backward-missing-chain-factor',
  'fail/cost-sign',
  'fail/missing-1-over-m',
  'fail/mutates-input',
  'fail/nan',
  'fail/undefined',
  'fail/update-sign',
  'fail/wrong-shape',
  'diagnosed/missing-1-over-m',
  'diagnosed/missing-transpose',
  'diagnosed/divide-by-n',
  'diagnosed/sigmoid-sign',
  'error/syntax',
  'error/throws',
  'error/throws-at-import',
  'missing/misnamed-export',
  'timeout/infinite-loop',
  'hostile/error/bad-channel',
  'hostile/error/crash',
  'hostile/error/escape',
  'hostile/fail/fake-output',
  'hostile/fail/values',
  'hostile/timeout/hang',
];
const ZIPS = {
  'zip-nested': 'nested.zip',
  'zip-corrupt': 'corrupt.zip',
  'zip-traversal': 'traversal.zip',
  'zip-oversized': 'oversized.zip',
  'zip-liar': 'liar.zip',
};
const studentOf = (fixture: string): string => fixture.replace(/\//g, '-');

const tempDir = tempFolders('mlgrade-batch-');

/** The class: fixtures laid over the reference, two untouched copies, broken folders and zips. */
function makeClass(): { dir: string; students: string[] } {
  const dir = tempDir();
  for (const fixture of FIXTURES) renameSync(fixtureSubmission(fixture), path.join(dir, studentOf(fixture)));
  for (const name of ['reference-1', 'reference-2']) cpSync(path.join(repoRoot, 'reference'), path.join(dir, name), { recursive: true });
  mkdirSync(path.join(dir, 'empty'));
  mkdirSync(path.join(dir, 'junk'));
  writeFileSync(path.join(dir, 'junk', 'README.txt'), 'I could not do the homework, sorry');
  for (const [student, zip] of Object.entries(ZIPS))
    cpSync(path.join(repoRoot, 'test', 'fixtures', 'batch', zip), path.join(dir, `${student}.zip`));
  const students = [...FIXTURES.map(studentOf), 'reference-1', 'reference-2', 'empty', 'junk', ...Object.keys(ZIPS)].sort();
  return { dir, students };
}

const schema = JSON.parse(readFileSync(path.join(repoRoot, 'schema', 'results.schema.json'), 'utf8'));
const validate = new Ajv2020({ allErrors: true, strict: true }).compile<GradeResults>(schema);
const readResults = (out: string, student: string): GradeResults =>
  JSON.parse(readFileSync(path.join(out, 'students', student, 'results.json'), 'utf8')) as GradeResults;
/** The plain progress lines (stderr is not a terminal): `[3/36] alice: 41/41 in 0.9 s`. */
const progressLines = (stderr: string, total: number): string[] =>
  stderr.split('\n').filter((l) => l.startsWith('[') && new RegExp(`^\\[\\d+/${total}\\] `).test(l));
const steps = (r: GradeResults) => r.exercises.flatMap((e) => e.steps.map((s) => ({ key: `${e.id}/${s.id}`, ...s })));

let cls: { dir: string; students: string[] };
let out: string;
let run: Run;
const results = new Map<string, GradeResults>();

// dist/ is built once by test/global-setup.ts, before any test file runs
beforeAll(async () => {
  cls = makeClass();
  out = path.join(tempDir(), 'out');
  run = await batch([cls.dir, '--out-dir', out, '--time-limit', '8']);
  process.stderr.write(`grade batch of ${cls.students.length} submissions: ${run.ms} ms\n`);
  for (const student of cls.students) results.set(student, readResults(out, student));
}, 180_000);

describe('grade batch: results', () => {
  it('writes exactly one valid results.json (and its report.html) per student', () => {
    expect(cls.students.length).toBeGreaterThanOrEqual(30);
    expect(readdirSync(path.join(out, 'students')).sort()).toEqual(cls.students);
    for (const student of cls.students) {
      expect(readdirSync(path.join(out, 'students', student)).sort(), student).toEqual(['report.html', 'results.json']);
      expect(validate(results.get(student)), `${student}: ${JSON.stringify(validate.errors)}`).toBe(true);
    }
    // some could not be graded (the broken ones): exit 1, and every student has a progress line
    expect(run.code, run.stderr).toBe(1);
    const n = cls.students.length;
    expect(progressLines(run.stderr, n)).toHaveLength(n);
    expect(run.stdout).toMatch(
      new RegExp(`^Graded ${n} submissions in [\\d.]+ s \\([\\d.]+/s, \\d+ workers?\\)\\.\\n6 of ${n} could not be graded`),
    );
  });

  it('grades the good ones fully, whatever their neighbours in the batch did', () => {
    for (const student of [
      'reference-1',
      'reference-2',
      'pass-loops-and-arrays',
      'pass-single-index-js',
      'pass-loops-networks',
      'pass-stable-sigmoid-forms',
    ]) {
      const r = results.get(student) as GradeResults;
      expect(r.graderError, student).toBeUndefined();
      expect(
        steps(r)
          .filter((s) => s.status !== 'passed')
          .map((s) => `${student} ${s.key}: ${s.message}`),
      ).toEqual([]);
    }
  });

  it('keeps buggy, hanging and hostile submissions to their own results', () => {
    const failing = FIXTURES.filter((f) => !f.startsWith('pass/')).map(studentOf);
    for (const student of failing) {
      const r = results.get(student) as GradeResults;
      expect(r.graderError, student).toBeUndefined();
      expect(r.score, student).toBeLessThan(r.maxScore);
    }
    expect(steps(results.get('timeout-infinite-loop') as GradeResults).find((s) => s.key === 'deep-network/dAPrev')?.status).toBe(
      'timeout',
    );
    expect(
      steps(results.get('fail-missing-1-over-m') as GradeResults)
        .find((s) => s.key === 'deep-network/dW')
        ?.diagnoses.map((d) => d.id),
    ).toContain('missing-1-over-m');
  });

  it('lists broken submissions with their error', () => {
    const errors = Object.fromEntries(
      cls.students.flatMap((s) => {
        const e = results.get(s)?.graderError;
        return e ? [[s, e.name]] : [];
      }),
    );
    expect(errors).toEqual({
      empty: 'NoSubmission',
      junk: 'NoSubmission',
      'zip-corrupt': 'ZipError',
      'zip-traversal': 'ZipError',
      'zip-oversized': 'ZipError',
      'zip-liar': 'ZipError',
    });
    expect(existsSync(path.join(os.tmpdir(), 'mlgrade-escaped.ts'))).toBe(false);
    const nested = results.get('zip-nested') as GradeResults;
    expect(nested.submission).toBe(path.join(cls.dir, 'zip-nested.zip'));
    expect(nested.exercises.map((e) => [e.id, e.score])).toEqual([
      ['computation-graph', 2],
      ['logistic-regression', 0],
      ['shallow-network', 0],
      ['deep-network', 0],
    ]);
  });
});

describe('grade batch: grades.csv', () => {
  it("has stable columns and one row per student whose numbers are the results files'", () => {
    const [header, ...rows] = parseCsv(readFileSync(path.join(out, 'grades.csv'), 'utf8'));
    expect(header).toEqual([
      'student',
      'name',
      'email',
      'sid',
      'status',
      'error',
      'score',
      'max_score',
      ...EXERCISES.map((e) => e.id),
      ...EXERCISES.flatMap((e) => e.steps.map((s) => `${e.id}/${s.id}`)),
    ]);
    expect(rows.map((r) => r[0])).toEqual(cls.students);
    for (const row of rows) {
      const r = results.get(row[0]) as GradeResults;
      expect(row[1], 'the name: safe already, so the id').toBe(row[0]);
      if (r.graderError) {
        expect(row.slice(4, 6), row[0]).toEqual([
          'not graded',
          `${r.graderError.name}: ${r.graderError.message.replace(/\s+/g, ' ')}`.slice(0, 300),
        ]);
        continue;
      }
      const expected = [r.score, r.maxScore, ...r.exercises.map((e) => e.score), ...steps(r).map((s) => s.score)];
      expect(row.slice(4, 6), row[0]).toEqual(['graded', '']);
      expect(row.slice(6).map(Number), row[0]).toEqual(expected);
    }
  });
});

describe('grade batch: class-report.html in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => void (browser = await launchChromium()), 60_000);
  afterAll(async () => browser?.close());

  it('shows counts equal to the results, without any network request or script error', async () => {
    const { page, requests, errors } = await openReport(browser, path.join(out, 'class-report.html'));
    const all = cls.students.map((s) => [s, results.get(s) as GradeResults] as const);
    const graded = all.filter(([, r]) => !r.graderError);
    const summary = await page.$$eval('[data-summary]', (els) =>
      Object.fromEntries(els.map((e) => [e.getAttribute('data-summary'), e.querySelector('dd')?.textContent])),
    );
    expect(summary).toMatchObject({
      submissions: String(all.length),
      graded: String(graded.length),
      ungraded: String(all.length - graded.length),
    });

    const bins = await page.$$eval('svg [data-bin]', (els) => els.map((e) => Number(e.getAttribute('data-count'))));
    const expectedBins = Array.from({ length: 10 }, () => 0);
    for (const [, r] of graded) expectedBins[Math.min(9, Math.floor((100 * r.score) / r.maxScore / 10 + 1e-9))]++;
    expect(bins).toEqual(expectedBins);

    const rates = await page.$$eval('#pass-rates tr[data-step]', (els) =>
      els.map((e) => [e.getAttribute('data-step'), Number(e.getAttribute('data-passed')), Number(e.getAttribute('data-attempted'))]),
    );
    expect(rates).toEqual(
      EXERCISES.flatMap((e) =>
        e.steps.map((s) => {
          const key = `${e.id}/${s.id}`;
          const of = graded.map(([, r]) => steps(r).find((x) => x.key === key));
          return [key, of.filter((x) => x?.status === 'passed').length, of.filter((x) => x && x.status !== 'skipped').length];
        }),
      ),
    );

    const shown = await page.$$eval('td[data-students]', (els) =>
      els.map((e): [string, string[]] => {
        const row = e.closest('tr');
        return [
          `${row?.getAttribute('data-step')} ${row?.getAttribute('data-misconception')}`,
          JSON.parse(e.getAttribute('data-students') ?? '[]') as string[],
        ];
      }),
    );
    const expectedMisconceptions = new Map<string, string[]>();
    for (const [student, r] of graded) {
      // facts name no misconception: the class report leaves them out
      const named = (id: string): boolean => !FACT_IDS.includes(id) || isMisconceptionId(id);
      for (const s of steps(r))
        for (const d of new Set(s.diagnoses.map((x) => x.id).filter(named)))
          expectedMisconceptions.set(`${s.key} ${d}`, [...(expectedMisconceptions.get(`${s.key} ${d}`) ?? []), student]);
    }
    expect(new Map(shown)).toEqual(expectedMisconceptions);
    expect(expectedMisconceptions.size).toBeGreaterThan(3);

    const ungraded = await page.$$eval('#ungraded tr[data-student]', (els) => els.map((e) => e.getAttribute('data-student')));
    expect(ungraded).toEqual(all.filter(([, r]) => r.graderError).map(([s]) => s));
    expect(await page.locator('svg.histogram[role="img"] > title').count()).toBe(1);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(requests).toEqual([]);
    expect(errors).toEqual([]);
  });
});

describe('grade batch on a Gradescope export zip', () => {
  it('names the students from its metadata, with one gradebook row per group member', async () => {
    const out3 = path.join(tempDir(), 'out');
    const exportZip = path.join(repoRoot, 'test', 'fixtures', 'batch', 'gradescope-export.zip');
    const run = await batch([exportZip, '--out-dir', out3, '--jobs', '2', '--export', 'moodle']);
    expect(run.code, run.stderr).toBe(1); // two of its submissions hold no exercise folder: not graded
    const [header, ...rows] = parseCsv(readFileSync(path.join(out3, 'grades.csv'), 'utf8'));
    expect(header.slice(0, 5)).toEqual(['student', 'name', 'email', 'sid', 'status']);
    expect(rows.map((r) => r.slice(0, 4))).toEqual([
      ['Ada_Lovelace', 'Ada Lovelace', 'ada@example.edu', ''],
      ['Grace_Hopper_+_Alan_Turing', 'Grace Hopper', '', ''],
      ['Grace_Hopper_+_Alan_Turing', 'Alan Turing', '', ''],
      ['submission_13', 'submission_13', '', ''],
    ]);
    // a group's two rows have the same status and score
    expect(rows[1].slice(4)).toEqual(rows[2].slice(4));
    // the Moodle gradebook carries the export's e-mails, and an empty grade where grades.csv says "not graded"
    const moodle = parseCsv(readFileSync(path.join(out3, 'grades-moodle.csv'), 'utf8')).slice(1);
    expect(moodle.map((r) => [r[0], r[1], r[4] === ''])).toEqual(rows.map((r) => [r[1], r[2], r[4] === 'not graded']));
  });
});

describe('grade batch --resume', () => {
  it('grades only the students whose results are missing or invalid', async () => {
    const before = readFileSync(path.join(out, 'students', 'reference-1', 'results.json'), 'utf8');
    rmSync(path.join(out, 'students', 'fail-cost-sign'), { recursive: true });
    writeFileSync(path.join(out, 'students', 'error-throws', 'results.json'), '{"truncated');
    const again = await batch([cls.dir, '--out-dir', out, '--time-limit', '8', '--resume']);
    const n = cls.students.length;
    expect(again.code, again.stderr).toBe(1);
    expect(
      progressLines(again.stderr, n)
        .map((l) => l.replace(/^\[\d+\/\d+\] ([^:]+):.*$/, '$1'))
        .sort(),
    ).toEqual(['error-throws', 'fail-cost-sign']);
    expect(again.stdout).toMatch(new RegExp(`^Graded 2 submissions in .*; ${n - 2} kept from earlier results \\(--resume\\)\\.`));
    expect(readFileSync(path.join(out, 'students', 'reference-1', 'results.json'), 'utf8')).toBe(before);
    expect(parseCsv(readFileSync(path.join(out, 'grades.csv'), 'utf8'))).toHaveLength(n + 1);
  });
});

describe('grade batch, interrupted', () => {
  it('keeps every result written on Ctrl-C, and --resume grades the rest', async () => {
    const dir = tempDir();
    for (let i = 1; i <= 5; i++) cpSync(path.join(repoRoot, 'reference'), path.join(dir, `s${i}`), { recursive: true });
    const out2 = path.join(tempDir(), 'out');
    const child = spawn(process.execPath, [path.join(repoRoot, 'bin', 'grade.js'), 'batch', dir, '--out-dir', out2, '--jobs', '1'], {
      cwd: repoRoot,
      env: cleanEnv(),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => void (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => void (stderr += c.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    let running = true;
    void exited.then(() => void (running = false));
    const written = (): string[] => (existsSync(path.join(out2, 'students')) ? readdirSync(path.join(out2, 'students')) : []);
    while (running && written().length === 0) await new Promise((r) => setTimeout(r, 50));
    child.kill('SIGINT');
    expect(await exited, stderr).toBe(2);
    const kept = written();
    expect(kept.length).toBeGreaterThanOrEqual(1);
    expect(kept.length).toBeLessThan(5);
    expect(stdout).toMatch(/Interrupted: \d of 5 submissions have results\. Run the same command with --resume/);
    expect(parseCsv(readFileSync(path.join(out2, 'grades.csv'), 'utf8'))).toHaveLength(kept.length + 1);
    const resumed = await batch([dir, '--out-dir', out2, '--resume']);
    expect(resumed.code, resumed.stdout + resumed.stderr).toBe(0);
    expect(progressLines(resumed.stderr, 5)).toHaveLength(5 - kept.length);
    expect(readdirSync(path.join(out2, 'students')).sort()).toEqual(['s1', 's2', 's3', 's4', 's5']);
  });
});
