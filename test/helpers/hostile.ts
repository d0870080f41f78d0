// What every hostile submission must leave true: the grader survives, every step the submission
// did not change is graded normally, the secrets appear nowhere, no file outside the output folder
// changed, no process is left, and a valid results file is written.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { expect } from 'vitest';
import { gradeSubmission } from '../../grader/engine/grade-submission.js';
import type { GradeResults, StepResult } from '../../grader/model/results.js';
import { EXERCISES } from '../../grader/spec/index.js';
import { writeReports } from '../../reports/write.js';
import { gradeCli as runCli, type CliRun } from './cli.js';
import { repoRoot } from './submission.js';

/** Where the hostile fixtures look for a secret and try to write (fixed: they are static files). */
export const HOSTILE_DIR = '/tmp/mlgrade-hostile';
export const SECRET_FILE_TEXT = 'SECRET-FILE-c9b1e4a07d';
export const SECRET_ENV_NAME = 'MLGRADE_HOSTILE_TOKEN';
export const SECRET_ENV_TEXT = 'SECRET-ENV-5e02f7aa31';
/** Short limits keep the hostile suite fast; generous enough for the reference under load. */
export const SHORT_CALL_MS = 1200;

export function prepareHostileTargets(): void {
  mkdirSync(HOSTILE_DIR, { recursive: true, mode: 0o755 });
  const secret = path.join(HOSTILE_DIR, 'secret.txt');
  // world-readable on purpose: only the sandbox, not file modes, keeps student code from it
  if (!existsSync(secret) || readFileSync(secret, 'utf8') !== SECRET_FILE_TEXT) writeFileSync(secret, SECRET_FILE_TEXT, { mode: 0o644 });
  process.env[SECRET_ENV_NAME] = SECRET_ENV_TEXT;
}

/** A fingerprint of every file under the given folders (content hashes, modes). */
export function snapshot(dirs: string[]): Map<string, string> {
  const out = new Map<string, string>();
  const visit = (dir: string): void => {
    if (!existsSync(dir)) return;
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) visit(full);
      else if (entry.isFile()) out.set(full, `${statSync(full).mode}:${createHash('sha1').update(readFileSync(full)).digest('hex')}`);
      else out.set(full, entry.isSymbolicLink() ? 'link' : 'other');
    }
  };
  dirs.forEach(visit);
  return out;
}

export function changes(before: Map<string, string>, after: Map<string, string>): string[] {
  const keys = new Set([...before.keys(), ...after.keys()]);
  return [...keys].filter((k) => before.get(k) !== after.get(k)).sort();
}

/** The folders no hostile submission may change (the output folder is not among them). */
export const guardedDirs = (submission: string): string[] => [submission, HOSTILE_DIR, path.join(repoRoot, 'reference')];

/** Live processes whose command line mentions the student runner (zombies excluded). */
export function runnerProcesses(): { pid: number; ppid: number }[] {
  const found: { pid: number; ppid: number }[] = [];
  for (const entry of readdirSync('/proc').filter((e) => /^\d+$/.test(e))) {
    try {
      const cmdline = readFileSync(`/proc/${entry}/cmdline`, 'utf8');
      const status = readFileSync(`/proc/${entry}/status`, 'utf8');
      if (!cmdline.includes('.mlgrade-runner') || /^State:\s+Z/m.test(status)) continue;
      found.push({ pid: Number(entry), ppid: Number(/^PPid:\s+(\d+)/m.exec(status)?.[1]) });
    } catch {
      // gone
    }
  }
  return found;
}

/**
 * Student processes this test process started (directly, through prlimit/bwrap, or through a CLI
 * run) that still live, and orphaned runners of any grader (which nobody would ever kill).
 */
