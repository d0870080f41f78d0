// The one place that turns outcomes into exit codes (0 passed, 1 not passed, 2 could not grade),
// so every command and every failure path agrees on them.
import { runStatus, type GradeResults } from '../model/results.js';
import { currentGuard, ReportedFailure, UsageError } from '../errors.js';

export { guarded, ReportedFailure } from '../errors.js';

export const ExitCode = { passed: 0, notPassed: 1, cannotGrade: 2 } as const;
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

/** Scores are rounded to 3 decimals, so a ratio may sit a hair below the mark it reaches. */
const EPSILON = 1e-9;

/**
 * 0 when every graded (not skipped) step passed, or when the score reaches `minScore`
 * (a fraction of the maximum); 1 otherwise; 2 when the grader itself failed.
 */
export function exitCodeForResults(results: GradeResults, minScore?: number): ExitCode {
  if (results.graderError) return ExitCode.cannotGrade;
  if (runStatus(results) === 'passed') return ExitCode.passed;
  if (minScore === undefined || results.maxScore === 0) return ExitCode.notPassed;
  return results.score / results.maxScore + EPSILON >= minScore ? ExitCode.passed : ExitCode.notPassed;
}

/** Maps a thrown error to an exit code, telling the user why on stderr. Never throws. */
export function exitCodeForError(error: unknown, stderr: (text: string) => void): ExitCode {
  if (error instanceof ReportedFailure) return ExitCode.cannotGrade;
  if (error instanceof UsageError) {
    stderr(`grade: ${error.message}\n`);
    return ExitCode.cannotGrade;
  }
  // Anything else is a bug in the grader: show the stack, it is what a bug report needs.
  const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
  stderr(`grade: the grader failed before it could grade (this is a bug in mlgrade, please report it):\n${detail}\n`);
  return ExitCode.cannotGrade;
}

/** Runs a command and resolves to its exit code, whatever it throws. */
export async function runWithExitCode(main: () => Promise<ExitCode>, stderr: (text: string) => void): Promise<ExitCode> {
  try {
    return await main();
  } catch (error) {
    return exitCodeForError(error, stderr);
  }
}

/**
 * Catches what escapes every promise: while `guarded` work runs, it fails that work (so its
 * results can still be written); otherwise the CLI stops with exit code 2 rather than node's 1,
 * which would read as "the submission did not pass".
 */
export function installCrashHandlers(stderr: (text: string) => void): void {
  const onCrash = (error: unknown): void => {
    const guard = currentGuard();
    if (guard) return guard(error);
    process.exit(exitCodeForError(error, stderr));
  };
  process.on('uncaughtException', onCrash);
  process.on('unhandledRejection', onCrash);
}

/**
 * Ends the process `ms` after the results are out, should something keep it alive: a student
 * process or timer a failed grader left behind, an interrupted watch run.
 */
export function exitAfter(ms: number, code?: ExitCode): void {
  setTimeout(() => process.exit(code), ms).unref();
}

/** What a shell reports for a process ended by Ctrl-C (128 + SIGINT). */
export const INTERRUPTED = 130;

/** Ends the process now (a batch worker whose process group could not be killed, a second Ctrl-C). */
export function exitNow(code: ExitCode | typeof INTERRUPTED): never {
  process.exit(code);
}
