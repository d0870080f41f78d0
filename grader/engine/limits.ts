// The default time limit of a submission, stated once: the engine applies it, `grade --help`,
// `grade batch --help` and the options read it. A leaf module, so help loads nothing else.

/** CPU time a whole submission's code may use, unless --time-limit says otherwise (runner/budget.ts). */
export const DEFAULT_TIME_LIMIT_SECONDS = 120;

/**
 * The wall-clock backstop of one student process run: the time limit counts CPU time, so code that
 * sleeps, or a machine so busy the process barely runs, is ended by the wall clock, generously.
 */
export const wallBackstopMs = (limitMs: number): number => Math.max(4 * limitMs, limitMs + 60_000);
