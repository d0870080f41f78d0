// One grading run (engine/run.ts) behind every command: `grade`, `grade batch` and `grade --watch`
// give the same results for the same files and seed, timings aside; and a watch session stays
// equal to a full `grade --json` through wrong, right and rename saves and a new import.
// Real CLI processes throughout; the tests wait for files and output, never for a time.
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { GradeResults } from '../grader/model/results.js';
import { gradeCli } from './helpers/hostile.js';
import { fixtureSubmission, repoRoot } from './helpers/submission.js';
import { tempFolders } from './helpers/temp.js';

const tempDir = tempFolders('mlgrade-one-run-');
/** A bound on a sequence of real grading processes on a loaded machine, not a speed expected of them. */
const SLOW = 300_000;
const children: ChildProcess[] = [];
afterAll(() => children.forEach((child) => child.kill('SIGKILL')));

/** The results as bytes, with what differs from run to run (durations, start time) blanked. */
const normalised = (results: unknown): string =>
  JSON.stringify(results, (key, value: unknown) => (key === 'durationMs' ? 0 : key === 'startedAt' ? '' : value), 1);

async function gradeJson(args: string[]): Promise<GradeResults> {
  const run = await gradeCli([...args, '--json', '--reporter', 'json', '--out-dir', tempDir()]);
  expect(run.stderr).toBe('');
  return JSON.parse(run.stdout) as GradeResults;
}

/** `grade --watch` in the background, its stdout collected, results.json written into `out`. */
function startWatch(args: string[], out: string): { output: () => string } {
  const argv = [path.join(repoRoot, 'bin', 'grade.js'), ...args, '--watch', '--reporter', 'json', '--out-dir', out];
  const child = spawn(process.execPath, argv, { env: { PATH: process.env.PATH }, stdio: ['ignore', 'pipe', 'ignore'] });
  children.push(child);
  let stdout = '';
  child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  return { output: () => stdout };
}

/** Polls `read` until it gives `expected` (or the bound runs out); then asserts it. */
async function eventually(read: () => string, expected: string): Promise<void> {
  for (let i = 0; i < 1200 && read() !== expected; i++) await new Promise((r) => setTimeout(r, 100));
  expect(read()).toBe(expected);
}

const readResults = (out: string) => (): string => {
  const file = path.join(out, 'results.json');
  return existsSync(file) ? normalised(JSON.parse(readFileSync(file, 'utf8'))) : '';
};

describe('grade, grade batch and --watch', () => {
  const fixtures = ['pass/loops-and-arrays', 'fail/missing-1-over-m', 'error/throws', 'diagnosed/sigmoid-sign'];

  it(
    'give byte-identical results for the same submission and seed',
    async () => {
      const classDir = tempDir();
      const students = fixtures.map((fixture) => {
        const student = fixture.replace('/', '-');
        renameSync(fixtureSubmission(fixture), path.join(classDir, student));
        return student;
      });
      const batchOut = tempDir();
      const watchOut = tempDir();
      const watched = path.join(classDir, students[1]);
      startWatch(['--submission', watched], watchOut);
      const batch = await gradeCli(['batch', classDir, '--out-dir', batchOut, '--jobs', '2']);
      expect(batch.code, batch.stderr).toBe(0);
      for (const student of students) {
        const folder = path.join(classDir, student);
        const direct = await gradeJson(['--submission', folder]);
        expect(direct.status, student).toBe(student.startsWith('pass') ? 'passed' : 'failed');
        const fromBatch = JSON.parse(readFileSync(path.join(batchOut, 'students', student, 'results.json'), 'utf8')) as GradeResults;
        expect(normalised(fromBatch), student).toBe(normalised(direct));
        if (folder === watched) await eventually(readResults(watchOut), normalised(direct));
      }
    },
    SLOW,
  );
});

describe('grade --watch', () => {
  const WRONG_DB = "import { Matrix } from 'ml-matrix';\nexport const db = (dZ: Matrix): Matrix => Matrix.columnVector(dZ.sum('row'));\n";
  const HELPER =
    "import { Matrix } from 'ml-matrix';\n" +
    "export const rowMean = (M: Matrix): Matrix => Matrix.columnVector(M.sum('row')).div(M.columns);\n";
  const DB_WITH_IMPORT =
    "import { Matrix } from 'ml-matrix';\nimport { rowMean } from './row-mean';\n" +
    'export const db = (dZ: Matrix): Matrix => rowMean(dZ);\n';

  /** An editor's atomic save: a temporary file renamed over the old one. */
  const renameSave = (file: string, text: string): void => {
    writeFileSync(`${file}.tmp~`, text);
    renameSync(`${file}.tmp~`, file);
  };

  it(
    'always shows what a full grade of the same files gives: wrong, right, rename-saves, a new import, a deleted file',
    async () => {
      const dir = tempDir();
      cpSync(path.join(repoRoot, 'reference'), dir, { recursive: true });
      const db = path.join(dir, 'deep-network', 'db.ts');
      const right = readFileSync(db, 'utf8');
      const helper = path.join(dir, 'deep-network', 'row-mean.ts');
      const out = tempDir();
      const args = ['--submission', dir, '--exercise', 'deep-network'];
      const watch = startWatch(args, out);
      const statusOf = (r: GradeResults, step: string) =>
        r.exercises.find((e) => e.id === 'deep-network')?.steps.find((s) => s.id === step);
      const edits: [string, () => void, string][] = [
        ['db wrong', () => writeFileSync(db, WRONG_DB), 'failed'],
        ['db right', () => writeFileSync(db, right), 'passed'],
        ['db wrong by rename', () => renameSave(db, WRONG_DB), 'failed'],
        ['db importing a new file', () => (writeFileSync(helper, HELPER), renameSave(db, DB_WITH_IMPORT)), 'passed'],
        ['the imported file wrong by rename', () => renameSave(helper, HELPER.replace('.div(M.columns)', '')), 'failed'],
        ['the imported file deleted', () => rmSync(helper), 'error'],
      ];
      await eventually(readResults(out), normalised(await gradeJson(args)));
      for (const [what, edit, dbStatus] of edits) {
        edit();
        const full = await gradeJson(args);
        expect(statusOf(full, 'db')?.status, what).toBe(dbStatus);
        // what a save breaks elsewhere: the composite that imports db fails with it
        expect(statusOf(full, 'modelBackward')?.status, what).toBe(dbStatus);
        await eventually(readResults(out), normalised(full));
      }
      expect(watch.output()).toMatch(/✓→✗ deep-network\/db\b.*deep-network\/modelBackward/);
      expect(watch.output()).toMatch(/✗→✓ deep-network\/db\b/);
    },
    SLOW,
  );
});
