// `grade batch <dir>`: grade every student of a folder in parallel, write each one's results the
// moment they are known, then the gradebook and the class report. Ctrl-C stops the workers and
// keeps (and summarises) what was graded; `--resume` grades only the students still missing.
import { fork, type ChildProcess } from 'node:child_process';
import { accessSync, constants, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ExitCode, exitNow, INTERRUPTED } from '../cli/exit.js';
import { UsageError } from '../engine/errors.js';
import { wallBackstopMs } from '../engine/limits.js';
import type { GradeResults } from '../model/results.js';
import { packageRoot } from '../paths.js';
import { assignmentFor, type AssignmentArgs } from '../config/assignment.js';
import { readHiddenSeedsSource } from '../config/hidden-seeds.js';
import type { ExerciseSpec } from '../spec/types.js';
import { TOOL } from '../version.js';
import { openBatch, type BatchInput, type StudentSource } from './discover.js';
import { reproCommand, type GradeJob } from './grade-one.js';
import { WorkerPool, type JobOutcome } from './pool.js';
import { batchProgress } from './progress.js';
import { sweepStaleWorkspaces } from '../sandbox/sweep.js';
import { workspaceBase } from '../sandbox/workspace.js';
import { prepareStudentsFolder, readValidResults, writeResults, writeStudentReport } from './store.js';
import { ClassCollector, writeClassReports } from './class-reports.js';
import { ungradedResults } from './ungraded.js';
import { WORKER_ENV } from './worker.js';
import { terminalText } from '../cli/terminal.js';
import { summaryText } from './summary.js';
import type { LmsExport } from '../../reports/class/lms.js';

export interface BatchArgs {
  dir: string;
  outDir: string;
  jobs: number;
  resume: boolean;
  /** With resume: grade again the students whose earlier results say they were not graded. */
  retryErrors?: boolean;
  seed: number;
  timeLimitSeconds: number;
  /** A teacher's configuration and exercise folders (as `grade` takes them); the built-in exercises without. */
  assignment: AssignmentArgs;
  /** LMS gradebooks to write beside grades.csv, and their grade column's name. */
  exports?: LmsExport[];
  lmsColumn?: string;
  /** An earlier batch of the class (its grades.csv or its out-dir), for "what changed". */
  compare?: string;
}

type BatchJob = GradeJob & { student: string };

/** A worker is replaced after this many students, so no leak of one grows through a class. */
const RECYCLE_AFTER = 50;

export const defaultJobs = (): number => Math.max(1, os.availableParallelism());

/** A worker is killed past its submission's wall-clock backstops (a visible and a hidden run), and some time to finish up. */
export const hardLimitMs = (limitMs: number): number => 2 * wallBackstopMs(limitMs) + 10_000;

export async function runBatch(args: BatchArgs): Promise<ExitCode> {
  // read (and checked) once here; the workers read the same files again, by absolute path
  // hidden seeds may be per student (an HMAC of each one's id): checked here, drawn in the workers
  const { hiddenSeedsFile, ...shared } = args.assignment;
  if (hiddenSeedsFile !== undefined) readHiddenSeedsSource(path.resolve(hiddenSeedsFile));
  const assignment = await assignmentFor(shared);
  const specs = assignment.exercises;
  const jobAssignment: AssignmentArgs = {
    ...(assignment.configFile ? { config: assignment.configFile } : {}),
    ...(args.assignment.exercisesDirs ? { exercisesDirs: args.assignment.exercisesDirs.map((d) => path.resolve(d)) } : {}),
    ...(args.assignment.hiddenSeedsFile !== undefined ? { hiddenSeedsFile: path.resolve(args.assignment.hiddenSeedsFile) } : {}),
  };
  const batch = openBatch(args.dir);
  // zips are extracted in here, so what a killed worker leaves behind goes with the batch
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'mlgrade-batch-'));
  try {
    assertWritable(args.outDir);
    return await gradeBatch(batch, { ...args, assignment: jobAssignment }, specs, scratch);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
    sweepStaleWorkspaces(workspaceBase()); // the sandbox folders of workers that died (sandbox/sweep.ts)
    batch.close();
  }
}

function assertWritable(outDir: string): void {
  try {
    mkdirSync(outDir, { recursive: true });
    accessSync(outDir, constants.W_OK);
    prepareStudentsFolder(outDir);
  } catch (error) {
    throw new UsageError(`cannot write to --out-dir ${outDir}: ${(error as Error).message}`);
  }
}

