// Runs the grade command: validate what to grade, grade (once, or on every save), show and write
// the results, and say how it went as an exit code.
import { rmSync } from 'node:fs';
import path from 'node:path';
import { consoleReport } from '../../reports/console.js';
import { resultsJson } from '../../reports/json.js';
import { COSTLY_WRITERS, isReporterName, REPORTER_NAMES, REPORTERS, type ReporterName, type Writer } from '../../reports/registry.js';
import { loadWriters, writeReports, writeWith } from '../../reports/write.js';
import { exitAfter, exitCodeForResults, type ExitCode } from './exit.js';
import { CONFIG_FILE, type GradeArgs } from './options.js';
import { progress, useColor } from './terminal.js';
import { invocation, reproPrefix as prefixOf } from '../engine/repro.js';
import { gradeRun, submissionFolder } from '../engine/run.js';
import { countSelectedSteps, type Selection } from '../engine/selection.js';
import type { SaveProvisional } from '../engine/journal.js';
import type { StudentSession } from '../engine/session.js';
import { UsageError } from '../errors.js';
import type { GradeResults } from '../model/results.js';
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

export async function runGrade(
  args: GradeArgs,
  exercises: ExerciseSpec[],
  hiddenSeeds?: number[],
  session?: Promise<StudentSession>,
): Promise<ExitCode> {
  const run: GradeRun = {
    args,
    exercises,
    ...(hiddenSeeds ? { hiddenSeeds } : {}),
    submission: submissionFolder(args.submission),
    // checked by gradeRun (engine/run.ts), before anything is graded
    selection: { exercises: args.exercises, steps: args.steps },
    reporters: validateReporters(args.reporters),
    color: useColor(process.stdout, args.color),
  };
  if (args.watch) {
    const { watchSubmission } = await import('./watch.js');
    return watchSubmission(run, gradeOnce, showResults);
  }
  const provisional = provisionalFiles(run);
  let results: GradeResults;
  try {
    results = await gradeOnce(run, run.selection, session, provisional.save);
  } catch (error) {
    provisional.discard(); // could not grade at all: the message says why, no file says "the grader stopped"
    throw error;
  }
  provisional.stop();
  await showResults(run, results);
  // after a grader failure the engine may have left a student process or timer behind
  if (results.graderError) exitAfter(EXIT_GRACE_MS);
  return exitCodeForResults(results, args.minScore);
}

function validateReporters(names: string[]): ReporterName[] {
  for (const name of names) {
    if (!isReporterName(name)) throw new UsageError(`unknown reporter ${name}; the reporters are: ${REPORTER_NAMES.join(', ')}`);
  }
  return names as ReporterName[];
}

/** The start of this run's repro lines: the submission when given, a teacher's exercises. */
export function reproPrefix(args: GradeArgs): string {
  // a teacher's exercises are only there again with the same configuration; the one a release
  // puts in the platforms' grader package is that grader's own, and students' repro lines omit it
  const ownConfig = args.config !== undefined && path.resolve(args.config) !== path.join(packageRoot(), CONFIG_FILE);
  return prefixOf({
    ...(args.submissionGiven ? { submission: args.submission } : {}),
    ...(ownConfig ? { config: args.config } : {}),
    ...(args.exercisesDirs ? { exercisesDirs: args.exercisesDirs } : {}),
  });
}

/** Grades the selection with a progress bar; a grader failure still gives complete results, with `graderError`. */
export async function gradeOnce(
  run: GradeRun,
  selection: Selection,
  session?: Promise<StudentSession>,
  saveProvisional?: SaveProvisional,
): Promise<GradeResults> {
  const { args } = run;
  const bar = progress(process.stderr, countSelectedSteps(run.exercises, selection), !args.json);
  let first = true;
  try {
    return await gradeRun({
      submission: run.submission,
      exercises: run.exercises,
      selection,
      seed: args.seed,
      reproPrefix: reproPrefix(args),
      ...(run.hiddenSeeds ? { hiddenSeeds: run.hiddenSeeds } : {}),
      ...(args.timeLimitSeconds !== undefined ? { limitMs: Math.round(args.timeLimitSeconds * 1000) } : {}),
      ...(args.types ? { typecheck: true } : {}),
      ...(session ? { session } : {}),
      ...(saveProvisional ? { saveProvisional } : {}),
      onStep: (exercise, step) => {
        // the grader mostly waits on the student process from here: load the writers meanwhile
        if (first) preloadWriters(run.reporters);
        first = false;
        bar.step(exercise, step);
      },
    });
  } finally {
    bar.done();
  }
}

/**
 * The run's report files, provisional (engine/journal.ts): each save replaces the files atomically,
 * as soon as the writers are loaded (they load while the student process starts), until the final
 * results are written. A costly writer (the HTML page, ~5 ms a render) writes only the first save, so
 * no earlier run's report is left to mislead. A file that cannot be written now is left to the final
 * write, which says why.
 */
function provisionalFiles(run: GradeRun): { save: SaveProvisional; stop(): void; discard(): void } {
  const names = [...new Set(run.reporters)];
  let writers: Writer[] | undefined;
  let latest: GradeResults | undefined;
  let costlyDue = false;
  let stopped = false;
  const written = new Set<string>();
  const flush = (): void => {
    if (stopped || !writers || !latest) return;
    const chosen = writers.filter((_, i) => costlyDue || !COSTLY_WRITERS.includes(names[i]));
    const results = latest;
    [latest, costlyDue] = [undefined, false];
    try {
      for (const file of writeWith(chosen, results, run.args.outDir)) written.add(file);
    } catch {
      // the final write reports an output folder that cannot be written
    }
  };
  const loaded = loadWriters(names).then(
    (w) => void ((writers = w), flush()),
    () => undefined,
  );
  return {
    save: (results, when) => {
      latest = results;
      costlyDue ||= when === 'start';
      flush();
      return loaded;
    },
    stop: () => void (stopped = true),
    discard: () => {
      stopped = true;
      for (const file of written) rmSync(file, { force: true });
    },
  };
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
    const failed = results.graderError;
    if (failed) process.stderr.write(`grade: the grader failed (${failed.message}); the results are incomplete\n`);
  } else {
    process.stdout.write(consoleReport(results, { color: run.color, written: written.map(displayPath), command: invocation() }));
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
