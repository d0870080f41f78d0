// Builds a fixture submission: a copy of reference/ with the fixture's files laid over it.
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { StepResult } from '../../grader/model/results.js';

export const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
export const fixturesDir = path.join(repoRoot, 'test', 'fixtures', 'submissions');

/** A temporary submission: reference/ overlaid with `test/fixtures/submissions/<fixture>` (or another base and fixtures folder). */
export function fixtureSubmission(fixture: string, base = 'reference', fixtures = fixturesDir): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'mlgrade-fixture-'));
  cpSync(path.join(repoRoot, base), dir, { recursive: true });
  const overlay = path.join(fixtures, fixture);
  if (!existsSync(overlay)) throw new Error(`no fixture ${fixture}`);
  for (const exercise of readdirSync(overlay)) {
    const from = path.join(overlay, exercise);
    if (!statSync(from).isDirectory()) continue;
    const to = path.join(dir, exercise);
    if (existsSync(path.join(from, '.replace'))) rmSync(to, { recursive: true, force: true });
    cpSync(from, to, { recursive: true });
  }
  return dir;
}

/** What a fixture test asserts: the changed step's status and message, and more checks of its own. */
export interface FixtureExpectation {
  fixture: string;
  exercise: string;
  step?: string;
  status?: StepResult['status'];
  message?: RegExp;
  check?: (steps: Map<string, StepResult>) => void;
}
