// Fixtures that hold symbolic links: laid over a copy of reference/ like the others
// (helpers/submission.ts), each link recreated so it still names what it named in the fixture —
// a link inside the fixture stays relative, a link out of it becomes absolute.
import { copyFileSync, cpSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readlinkSync, rmSync, symlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fixturesDir, repoRoot } from './submission.js';

export function linkedFixture(fixture: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'mlgrade-linked-'));
  cpSync(path.join(repoRoot, 'reference'), dir, { recursive: true });
  overlay(path.join(fixturesDir, fixture), dir, path.join(fixturesDir, fixture));
  return dir;
}

function overlay(from: string, to: string, top: string): void {
  for (const name of readdirSync(from)) {
    const [source, target] = [path.join(from, name), path.join(to, name)];
    const stats = lstatSync(source);
    if (stats.isDirectory()) {
      mkdirSync(target, { recursive: true });
      overlay(source, target, top);
      continue;
    }
    rmSync(target, { recursive: true, force: true });
    if (!stats.isSymbolicLink()) copyFileSync(source, target);
    else {
      const text = readlinkSync(source);
      const named = path.resolve(from, text);
      symlinkSync(named.startsWith(top + path.sep) ? text : named, target);
    }
  }
}
