// Names and folders: a student's id is safe as a path segment and a CSV cell, and unique in the
// batch; a submission's root is the folder holding the exercise folders, however deep the
// student's zip tool put it (`alice.zip` → `alice/exercises/logistic-regression/…`).

const MAX_ID_LENGTH = 80;

/** A path-safe id: letters, digits, `.`, `_`, `-`, `@`, `+`; never hidden, never `.`/`..`. */
export function sanitizeId(name: string): string {
  const cleaned = name
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}._@+-]+/gu, '_')
    .replace(/^[._]+|_+$/g, '')
    .slice(0, MAX_ID_LENGTH);
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

// one finder for every entry point (grade, grade batch, the platform bundles): grader/engine/find-submission.ts
export { isIgnored, submissionRoot } from '../engine/find-submission.js';
