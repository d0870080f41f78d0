// What a save affects, for `grade --watch`: the submission's import graph, read from the source
// files as they are now (relative imports and requires, resolved like the student process does,
// with or without an extension, a folder's index), so a saved file re-grades its own exercise
// and every exercise with a file that imports it, directly or through others.
import { readdirSync, readFileSync, type Dirent } from 'node:fs';
import path from 'node:path';
import { SOURCE_EXTENSIONS } from '../engine/intake.js';

/** Folders never graded (dependencies, version control, editors' and tools' folders). */
export const IGNORED_DIR = /^(node_modules|\..*)$/;

/** A source path without its extension and a trailing `/index`: what an import names, however it spells it. */
export function moduleKey(file: string): string {
  const posix = file.split(path.sep).join('/');
  const ext = SOURCE_EXTENSIONS.find((e) => posix.endsWith(e));
  const bare = ext ? posix.slice(0, -ext.length) : posix;
  return bare.replace(/\/index$/, '');
}

const SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(?\s*|\brequire\s*\(\s*)['"](\.{1,2}\/[^'"]*)['"]/g;

/** Relative import specifiers of a source text (comments are not parsed out: a false edge only grades more). */
export function importSpecifiers(text: string): string[] {
  return [...text.matchAll(SPECIFIER)].map((m) => m[1]);
}

/** Every source file of the submission, relative to it (posix separators). */
export function sourceFiles(root: string, dir = ''): string[] {
  let entries: Dirent[];
  try {
    entries = readdirSync(path.join(root, dir), { withFileTypes: true });
  } catch {
    return []; // removed while we looked: the next event says so
  }
  return entries.flatMap((entry) => {
    const relative = dir ? `${dir}/${entry.name}` : entry.name;
    if (entry.isDirectory()) return IGNORED_DIR.test(entry.name) ? [] : sourceFiles(root, relative);
    return SOURCE_EXTENSIONS.some((ext) => entry.name.endsWith(ext)) ? [relative] : [];
  });
}

/** For each module key, the keys of the modules that import it. */
export function importersOf(root: string): Map<string, Set<string>> {
  const importers = new Map<string, Set<string>>();
  for (const file of sourceFiles(root)) {
    let text: string;
    try {
      text = readFileSync(path.join(root, file), 'utf8');
    } catch {
      continue;
    }
    for (const specifier of importSpecifiers(text)) {
      const target = moduleKey(path.posix.join(path.posix.dirname(file), specifier));
      if (!importers.has(target)) importers.set(target, new Set());
      importers.get(target)?.add(moduleKey(file));
    }
  }
  return importers;
}

/**
 * The exercises (ids among `exercises`) that changed files affect: the one each file is in, and
 * the one of every file importing it, transitively. A deleted or renamed file counts by the
 * name it had: its importers now fail to load it.
 */
export function affectedExercises(root: string, changed: readonly string[], exercises: readonly string[]): string[] {
  const importers = importersOf(root);
  const seen = new Set<string>();
  const queue = changed.map(moduleKey);
  while (queue.length > 0) {
    const key = queue.pop() as string;
    if (seen.has(key)) continue;
    seen.add(key);
    // a changed folder (created, removed, renamed) stands for every module under it
    for (const [target, from] of importers) {
      if (target === key || target.startsWith(`${key}/`)) queue.push(...from);
    }
  }
  const ids = new Set([...seen].map((key) => key.split('/')[0]));
  return exercises.filter((id) => ids.has(id));
}
