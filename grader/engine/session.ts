// A submission's sandbox and its student process, started as early as possible: the process takes
// 60–100 ms to boot, which the grade command hides behind loading the rest of the grader and
// compiling the files, rather than waiting for them. Light on purpose (no engine imports).
import { Budget } from '../runner/budget.js';
import { StudentProcess } from '../runner/client.js';
import { DEFAULT_TIME_LIMIT_SECONDS } from './limits.js';
import { openSandbox, type Sandbox, type SandboxOptions } from '../sandbox/index.js';

/** CPU time of a whole submission, unless --time-limit says otherwise. */
export const DEFAULT_SUBMISSION_LIMIT_MS = DEFAULT_TIME_LIMIT_SECONDS * 1000;

export interface StudentSession {
  sandbox: Sandbox;
  proc: StudentProcess;
  /** The submission's time, shared by its student processes (node and Python). */
  budget: Budget;
  /** Kills the process, then removes the sandbox (after its exit: see StudentProcess.close). Safe to call twice. */
  close(): Promise<void>;
}

export async function startSession(options: SandboxOptions & { submissionLimitMs?: number }): Promise<StudentSession> {
  const limitMs = options.submissionLimitMs ?? DEFAULT_SUBMISSION_LIMIT_MS;
  const sandbox = await openSandbox({ ...options, submissionLimitMs: limitMs });
  const budget = new Budget(limitMs);
  const proc = new StudentProcess({
    budget,
    launches: sandbox.launches,
    maxCallMs: sandbox.maxCallMs,
    launchFailed: sandbox.launchFailed,
    afterKill: sandbox.sweep,
  });
  // a grader ended by a signal closes its sandboxes itself (sandbox/index.ts): the process goes first
  sandbox.beforeClose = () => void proc.close();
  try {
    proc.start();
  } catch (error) {
    sandbox.close();
    throw error;
  }
  let closing: Promise<void> | undefined;
  const close = (): Promise<void> => (closing ??= proc.close().then(() => sandbox.close()));
  return { sandbox, proc, budget, close };
}
