// Grades one student of a batch, inside a worker: extract the zip if it is one, find the folder
// with the exercises, grade it with the engine. Whatever goes wrong, the answer is complete
// results: a failure becomes `graderError`, never a missing student.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { errorInfo, resultsAfterCrash } from '../cli/complete.js';
import { guarded } from '../cli/exit.js';
import { gradeSubmission } from '../engine/grade-submission.js';
import type { ErrorInfo, GradeResults, StepResult } from '../model/results.js';
import { assignmentFor, type AssignmentArgs } from '../config/assignment.js';
import { PUBLIC_SEED } from '../engine/seeds.js';
import { publicTableExercises } from '../oracle/public-table.js';
import type { ExerciseSpec } from '../spec/types.js';
import { EXERCISES } from '../spec/index.js';
import { submissionRoot } from './layout.js';
import { ungradedResults } from './ungraded.js';
import { extractZip, ZipError } from './zip.js';

export interface GradeJob {
  source: string;
  kind: 'folder' | 'zip';
  /** Where to extract a zip: a new folder inside the batch's scratch folder, which the batch removes
   * whatever happens to this worker. */
  extractTo?: string;
  seed: number;
  limitMs: number;
  /** A teacher's configuration and exercise folders, by absolute path; the built-in exercises without. */
  assignment?: AssignmentArgs;
  /** Where the teacher finds the submission, when `source` is in a temporary folder (see discover.ts). */
  shown?: string;
}

export async function gradeJob(job: GradeJob): Promise<GradeResults> {
  const startedAt = new Date();
  const command = reproCommand(job);
  let specs = EXERCISES;
  const fail = (error: ErrorInfo): GradeResults =>
    ungradedResults(error, { specs, seed: job.seed, submission: job.shown ?? job.source, startedAt, durationMs: Date.now() - startedAt.getTime(), command });
  let temp: string | undefined;
  try {
    specs = await exercisesFor(job);
    let folder = job.source;
    if (job.kind === 'zip') {
      temp = job.extractTo ?? mkdtempSync(path.join(os.tmpdir(), 'mlgrade-zip-'));
      folder = temp;
      extractZip(job.source, temp);
    }
    const root = submissionRoot(folder, specs.map((e) => e.id));
    if (!root) return fail({ name: 'NoSubmission', message: `no exercise folder (${specs.map((e) => `${e.id}/`).join(', ')}) in this submission` });
    const results = await gradeFolder(root, job, specs, command, startedAt);
    // the student's own path, not the temporary folder a zip was extracted to
    return { ...results, submission: job.shown ?? job.source };
  } catch (error) {
    if (error instanceof ZipError) return fail({ name: 'ZipError', message: `the zip could not be opened: ${error.message}` });
    return fail(errorInfo(error));
  } finally {
    if (temp) rmSync(temp, { recursive: true, force: true });
  }
}

/** What the job grades, read once per worker: a teacher's assignment, or at the public seed the table built with dist/ (as `grade` uses it). */
const assignments = new Map<string, Promise<ExerciseSpec[]>>();
let publicExercises: ExerciseSpec[] | undefined;
async function exercisesFor(job: GradeJob): Promise<ExerciseSpec[]> {
  if (job.assignment?.config !== undefined || job.assignment?.exercisesDirs?.length) {
    const key = JSON.stringify(job.assignment);
    if (!assignments.has(key)) assignments.set(key, assignmentFor(job.assignment).then((a) => a.exercises));
    return assignments.get(key) as Promise<ExerciseSpec[]>;
  }
  return job.seed === PUBLIC_SEED ? (publicExercises ??= publicTableExercises(EXERCISES, PUBLIC_SEED) ?? EXERCISES) : EXERCISES;
}

async function gradeFolder(root: string, job: GradeJob, specs: ExerciseSpec[], command: string, startedAt: Date): Promise<GradeResults> {
  const completed = new Map<string, StepResult>();
  try {
    return await guarded(gradeSubmission({
      submission: root,
      seed: job.seed,
      exercises: specs,
      submissionLimitMs: job.limitMs,
      command,
      onStep: (exercise, step) => void completed.set(`${exercise}/${step.id}`, step),
    }));
  } catch (error) {
    // as `grade` does: the steps that finished keep their results, the rest say the grader failed
    const repro = (exercise: string, step: string): string => `${command} --exercise ${exercise} --step ${step} --seed ${job.seed}`;
    return resultsAfterCrash({ error, specs, selection: { exercises: [], steps: [] }, completed, seed: job.seed, submission: root, startedAt, repro });
  }
}

/** `grade --submission alice` (and the teacher's --config, --exercises-dir): for a zip, the folder it unzips to. */
export function reproCommand(job: Pick<GradeJob, 'source' | 'kind' | 'assignment' | 'shown'>): string {
  const where = job.shown ?? job.source;
  const folder = job.kind === 'zip' ? where.replace(/\.zip$/i, '') : where;
  const words = ['grade', '--submission', shellWord(folder)];
  if (job.assignment?.config !== undefined) words.push('--config', shellWord(job.assignment.config));
  for (const dir of job.assignment?.exercisesDirs ?? []) words.push('--exercises-dir', shellWord(dir));
  return words.join(' ');
}

const shellWord = (word: string): string => (/^[\w./@%+=:,-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`);
