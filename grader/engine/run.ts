// One grading run, the same for `grade`, `grade batch` and `--watch`: check the folder and the
// selection, grade the selected exercises, add the others as skipped,
// and survive a grader failure with complete results. Callers only show or store what it returns.
import { statSync } from 'node:fs';
import path from 'node:path';
import { errorInfo, guarded, UsageError } from '../errors.js';
import { withSkippedExercises } from '../model/assemble.js';
import type { GradeResults, StepResult } from '../model/results.js';
import type { SandboxOptions } from '../sandbox/index.js';
import type { ExerciseSpec } from '../spec/types.js';
import { gradeSubmission } from './grade-submission.js';
import { reproLine } from './repro.js';
import { Journal, partialResults, type PartialContext, type SaveProvisional } from './journal.js';
import { selectedExercises, validateSelection, type Selection } from './selection.js';
import type { StudentSession } from './session.js';

export interface RunOptions {
  /** The submission folder, as given (checked here). */
  submission: string;
  /** Everything the assignment grades (selected or not), as config/graded-exercises.ts chose them. */
  exercises: ExerciseSpec[];
  /** Which of them to grade; all when absent. Checked against `exercises` here. */
  selection?: Selection;
  seed: number;
  hiddenSeeds?: number[];
  /** CPU time of the whole submission's code (--time-limit; runner/budget.ts). */
  limitMs?: number;
  /** The start of every repro line (engine/repro.ts). */
  reproPrefix: string;
  /** A student process started earlier (grade starts it while the grader loads). */
  session?: Promise<StudentSession>;
  onStep?: (exercise: string, step: StepResult) => void;
  /** Limits left out (tests); see grader/sandbox. */
  sandbox?: SandboxOptions;
  /** TypeScript errors as notes on the steps (`grade --types`, engine/typecheck.ts). */
  typecheck?: boolean;
  /** Where provisional results go, at the start and after each exercise (engine/journal.ts); none when absent. */
  saveProvisional?: SaveProvisional;
}

/** Complete results of one run: every exercise and step present; a grader failure is `graderError`, not a throw. */
export async function gradeRun(options: RunOptions): Promise<GradeResults> {
  const submission = submissionFolder(options.submission);
  const selection = validateSelection(options.exercises, options.selection ?? { exercises: [], steps: [] });
  const specs = options.exercises;
  const repro = (exercise: string, step: string): string => reproLine(options.reproPrefix, exercise, step, options.seed);
  const startedAt = new Date();
  const hidden = (options.hiddenSeeds?.length ?? 0) > 0;
  const context = { specs, selection, seed: options.seed, submission, startedAt, repro, hidden };
  const journal = new Journal(context, options.saveProvisional);
  try {
    const results = await guarded(
      gradeSubmission({
        submission,
        seed: options.seed,
        // only the selected exercises reach the engine; the others are added as skipped
        exercises: selectedExercises(specs, selection),
        onlySteps: selection.steps,
        command: options.reproPrefix,
        // a submission refused by intake (exit 2) leaves earlier results files in place: none written before it
        onIntake: () => journal.start(),
        onStep: (exercise, step) => {
          journal.record(exercise, step);
          options.onStep?.(exercise, step);
        },
        ...(options.hiddenSeeds ? { hiddenSeeds: options.hiddenSeeds } : {}),
        ...(options.limitMs !== undefined ? { submissionLimitMs: options.limitMs } : {}),
        ...(options.session ? { session: options.session } : {}),
        ...(options.sandbox ? { sandbox: options.sandbox } : {}),
        ...(options.typecheck ? { typecheck: true } : {}),
      }),
    );
    return withSkippedExercises(results, specs, repro);
  } catch (error) {
    if (error instanceof UsageError) throw error;
    return resultsAfterCrash({ ...context, error, completed: journal.completed });
  }
}

/** The folder, absolute; a usage error naming what to pass when it is missing or a file. */
export function submissionFolder(given: string): string {
  const dir = path.resolve(given);
  let isDir: boolean;
  try {
    isDir = statSync(dir).isDirectory();
  } catch {
    throw new UsageError(`no submission folder ${given} (looked for ${dir}); pass --submission DIR, a folder laid out like exercises/`);
  }
  if (!isDir) throw new UsageError(`${given} is a file, not a folder; pass --submission DIR, a folder laid out like exercises/`);
  return dir;
}

export interface CrashContext extends PartialContext {
  error: unknown;
}

/** After a grader failure: the steps that finished keep their result, the other selected ones are `error`. */
export function resultsAfterCrash(ctx: CrashContext): GradeResults {
  const graderError = errorInfo(ctx.error);
  return partialResults(ctx, graderError, `not graded: the grader failed (${graderError.name}: ${graderError.message})`);
}
