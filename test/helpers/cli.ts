// The built CLI (bin/grade.js) as a user runs it, for the tests that must see the real command:
// exit code, stdout and stderr, an environment of PATH alone unless a test gives more.
import { execFile } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { repoRoot } from './submission.js';

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface CliOptions {
  cwd?: string;
  /** Added to `PATH`: nothing else of the test's environment reaches the command. */
  env?: Record<string, string>;
}

/** Runs `grade ARGS`; never rejects: a failed command is a result with its code. */
export async function gradeCli(args: string[], options: CliOptions = {}): Promise<CliRun> {
  const run = await runOnce(args, options);
  // another test file may be rebuilding dist/ at this very moment (results-schema runs the build):
  // a CLI that found its chunks missing did not grade anything; it is run once more
  if (run.code !== 0 && /ERR_MODULE_NOT_FOUND|dist\/chunks|not built yet/.test(run.stderr)) {
    await new Promise((r) => setTimeout(r, 2000));
    return runOnce(args, options);
  }
  return run;
}

function runOnce(args: string[], { cwd = os.tmpdir(), env = {} }: CliOptions): Promise<CliRun> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [path.join(repoRoot, 'bin', 'grade.js'), ...args],
      { cwd, env: { PATH: process.env.PATH, ...env }, maxBuffer: 64 << 20, timeout: 110_000 },
      (error, stdout, stderr) => resolve({ code: error ? (typeof error.code === 'number' ? error.code : null) : 0, stdout, stderr }),
    );
  });
}
