// The student workspace's package-lock.json, so that `npm ci` (GitHub Classroom's workflow, a
// student's first install) installs exactly the versions the grader was released with. It is cut
// from the grader's own lock file: the workspace root, the grader as a linked workspace package,
// and the closure of the packages the student grader imports, as they are locked there.
import { readFileSync } from 'node:fs';
import path from 'node:path';

interface LockEntry {
  version?: string;
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  dev?: boolean;
  devOptional?: boolean;
  optional?: boolean;
  [key: string]: unknown;
}

export interface GraderManifest {
  name: string;
  version: string;
  dependencies: Record<string, string>;
  bin: Record<string, string>;
  engines: object;
  [key: string]: unknown;
}

export function studentLockfile(root: string, workspace: string, grader: GraderManifest): object {
  const own = JSON.parse(readFileSync(path.join(root, 'package-lock.json'), 'utf8')) as { packages: Record<string, LockEntry> };
  const packages: Record<string, LockEntry> = {
    '': { name: workspace, workspaces: ['mlgrade'] },
    mlgrade: { name: grader.name, version: grader.version, dependencies: grader.dependencies, bin: grader.bin, engines: grader.engines },
    'node_modules/mlgrade': { resolved: 'mlgrade', link: true },
  };
  const queue = Object.keys(grader.dependencies);
  const seen = new Set<string>();
  while (queue.length > 0) {
    const name = queue.shift() as string;
    const key = `node_modules/${name}`;
    const entry = own.packages[key];
    if (seen.has(name) || !entry) continue;
    seen.add(name);
    packages[key] = forProduction(entry);
    queue.push(...Object.keys(entry.dependencies ?? {}), ...Object.keys(entry.optionalDependencies ?? {}));
  }
  const sorted = Object.entries(packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b)));
  return { name: workspace, lockfileVersion: 3, requires: true, packages: Object.fromEntries(sorted) };
}

/** A locked package as a production dependency: no dev flags (in the grader's repository some are shared with its tests). */
function forProduction(entry: LockEntry): LockEntry {
  const { dev: _dev, devOptional, ...rest } = entry;
  return devOptional ? { ...rest, optional: true } : rest;
}
