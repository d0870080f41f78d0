// The grader's own errors, which every command and module throws or catches: a usage error (the
// run cannot start: bad option, no such folder) and a failure already reported. Errors of
// student code live with the engine (engine/errors.ts). Also the guard that turns an error
// thrown outside any await during grading into that grading's failure.
import type { ErrorInfo } from './model/results.js';

/** Errors that mean the grader could not run at all (exit code 2). */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** A failure whose message is already shown (e.g. results written with `graderError`). */
export class ReportedFailure extends Error {
  override name = 'ReportedFailure';
}

/** The plain-data form of a thrown value, for `graderError`. */
export function errorInfo(error: unknown): ErrorInfo {
  if (error instanceof Error) return { name: error.name, message: error.message, ...(error.stack ? { stack: error.stack } : {}) };
  return { name: 'Error', message: String(error) };
}

/** Where an error thrown outside any await (an unhandled 'error' event …) goes during grading. */
let guard: ((error: unknown) => void) | undefined;

/** The failure handler of the guarded work running now, if any (cli/exit.ts's crash handlers call it). */
export const currentGuard = (): ((error: unknown) => void) | undefined => guard;

/** `work`, or its failure by an error thrown outside it while it runs (needs the CLI's crash handlers). */
export function guarded<T>(work: Promise<T>): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const previous = guard;
    guard = reject;
    const settle = (): void => void (guard = previous);
    work.then(
      (value) => (settle(), resolve(value)),
      (error: unknown) => (settle(), reject(error)),
    );
  });
}
