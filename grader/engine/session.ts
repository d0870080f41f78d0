// A submission's sandbox and its student process, started as early as possible: the process takes
// 60–100 ms to boot, which the grade command hides behind loading the rest of the grader and
// compiling the files, rather than waiting for them. Light on purpose (no engine imports).
import { StudentProcess } from '../runner/client.js';
import { DEFAULT_TIME_LIMIT_SECONDS } from './limits.js';
import { openSandbox, type Sandbox, type SandboxOptions } from '../sandbox/index.js';

/** Wall-clock limit of a whole submission, unless --time-limit says otherwise. */
export const DEFAULT_SUBMISSION_LIMIT_MS = DEFAULT_TIME_LIMIT_SECONDS * 1000;

export interface StudentSession {
  sandbox: Sandbox;
  proc: StudentProcess;
  /** Kills the process, then removes the sandbox (after its exit: see StudentProcess.close). Safe to call twice. */
  close(): Promise<void>;
}

export async function startSession(options: SandboxOptions & { submissionLimitMs?: number }): Promise<StudentSession> {
  const sandbox = await openSandbox({ ...options, submissionLimitMs: options.submissionLimitMs ?? DEFAULT_SUBMISSION_LIMIT_MS });
  const proc = new StudentProcess({
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
  return { sandbox, proc, close };
}