async function gradeBatch(batch: BatchInput, args: BatchArgs, specs: ExerciseSpec[], scratch: string): Promise<ExitCode> {
  const started = Date.now();
  const done = new ClassCollector();
  const byId = new Map(batch.students.map((s) => [s.id, s]));
  const todo: BatchJob[] = [];
  for (const s of batch.students) {
    const earlier = args.resume || args.retryErrors ? readValidResults(args.outDir, s.id, args.seed, specs) : undefined;
    if (earlier && !(args.retryErrors && earlier.graderError)) done.keep(s, earlier);
    else todo.push(jobOf(s, args, scratch));
  }
  const resumed = done.size;
  const interrupted = await gradeAll(
    todo,
    args,
    specs,
    batch.students.length,
    (job, results) => {
      writeStudent(args.outDir, job.student, results);
      done.keep(byId.get(job.student) as StudentSource, results);
    },
    resumed,
  );
  const entries = done.inOrder(batch.students);
  const meta =
    `${TOOL.name} ${TOOL.version} · seed ${args.seed} · ${entries.length} of ${batch.students.length} submissions from ${args.dir}` +
    `${interrupted ? ' · INTERRUPTED: incomplete' : ''} · ${new Date(started).toISOString()}`;
  const { written, notes } = writeClassReports({ args, students: batch.students, entries, outputs: done.outputs, specs, scratch, meta });
  const ungraded = entries.filter((e) => e.results.graderError).length;
  const workers = Math.min(args.jobs, todo.length);
  process.stdout.write(
    summaryText({
      args,
      workers,
      entries: entries.length,
      total: batch.students.length,
      resumed,
      ungraded,
      ms: Date.now() - started,
      written,
      interrupted,
      notes,
    }),
  );
  if (interrupted) return ExitCode.cannotGrade;
  return ungraded > 0 ? ExitCode.notPassed : ExitCode.passed;
}

/** One student's results file; a failure to write it is reported and the batch goes on (the gradebook still has the row). */
function writeStudent(outDir: string, student: string, results: GradeResults): void {
  try {
    writeResults(outDir, student, results);
    writeStudentReport(outDir, student, results);
  } catch (error) {
    process.stderr.write(
      `grade batch: could not write the results of ${terminalText(student)}: ${terminalText((error as Error).message)}\n`,
    );
  }
}

function jobOf(s: StudentSource, args: BatchArgs, scratch: string): BatchJob {
  const limitMs = Math.round(args.timeLimitSeconds * 1000);
  return {
    student: s.id,
    source: s.source,
    kind: s.kind,
    seed: args.seed,
    limitMs,
    assignment: args.assignment,
    ...(s.shown ? { shown: s.shown } : {}),
    ...(s.kind === 'zip' ? { extractTo: path.join(scratch, s.id) } : {}),
  };
}

/** Grades the jobs on a worker pool; resolves to whether the batch was interrupted. */
async function gradeAll(
  todo: BatchJob[],
  args: BatchArgs,
  specs: ExerciseSpec[],
  total: number,
  record: (job: BatchJob, results: GradeResults) => void,
  resumed: number,
): Promise<boolean> {
  if (todo.length === 0) return false;
  const progress = batchProgress(process.stderr, total, resumed);
  const pool = new WorkerPool<BatchJob, GradeResults>({
    size: Math.min(args.jobs, todo.length),
    start: startWorker,
    jobLimitMs: hardLimitMs(todo[0].limitMs),
    recycleAfter: RECYCLE_AFTER,
  });
  let interrupted = false;
  const stop = onInterrupt(() => {
    interrupted = true;
    pool.cancel();
  });
  try {
    await pool.run(todo, (job, outcome) => {
      const results = resultsOf(job, outcome, specs);
      record(job, results);
      progress.graded(job.student, results);
    });
  } finally {
    stop();
    progress.done();
  }
  return interrupted;
}

function resultsOf(job: BatchJob, outcome: JobOutcome<GradeResults>, specs: ExerciseSpec[]): GradeResults {
  if (outcome.ok) return outcome.value;
  const startedAt = new Date(Date.now() - outcome.ms);
  return ungradedResults(outcome.error, {
    specs,
    seed: job.seed,
    submission: job.shown ?? job.source,
    startedAt,
    durationMs: outcome.ms,
    command: reproCommand(job),
  });
}

/** A worker: this CLI again, in batch-worker mode, leading its own process group (see pool.ts). */
function startWorker(): ChildProcess {
  return fork(path.join(packageRoot(), 'dist', 'cli.js'), ['batch', 'worker'], {
    env: { ...process.env, [WORKER_ENV]: '1' },
    execArgv: [],
    detached: true,
    stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
  });
}

/** Ctrl-C (or SIGTERM) once: stop and keep what is done; twice: leave at once. Returns the undo. */
function onInterrupt(stop: () => void): () => void {
  let count = 0;
  const handler = (): void => {
    if (++count > 1) exitNow(INTERRUPTED);
    process.stderr.write(
      '\ngrade batch: interrupted; stopping the workers and keeping the results written so far (Ctrl-C again to leave at once)\n',
    );
    stop();
  };
  process.on('SIGINT', handler);
  process.on('SIGTERM', handler);
  return () => {
    process.off('SIGINT', handler);
    process.off('SIGTERM', handler);
  };
}
