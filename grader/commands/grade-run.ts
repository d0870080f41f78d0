// Runs the grade command: validate what to grade, grade (once, or on every save), show and write
// the results, and say how it went as an exit code.
import { statSync } from 'node:fs';
import path from 'node:path';
import { consoleReport } from '../../reports/console.js';
import { resultsJson } from '../../reports/json.js';
import { isReporterName, REPORTER_NAMES, REPORTERS, type ReporterName } from '../../reports/registry.js';
import { writeReports } from '../../reports/write.js';
import { resultsAfterCrash, withSkippedExercises } from '../cli/complete.js';
import { exitCodeForResults, guarded, type ExitCode } from '../cli/exit.js';
import { CONFIG_FILE, type GradeArgs } from '../cli/options.js';
import { countSelectedSteps, selectedExercises, validateSelection, type Selection } from '../cli/selection.js';
import { progress, useColor } from '../cli/terminal.js';
import { UsageError } from '../engine/errors.js';
import { gradeSubmission } from '../engine/grade-submission.js';
import type { StudentSession } from '../engine/session.js';
import type { GradeResults, StepResult } from '../model/results.js';
import { packageRoot } from '../paths.js';
import type { ExerciseSpec } from '../spec/types.js';

/** How long a failed grader's leftovers may keep the process alive once the results are out. */
const EXIT_GRACE_MS = 1000;

/** What a run needs, resolved once from the arguments. */
export interface GradeRun {
  args: GradeArgs;
  /** Absolute submission folder. */
  submission: string;
  selection: Selection;
  reporters: ReporterName[];
  color: boolean;
  /** What is graded: the built-in exercises, a configuration's (grader/config), or a release's table. */
  exercises: ExerciseSpec[];
  /** Seeds of hidden cases (platform mode, --hidden-seeds). */
  hiddenSeeds?: number[];
}

export async function runGrade(args: GradeArgs, exercises: ExerciseSpec[], hiddenSeeds?: number[], session?: Promise<StudentSession>): Promise<ExitCode> {
  const run: GradeRun = {
    args,
    exercises,
    ...(hiddenSeeds ? { hiddenSeeds } : {}),
    submission: existingFolder(args.submission),
    selection: validateSelection(exercises, { exercises: args.exercises, steps: args.steps }),
    reporters: validateReporters(args.reporters),
    color: useColor(process.stdout, args.color),
  };
  if (args.watch) {
    const { watchSubmission } = await import('../cli/watch.js');
    return watchSubmission(run, gradeOnce, showResults);
  }
  const results = await gradeOnce(run, run.selection, session);
  await showResults(run, results);
  // after a grader failure the engine may have left a student process or timer behind
  if (results.graderError) setTimeout(() => process.exit(), EXIT_GRACE_MS).unref();
  return exitCodeForResults(results, args.minScore);
}

function existingFolder(given: string): string {
  const dir = path.resolve(given);
  let stats;
  try {
    stats = statSync(dir);
  } catch {
    throw new UsageError(`no submission folder ${given} (looked for ${dir}); pass --submission DIR, a folder laid out like exercises/`);
  }
  if (!stats.isDirectory()) throw new UsageError(`${given} is a file, not a folder; pass --submission DIR, a folder laid out like exercises/`);
  return dir;
}

function validateReporters(names: string[]): ReporterName[] {
  for (const name of names) {
    if (!isReporterName(name)) throw new UsageError(`unknown reporter ${name}; the reporters are: ${REPORTER_NAMES.join(', ')}`);
  }
  return names as ReporterName[];
}

/** The command that grades the same submission again: repro lines append `--exercise … --step … --seed …`. */
export function reproPrefix(args: GradeArgs): string {
  const words = ['grade', ...(args.submissionGiven ? ['--submission', shellWord(args.submission)] : [])];
  // a teacher's exercises are only there again with the same configuration; the one a release
  // puts in the platforms' grader package is that grader's own, and students' repro lines omit it
  if (args.config && path.resolve(args.config) !== path.join(packageRoot(), CONFIG_FILE)) words.push('--config', shellWord(args.config));
  for (const dir of args.exercisesDirs ?? []) words.push('--exercises-dir', shellWord(dir));
  return words.join(' ');
}

const shellWord = (word: string): string => (/^[\w./@%+=:,-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`);

/** Grades the selection; a grader failure still gives complete results, with `graderError`. */
export async function gradeOnce(run: GradeRun, selection: Selection, session?: Promise<StudentSession>): Promise<GradeResults> {
  const { args } = run;
  const command = reproPrefix(args);
  const repro = (exercise: string, step: string): string => `${command} --exercise ${exercise} --step ${step} --seed ${args.seed}`;
  const completed = new Map<string, StepResult>();
  const bar = progress(process.stderr, countSelectedSteps(run.exercises, selection), !args.json);
  const startedAt = new Date();
  try {
    const results = await guarded(gradeSubmission({
      submission: run.submission,
      seed: args.seed,
      // only the selected exercises reach the engine; the others are added as skipped below
      exercises: selectedExercises(run.exercises, selection),
      ...(run.hiddenSeeds ? { hiddenSeeds: run.hiddenSeeds } : {}),
      onlySteps: selection.steps,
      ...(args.timeLimitSeconds !== undefined ? { submissionLimitMs: Math.round(args.timeLimitSeconds * 1000) } : {}),
      ...(session ? { session } : {}),
      command,
      onStep: (exercise, step) => {
        // the grader mostly waits on the student process from here: load the writers meanwhile
        if (completed.size === 0) preloadWriters(run.reporters);
        completed.set(`${exercise}/${step.id}`, step);
        bar.step(exercise, step);
      },
    }));
    return withSkippedExercises(results, run.exercises, repro);
  } catch (error) {
    if (error instanceof UsageError) throw error;
    return resultsAfterCrash({ error, specs: run.exercises, selection, completed, seed: args.seed, submission: run.submission, startedAt, repro });
  } finally {
    bar.done();
  }
}

/** Starts loading the report writers (each loads once; writeReports finds them loaded). */
function preloadWriters(names: ReporterName[]): void {
  for (const name of names) REPORTERS[name]().catch(() => undefined); // a failure shows when the reports are written
}

/** Writes the reports, then prints the JSON (`--json`) or the console report. */
export async function showResults(run: GradeRun, results: GradeResults): Promise<void> {
  let written: string[] = [];
  let writeError: unknown;
  try {
    written = await writeReports(results, run.reporters, run.args.outDir);
  } catch (error) {
    writeError = error;
  }
  if (run.args.json) {
    process.stdout.write(resultsJson(results));
    if (results.graderError) process.stderr.write(`grade: the grader failed (${results.graderError.message}); the results are incomplete\n`);
  } else {
    process.stdout.write(consoleReport(results, { color: run.color, written: written.map(displayPath) }));
  }
  if (run.reporters.includes('github')) {
    // workflow commands must not mix with the one JSON document --json prints on stdout
    const { emitGitHubActions } = await import('../../reports/github.js');
    emitGitHubActions(results, process.env, run.args.json ? process.stderr : process.stdout);
  }
  if (writeError) throw new UsageError(`could not write the reports to ${run.args.outDir}: ${(writeError as Error).message}`);
}

const displayPath = (file: string): string => {
  const relative = path.relative(process.cwd(), file);
  return relative.startsWith('..') ? path.resolve(file) : relative;
};
