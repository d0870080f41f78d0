// `grade batch` over a class where one student tries to put files, folders, links and unix sockets
// into the batch's output folder (issue 13: a socket at `students/<classmate>` once stopped a whole
// batch with EEXIST). The planter (hostile/error/plants-output) learns the folder every way it can:
// guessing, /proc/<grader>/cwd, the grader's argv and environment, its own working folder. Graded
// with the strongest mode this machine gives and the weakest (unprivileged, no bubblewrap): every
// classmate is graded, the gradebook's rows are the results', nothing of the planter's is there.
import { chmodSync, lstatSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { GradeResults } from '../grader/model/results.js';
import { parseCsv } from './helpers/csv.js';
import { stepsOf } from './helpers/hostile.js';
import { expectedLayers, gradeInMode, handOver, MODES, unavailable } from './helpers/modes.js';
import { fixtureSubmission } from './helpers/submission.js';
import { tempFolders } from './helpers/temp.js';

/** Where the test's teacher runs `grade batch`: fixed, since the static fixture guesses it. */
const TEACHER_DIR = '/tmp/mlgrade-plant-out';
const CLASS: Record<string, string> = {
  'a-planter': 'hostile/error/plants-output',
  'honest-cost-sign': 'fail/cost-sign',
  'honest-reference': 'pass/loops-and-arrays',
};
const PLANTING_STEPS = ['initializeWithZeros', 'dW', 'db', 'cost'];
const temp = tempFolders('mlgrade-plant-');

const [strongest, weakest] = [MODES[0], MODES[3]];

describe.each([strongest, weakest].map((m) => [m.name + (unavailable(m) ? ` (skipped: ${unavailable(m)})` : ''), m] as const))(
  'grade batch with a planting student, %s',
  (_name, mode) => {
    it.skipIf(unavailable(mode) !== undefined)(
      'grades every classmate, writes a true gradebook, keeps nothing planted',
      { timeout: 150_000 },
      async () => {
        const classDir = temp();
        for (const [student, fixture] of Object.entries(CLASS)) renameSync(fixtureSubmission(fixture), path.join(classDir, student));
        rmSync(TEACHER_DIR, { recursive: true, force: true });
        mkdirSync(TEACHER_DIR);
        // the teacher's assignment: logistic regression alone, where the planter's steps are (and cheaper)
        writeFileSync(path.join(TEACHER_DIR, 'grade.config.json'), JSON.stringify({ builtInExercises: ['logistic-regression'] }));
        const [home, tmp] = [temp(), temp()];
        // the sandbox folder is made in TMPDIR: a dedicated uid must be able to pass through it
        chmodSync(tmp, 0o755);
        handOver(mode, classDir, TEACHER_DIR, home, tmp);
        try {
          const run = await gradeInMode(mode, ['batch', classDir, '--jobs', '1'], {
            cwd: TEACHER_DIR,
            env: { HOME: home, TMPDIR: tmp },
          });
          expect(run.code, run.stderr).toBe(0);
          expectOutputs(path.join(TEACHER_DIR, 'batch-results'), mode);
          // the planter could not leave anything beside the output folder either
          expect(readdirSync(TEACHER_DIR).sort()).toEqual(['batch-results', 'grade.config.json']);
        } finally {
          rmSync(TEACHER_DIR, { recursive: true, force: true });
        }
      },
    );
  },
);

function expectOutputs(out: string, mode: (typeof MODES)[number]): void {
  expect(readdirSync(out).sort()).toEqual(['class-report.html', 'grades.csv', 'students']);
  for (const file of ['class-report.html', 'grades.csv']) expect(lstatSync(path.join(out, file)).isFile(), file).toBe(true);
  const students = Object.keys(CLASS);
  expect(readdirSync(path.join(out, 'students')).sort()).toEqual(students);
  const results = new Map<string, GradeResults>();
  for (const student of students) {
    const dir = path.join(out, 'students', student);
    expect(lstatSync(dir).isDirectory(), student).toBe(true);
    expect(readdirSync(dir).sort(), student).toEqual(['report.html', 'results.json']);
    for (const file of readdirSync(dir)) expect(lstatSync(path.join(dir, file)).isFile(), `${student}/${file}`).toBe(true);
    results.set(student, JSON.parse(readFileSync(path.join(dir, 'results.json'), 'utf8')) as GradeResults);
  }
  const reference = results.get('honest-reference') as GradeResults;
  expect(reference.score).toBe(reference.maxScore);
  expect(results.get('honest-cost-sign')?.score).toBeLessThan(reference.maxScore);
  expectPlanterRefused(results.get('a-planter') as GradeResults);
  for (const r of results.values()) expect(r.sandbox?.layers).toEqual(expectedLayers(mode));
  expectGradebook(readFileSync(path.join(out, 'grades.csv'), 'utf8'), results);
}

/** Each planting step errs, listing attempts that were all refused; the planter earns nothing from them. */
function expectPlanterRefused(planter: GradeResults): void {
  const steps = stepsOf(planter);
  for (const step of PLANTING_STEPS) {
    const result = steps.get(`logistic-regression/${step}`);
    expect(result?.status, step).toBe('error');
    expect(result?.message, step).toMatch(/plants \(.*\) .*mkdir (ERR_ACCESS_DENIED|EACCES).*listen (NetworkForbidden|ERR_ACCESS_DENIED)/);
    expect(result?.message, step).not.toMatch(/ ok\b/);
  }
  expect(planter.score).toBeLessThan(planter.maxScore);
}

/** One row per student, whose score is that student's results'. */
function expectGradebook(csv: string, results: Map<string, GradeResults>): void {
  const [header, ...rows] = parseCsv(csv);
  const [idCol, scoreCol] = [header.indexOf('student'), header.indexOf('score')];
  expect(rows.map((r) => r[idCol]).sort()).toEqual([...results.keys()].sort());
  for (const row of rows) expect(Number(row[scoreCol]), row[idCol]).toBeCloseTo(results.get(row[idCol])?.score ?? Number.NaN, 6);
}
