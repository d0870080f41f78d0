// `grade batch` as a teacher runs it: the real bin/grade.js in a child process, with a clean environment.
import { execFile } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { repoRoot } from './submission.js';

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
  ms: number;
}

export const cleanEnv = (): NodeJS.ProcessEnv => ({ PATH: process.env.PATH, HOME: os.tmpdir(), TMPDIR: os.tmpdir() });

export function batch(args: string[]): Promise<Run> {
  const started = Date.now();
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [path.join(repoRoot, 'bin', 'grade.js'), 'batch', ...args],
      { cwd: repoRoot, env: cleanEnv(), maxBuffer: 64 << 20 },
      (error, stdout, stderr) =>
        resolve({ code: error ? (typeof error.code === 'number' ? error.code : null) : 0, stdout, stderr, ms: Date.now() - started }),
    );
  });
}
