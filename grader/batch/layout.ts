// Names and folders: a student's id is safe as a path segment and a CSV cell, and unique in the
// batch; a submission's root is the folder holding the exercise folders, however deep the
// student's zip tool put it (`alice.zip` → `alice/exercises/logistic-regression/…`).
import { readdirSync, type Dirent } from 'node:fs';
import path from 'node:path';

const MAX_ID_LENGTH = 80;

/** A path-safe id: letters, digits, `.`, `_`, `-`, `@`, `+`; never hidden, never `.`/`..`. */
export function sanitizeId(name: string): string {
  const cleaned = name.normalize('NFC').replace(/[^\p{L}\p{N}._@+-]+/gu, '_').replace(/^[._]+|_+$/g, '').slice(0, MAX_ID_LENGTH);
  return cleaned === '' ? 'student' : cleaned;
}

/** Ids made unique (case-insensitively, for case-insensitive file systems) by `-2`, `-3` … */
export function uniqueIds(names: string[]): string[] {
  const taken = new Set<string>();
  return names.map((name) => {
    const base = sanitizeId(name);
    let id = base;
    for (let n = 2; taken.has(id.toLowerCase()); n++) id = `${base}-${n}`;
    taken.add(id.toLowerCase());
    return id;
  });
}

/** Entries never part of a submission: hidden files, macOS metadata, dependencies. */
export const isIgnored = (name: string): boolean => name.startsWith('.') || name === '__MACOSX' || name === 'node_modules';

const MAX_DEPTH = 3;

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
