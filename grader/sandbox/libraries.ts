// Packages a submission imports from its own node_modules (or its workspace's: the first
// node_modules up from the submission folder that holds the package), copied read-only into the
// sandbox folder with their dependencies: the student process reads nothing outside that folder.
// Plain copies of regular files only: a link or a hard-linked file is left out (it could point at
// anything readable by the grader), as intake does for student files.
import { cpSync, existsSync, lstatSync, readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';

/** What is copied at most, all packages together: a submission's library, not a whole workspace. */
const MAX_BYTES = 64 * 1024 * 1024;
/** Provided by the sandbox itself (grader/sandbox/workspace.ts). */
const PROVIDED = new Set(['ml-matrix', 'mlgrade']);

/** The packages of the specifiers: `mathjs/lib/x` → `mathjs`, `@scope/pkg/x` → `@scope/pkg`; node's own modules left out. */
export function librariesOf(specifiers: Iterable<string>): Set<string> {
  const names = new Set<string>();
  for (const specifier of specifiers) {
    if (specifier.startsWith('node:') || builtinModules.includes(specifier.split('/')[0])) continue;
    const parts = specifier.split('/');
    names.add(specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]);
  }
  return names;
}

/** The folder holding `name`, looking in node_modules from `from` up to the file system's root. */
function findPackage(name: string, from: string): string | undefined {
  for (let dir = from; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'node_modules', name);
    if (existsSync(path.join(candidate, 'package.json'))) return candidate;
    if (path.dirname(dir) === dir) return undefined;
  }
}

function dependenciesOf(folder: string): string[] {
  try {
    const manifest = JSON.parse(readFileSync(path.join(folder, 'package.json'), 'utf8')) as { dependencies?: Record<string, string> };
    return Object.keys(manifest.dependencies ?? {});
  } catch {
    return [];
  }
}

/** A real folder, or a regular file with no other hard link. */
function plainEntry(source: string): boolean {
  const stats = lstatSync(source);
  return stats.isDirectory() || (stats.isFile() && stats.nlink === 1);
}

/** Bytes under `dir`, counted until past `budget`. */
function sizeOf(dir: string, budget: number): number {
  let total = 0;
  const walk = (p: string): void => {
    const stats = lstatSync(p);
    if (!stats.isDirectory()) total += stats.size;
    else for (const name of readdirSync(p)) if (total <= budget) walk(path.join(p, name));
  };
  walk(dir);
  return total;
}

/**
 * Copies the packages named (and what they depend on) into `root`/node_modules; returns a note for
 * each one not found or too large: the import then fails in the student process, naming it.
 */
export function installLibraries(names: Iterable<string>, submission: string, root: string): string[] {
  const notes: string[] = [];
  const queue = [...names].filter((n) => !PROVIDED.has(n));
  const done = new Set<string>();
  let budget = MAX_BYTES;
  for (let name = queue.shift(); name !== undefined; name = queue.shift()) {
    if (done.has(name) || PROVIDED.has(name)) continue;
    done.add(name);
    const folder = findPackage(name, submission);
    if (!folder || !lstatSync(folder).isDirectory()) continue;
    const size = sizeOf(folder, budget);
    if (size > budget) {
      notes.push(`${name} is too large to copy into the sandbox (over ${MAX_BYTES >> 20} MB with the others)`);
      continue;
    }
    budget -= size;
    cpSync(folder, path.join(root, 'node_modules', name), { recursive: true, filter: plainEntry });
    queue.push(...dependenciesOf(folder));
  }
  return notes;
}
