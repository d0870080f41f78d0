// The grader survives anything a student returns (issue 13): grader-side work on student data is
// bounded, a results file is always written, and the sandbox folder is removed on every exit path.
import { execFile, spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { GradeResults } from '../grader/model/results.js';
import { leftoverChildren, runnerProcesses } from './helpers/hostile.js';
import { fixtureSubmission, repoRoot } from './helpers/submission.js';

const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));
const temp = (prefix: string): string => {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  made.push(dir);
  return dir;
};

/** The real CLI with a TMPDIR of its own, so that what it leaves there is its own. */
function gradeWithTmp(args: string[], tmp: string): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [path.join(repoRoot, 'bin', 'grade.js'), ...args],
      { env: { PATH: process.env.PATH, TMPDIR: tmp }, maxBuffer: 64 << 20 },
      (error, _stdout, stderr) => resolve({ code: error ? (typeof error.code === 'number' ? error.code : null) : 0, stderr }),
    );
  });
}

describe('a grader that survives what a student returns', () => {
  // its own timeout: the call limits count the student's CPU time, so on a loaded machine the 8 MB reply takes minutes of wall time
  it('a train returning W1 of (800000, 2): exit 1, a complete results file, that step not passed, no folder left', {
    timeout: 240_000,
  }, async () => {
    const submission = fixtureSubmission('hostile/fail/huge-train-return');
    made.push(submission);
    const [out, tmp] = [temp('mlgrade-survive-out-'), temp('mlgrade-survive-tmp-')];
    const run = await gradeWithTmp(
      ['--submission', submission, '--exercise', 'shallow-network', '--step', 'train', '--out-dir', out, '--reporter', 'json'],
      tmp,
    );
    expect(run.code, run.stderr).toBe(1);
    const results = JSON.parse(readFileSync(path.join(out, 'results.json'), 'utf8')) as GradeResults;
    expect(results.graderError).toBeUndefined();
    const steps = results.exercises.find((e) => e.id === 'shallow-network')?.steps ?? [];
    // on a loaded machine the 8 MB reply may not get out within train's call limit: a timeout, not a
    // pass; the bound itself is tested without a student process (test/integrity-bounds.test.ts)
    const train = steps.find((s) => s.id === 'train');
    expect(['failed', 'timeout']).toContain(train?.status);
    if (train?.status === 'failed') expect(train.message).toMatch(/params\.W1 must be .*yours is \(800000, 2\)/);
    expect(readdirSync(tmp)).toEqual([]);
  });
});

describe('a grader stopped by a signal', () => {
  it.each(['SIGINT', 'SIGTERM'] as const)(
    '%s mid-grading: the grader ends by it, its sandbox folder and student process are gone',
    async (signal) => {
      const submission = fixtureSubmission('hostile/timeout/hang');
      made.push(submission);
      const tmp = temp('mlgrade-signal-tmp-');
      const child = spawn(
        process.execPath,
        [path.join(repoRoot, 'bin', 'grade.js'), '--submission', submission, '--out-dir', temp('mlgrade-signal-out-')],
        { env: { PATH: process.env.PATH, TMPDIR: tmp }, stdio: 'ignore' },
      );
      const ended = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, sig) => resolve(sig)));
      // waits for the grader's student process (a hanging call is running) rather than for a time
      while (!runnerProcesses().some((p) => p.ppid === child.pid || isDescendant(p.pid, child.pid as number)))
        await new Promise((r) => setTimeout(r, 50));
      expect(readdirSync(tmp).filter((f) => f.startsWith('mlgrade-'))).toHaveLength(1);
      child.kill(signal);
      expect(await ended).toBe(signal);
      expect(readdirSync(tmp)).toEqual([]);
      expect(await leftoverChildren()).toEqual([]);
    },
  );
});

function isDescendant(pid: number, ancestor: number): boolean {
  for (let p = pid, hops = 0; p > 1 && hops < 8; hops++) {
    if (p === ancestor) return true;
    try {
      p = Number(/^PPid:\s+(\d+)/m.exec(readFileSync(`/proc/${p}/status`, 'utf8'))?.[1]);
    } catch {
      return false;
    }
  }
  return false;
}