export async function leftoverChildren(): Promise<number[]> {
  const mine = (): number[] => {
    const all = runnerProcesses();
    const parents = new Map(
      readdirSync('/proc')
        .filter((e) => /^\d+$/.test(e))
        .map((e) => {
          try {
            return [Number(e), Number(/^PPid:\s+(\d+)/m.exec(readFileSync(`/proc/${e}/status`, 'utf8'))?.[1])] as const;
          } catch {
            return [Number(e), 0] as const;
          }
        }),
    );
    const descends = (pid: number): boolean => {
      for (let p = pid, hops = 0; p > 1 && hops < 20; p = parents.get(p) ?? 0, hops++) if (p === process.pid) return true;
      return false;
    };
    return all.filter((p) => descends(p.pid) || p.ppid === 1).map((p) => p.pid);
  };
  // a killed process is reaped a moment later, and another file's orphaned runner (its grader killed
  // on purpose) exits once it reads the end of its channel: on a loaded machine that takes seconds
  for (let i = 0; i < 100 && mine().length > 0; i++) await new Promise((r) => setTimeout(r, 50));
  return mine();
}

const resultsSchema = JSON.parse(readFileSync(path.join(repoRoot, 'schema', 'results.schema.json'), 'utf8'));
export const validateResults = new Ajv2020({ allErrors: true, strict: true }).compile<GradeResults>(resultsSchema);

export interface StepExpectation {
  exercise: string;
  step: string;
  status: StepResult['status'] | StepResult['status'][];
  message?: RegExp;
}

export const stepsOf = (results: GradeResults): Map<string, StepResult> =>
  new Map(results.exercises.flatMap((e) => e.steps.map((s) => [`${e.id}/${s.id}`, s] as const)));

/** Each hostile step gets its expected status; every other step passes or names a hostile step as its cause. */
export function expectSteps(results: GradeResults, hostile: StepExpectation[]): void {
  const steps = stepsOf(results);
  for (const h of hostile) {
    const step = steps.get(`${h.exercise}/${h.step}`);
    expect([h.status].flat(), `${h.exercise}/${h.step}: ${step?.status} ${step?.message}`).toContain(step?.status);
    if (h.message) expect(step?.message, `${h.exercise}/${h.step}`).toMatch(h.message);
    // a hostile step scores only by returning right answers
    if (step?.status !== 'passed') expect(step?.score, `${h.exercise}/${h.step} scored`).toBe(0);
  }
  const hostileIds = new Set(hostile.map((h) => `${h.exercise}/${h.step}`));
  for (const [id, step] of steps) {
    if (hostileIds.has(id)) continue;
    const exercise = id.split('/')[0];
    const causes = hostile.filter((h) => h.exercise === exercise).map((h) => h.step);
    if (step.status !== 'passed')
      expect(
        (step.causedBy ?? []).some((c) => causes.includes(c)),
        `${id} (${step.status}: ${step.message}) names no hostile step`,
      ).toBe(true);
  }
}

/** Text the results, printed output and messages must never contain. */
export function expectNoSecrets(...texts: string[]): void {
  for (const text of texts) {
    expect(text).not.toContain(SECRET_FILE_TEXT);
    expect(text).not.toContain(SECRET_ENV_TEXT);
  }
}

export interface HostileRun {
  results: GradeResults;
  resultsFile: string;
}

/**
 * Grades a submission in this process and writes its results file into `outDir`. Short limits keep
 * the hostile suite fast; `limits: 'steps'` keeps each step's own limit, for an assertion that must
 * not depend on how fast a loaded machine moves megabytes (a flood must be an error, never a timeout).
 */
export async function gradeInProcess(submission: string, outDir: string, limits: 'short' | 'steps' = 'short'): Promise<HostileRun> {
  const sandbox = limits === 'short' ? { maxCallMs: SHORT_CALL_MS } : {};
  const results = await gradeSubmission({ submission, seed: 1234, exercises: EXERCISES, sandbox });
  const [resultsFile] = await writeReports(results, ['json'], outDir);
  return { results, resultsFile };
}

export type { CliRun };

/** The real CLI (test/helpers/cli.ts), with the secret in its environment as a CI token would be. */
export function gradeCli(args: string[], cwd = os.tmpdir()): Promise<CliRun> {
  return runCli(args, { cwd, env: { [SECRET_ENV_NAME]: SECRET_ENV_TEXT } });
}
