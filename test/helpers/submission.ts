// Builds a fixture submission: a copy of reference/ with the fixture's files laid over it.
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
export const fixturesDir = path.join(repoRoot, 'test', 'fixtures', 'submissions');

/** A temporary submission: reference/ overlaid with `test/fixtures/submissions/<fixture>`. */
export function fixtureSubmission(fixture: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'mlgrade-fixture-'));
  cpSync(path.join(repoRoot, 'reference'), dir, { recursive: true });
  const overlay = path.join(fixturesDir, fixture);
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
