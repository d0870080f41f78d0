// Builds a Python fixture submission: a copy of reference-python/ with the fixture's files laid over
// it (test/fixtures/submissions-python/<outcome>/<name>), as helpers/submission.ts does for TypeScript.
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { repoRoot } from './submission.js';

export const pythonFixturesDir = path.join(repoRoot, 'test', 'fixtures', 'submissions-python');

export function pythonFixture(fixture: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'mlgrade-pyfixture-'));
  cpSync(path.join(repoRoot, 'reference-python'), dir, { recursive: true });
  const overlay = path.join(pythonFixturesDir, fixture);
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
