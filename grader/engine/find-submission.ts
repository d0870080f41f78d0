// The one submission finder, used by `grade`, `grade batch` and the platform bundles alike: the
// folder given is resolved once to its real path (the root every graded file must stay inside),
// then the exercise folders are looked for in it, however deep a student's zip tool put them
// (`my-hw/exercises/logistic-regression/…`). Links are never followed while looking.
import { lstatSync, readdirSync, realpathSync, type Dirent } from 'node:fs';
import path from 'node:path';
import { UsageError } from './errors.js';

const MAX_DEPTH = 3;

/** Entries never part of a submission: hidden files, macOS metadata, dependencies. */
export const isIgnored = (name: string): boolean => name.startsWith('.') || name === '__MACOSX' || name === 'node_modules';

export interface FoundSubmission {
  /** The real path of the folder given: nothing outside it is graded. */
  root: string;
  /** The folder holding the exercise folders (the root itself, or a folder inside it). */
  folder: string;
}

/** Throws a UsageError (exit code 2) when `dir` is missing, not a folder, or a symbolic link. */
export function findSubmission(dir: string, exerciseIds: string[]): FoundSubmission {
  let stats;
  try {
    stats = lstatSync(dir);
  } catch {
    throw new UsageError(`no submission folder at ${dir}: pass --submission DIR (a folder laid out like exercises/)`);
  }
  // `exercises -> …/reference` would otherwise grade the reference: the folder itself is graded, never a link
  if (stats.isSymbolicLink()) throw new UsageError(`${dir} is a symbolic link: submit the folder itself (links are not followed)`);
  if (!stats.isDirectory()) throw new UsageError(`${dir} is not a folder: pass --submission DIR (a folder laid out like exercises/)`);
  const root = realpathSync(dir);
  return { root, folder: submissionRoot(root, exerciseIds) ?? root };
}

/**
 * The shallowest folder (breadth-first, a few levels deep) that holds at least one exercise
 * folder; `undefined` when there is none (an empty or unrelated submission).
 */
export function submissionRoot(dir: string, exerciseIds: string[]): string | undefined {
  let level = [dir];
  for (let depth = 0; depth <= MAX_DEPTH && level.length > 0; depth++) {
    const next: string[] = [];
    for (const folder of level) {
      const subfolders = listFolders(folder);
      if (subfolders.some((d) => exerciseIds.includes(d.name))) return folder;
      next.push(...subfolders.filter((d) => !isIgnored(d.name)).map((d) => path.join(folder, d.name)));
    }
    level = next.sort();
  }
  return undefined;
}

function listFolders(dir: string): Dirent[] {
  try {
    // symbolic links are not followed: a student's link could point anywhere on the machine
    return readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory());
  } catch {
    return [];
  }
}

/** What a folder holds, for a message: `notes.md, hw/ (folder), exercises (a symbolic link, not followed)`. */
export function describeContents(dir: string, max = 8): string {
  let entries: Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true }).filter((e) => e.name !== '.DS_Store');
  } catch {
    return 'nothing readable';
  }
  if (entries.length === 0) return 'nothing (the folder is empty)';
  const named = entries
    .sort((a, b) => (a.name < b.name ? -1 : 1))
    .slice(0, max)
    .map((e) => (e.isSymbolicLink() ? `${e.name} (a symbolic link, not followed)` : e.isDirectory() ? `${e.name}/` : e.name));
  return named.join(', ') + (entries.length > max ? ` and ${entries.length - max} more` : '');
}

/** Whether `file` is `root` or lies inside it (both real paths). */
export const isInside = (root: string, file: string): boolean =>
  file === root || file.startsWith(root.endsWith(path.sep) ? root : root + path.sep);
