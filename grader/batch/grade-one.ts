// Grades one student of a batch, inside a worker: extract the zip if it is one, find the folder
// with the exercises, grade it with the engine. Whatever goes wrong, the answer is complete
// results: a failure becomes `graderError`, never a missing student.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { assignmentFor, type Assignment, type AssignmentArgs } from '../config/assignment.js';
import { gradedExercises } from '../config/graded-exercises.js';
import { readHiddenSeeds } from '../config/hidden-seeds.js';
import { reproPrefix, shellWord } from '../engine/repro.js';
import { gradeRun } from '../engine/run.js';
import { errorInfo } from '../errors.js';
import type { ErrorInfo, GradeResults } from '../model/results.js';
import { EXERCISES } from '../spec/index.js';
import type { ExerciseSpec } from '../spec/types.js';
import { submissionRoot } from './layout.js';
import { ungradedResults } from './ungraded.js';
import { memoized } from './reference-memo.js';
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
  /** The student's id in the batch: per-student hidden seeds are derived from it. */
  student?: string;
  /** Where the teacher finds the submission, when `source` is in a temporary folder (see discover.ts). */
  shown?: string;
}

export async function gradeJob(job: GradeJob): Promise<GradeResults> {
  const startedAt = new Date();
  const command = reproCommand(job);
  let specs = EXERCISES;
  const fail = (error: ErrorInfo): GradeResults =>
    ungradedResults(error, {
      specs,
      seed: job.seed,
      submission: job.shown ?? job.source,
      startedAt,
      durationMs: Date.now() - startedAt.getTime(),
      command,
    });
  let temp: string | undefined;
  try {
    const assignment = await assignmentOf(job);
    specs = assignment.exercises;
    let folder = job.source;
    if (job.kind === 'zip') {
      temp = job.extractTo ?? mkdtempSync(path.join(os.tmpdir(), 'mlgrade-zip-'));
      folder = temp;
      extractZip(job.source, temp);
    }
    const root = submissionRoot(
      folder,
      specs.map((e) => e.id),
    );
    const folders = specs.map((e) => `${e.id}/`).join(', ');
    if (!root) return fail({ name: 'NoSubmission', message: `no exercise folder (${folders}) in this submission` });
    const hidden = assignment.hiddenSeeds ? { hiddenSeeds: assignment.hiddenSeeds } : {};
    const results = await gradeRun({
      submission: root,
      exercises: specs,
      seed: job.seed,
      limitMs: job.limitMs,
      reproPrefix: command,
      ...hidden,
    });
    // the student's own path, not the temporary folder a zip was extracted to
    return { ...results, submission: job.shown ?? job.source };
  } catch (error) {
    if (error instanceof ZipError) return fail({ name: 'ZipError', message: `the zip could not be opened: ${error.message}` });
    return fail(errorInfo(error));
  } finally {
    if (temp) rmSync(temp, { recursive: true, force: true });
  }
}

/**
 * What the job grades, read once per worker: a teacher's assignment, or the built-in exercises (as
 * `grade` chooses them), and the job's hidden seeds (per student when the file has a secret: an
 * HMAC of the student's batch id). The reference's results are memoized for the worker's life.
 */
type JobAssignment = Pick<Assignment, 'exercises' | 'hiddenSeeds'>;
const assignments = new Map<string, Promise<ExerciseSpec[]>>();
async function assignmentOf(job: GradeJob): Promise<JobAssignment> {
  const { hiddenSeedsFile, ...shared } = job.assignment ?? {};
  const key = JSON.stringify({ shared, hidden: hiddenSeedsFile !== undefined });
  if (!assignments.has(key)) {
    // any hidden seeds (even none drawn yet) mean live reference values: the public table has none for them
    const hidden = hiddenSeedsFile !== undefined ? [] : undefined;
    assignments.set(
      key,
      assignmentFor(shared).then((a) => memoized(gradedExercises(a.exercises, job.seed, hidden))),
    );
  }
  const exercises = await (assignments.get(key) as Promise<ExerciseSpec[]>);
  if (hiddenSeedsFile === undefined) return { exercises };
  return { exercises, hiddenSeeds: readHiddenSeeds(hiddenSeedsFile, job.student ?? path.basename(job.shown ?? job.source)) };
}

/** `grade --submission alice` (and the teacher's --config, --exercises-dir): for a zip, the folder it unzips to. */
export function reproCommand(job: Pick<GradeJob, 'source' | 'kind' | 'assignment' | 'shown'>): string {
  const where = job.shown ?? job.source;
  const prefix = reproPrefix({ ...job.assignment, submission: job.kind === 'zip' ? where.replace(/\.zip$/i, '') : where });
  // the teacher's repro grades the hidden cases too (this command never reaches a student)
  const hidden = job.assignment?.hiddenSeedsFile;
  return hidden === undefined ? prefix : `${prefix} --hidden-seeds ${shellWord(hidden)}`;
}
