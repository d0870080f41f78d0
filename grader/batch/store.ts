// The batch's output folder: `students/<id>/results.json` per student, written the moment the
// student is graded (so an interrupted batch keeps them), atomically (so a kill mid-write never
// leaves a truncated file that --resume would trust), and read back for --resume. Nothing found in
// the way is followed or trusted: a student process that planted a socket, a file or a link at
// `students/<classmate>` (as one did, through a unix socket's listen(path)) has it removed, and
// `students/` is made private to the grader's user before any student runs.
import { chmodSync, lstatSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { HTML_FILE, renderHtml } from '../../reports/html/index.js';
import { resultsJson } from '../../reports/json.js';
import type { ReportFile } from '../../reports/registry.js';
import type { GradeResults } from '../model/results.js';
import { SCHEMA_VERSION } from '../model/results.js';
import type { ExerciseSpec } from '../spec/types.js';

export const resultsPath = (outDir: string, student: string): string => path.join(outDir, 'students', student, 'results.json');

/** Makes `students/` a real folder only the grader's user may write into (a student's dedicated uid cannot). */
export function prepareStudentsFolder(outDir: string): void {
  const folder = path.join(outDir, 'students');
  ensureRealFolder(folder);
  chmodSync(folder, 0o700);
}

export function writeResults(outDir: string, student: string, results: GradeResults): string {
  const file = resultsPath(outDir, student);
  writeAtomically(file, resultsJson(results));
  return file;
}

/** The student's own HTML report (what `grade` writes), beside their results, for the class report to link to. */
export const studentReportPath = (outDir: string, student: string): string => path.join(outDir, 'students', student, HTML_FILE);

export function writeStudentReport(outDir: string, student: string, results: GradeResults): void {
  writeAtomically(studentReportPath(outDir, student), renderHtml(results));
}

export function writeReportFiles(outDir: string, files: ReportFile[]): string[] {
  return files.map(({ file, content }) => {
    const target = path.join(outDir, file);
    writeAtomically(target, content);
    return target;
  });
}

/** `dir` as a real folder: anything else found there (a socket, a file, a link) is removed, never followed. */
function ensureRealFolder(dir: string): void {
  let found;
  try {
    found = lstatSync(dir);
  } catch {
    mkdirSync(dir, { recursive: true });
    return;
  }
  if (found.isDirectory()) return;
  rmSync(dir, { force: true });
  mkdirSync(dir);
}

function writeAtomically(file: string, content: string): void {
  const parent = path.dirname(file);
  mkdirSync(path.dirname(parent), { recursive: true });
  ensureRealFolder(parent);
  const temp = `${file}.${process.pid}.tmp`;
  writeFileSync(temp, content);
  renameSync(temp, file);
}

/**
 * A student's earlier results, when they are complete results of this grader for the same seed
 * and the same exercises; `undefined` (grade again) otherwise.
 */
export function readValidResults(outDir: string, student: string, seed: number, specs: ExerciseSpec[]): GradeResults | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(resultsPath(outDir, student), 'utf8'));
  } catch {
    return undefined;
  }
  return isCompleteResults(parsed, seed, specs) ? parsed : undefined;
}

function isCompleteResults(value: unknown, seed: number, specs: ExerciseSpec[]): value is GradeResults {
  if (value === null || typeof value !== 'object') return false;
  const r = value as Partial<GradeResults>;
  if (
    r.schemaVersion !== SCHEMA_VERSION ||
    r.seed !== seed ||
    typeof r.score !== 'number' ||
    typeof r.maxScore !== 'number' ||
    typeof r.durationMs !== 'number'
  )
    return false;
  if (!Array.isArray(r.exercises) || r.exercises.length !== specs.length) return false;
  return specs.every((spec, i) => {
    const e = r.exercises?.[i];
    return (
      e?.id === spec.id &&
      Array.isArray(e.steps) &&
      spec.steps.every((s, j) => e.steps[j]?.id === s.id && typeof e.steps[j]?.score === 'number')
    );
  });
}
