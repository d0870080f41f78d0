// Similarity flags for the teacher: pairs of submissions with a source file that is the same code
// once comments, formatting and names are normalised away (renamed variables, reindented copies).
// Evidence for a person to look at, never a score change. Files still equal to the starter are not
// evidence (everyone who has not started shares them), nor are files too short to tell.
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { readSubmission, type ExerciseSources } from '../engine/intake.js';
import { packageRoot } from '../paths.js';
import type { SimilarPair } from '../../reports/class/stats.js';
import type { StudentSource } from './discover.js';
import { submissionRoot } from './layout.js';
import { extractZip } from './zip.js';

/** Shorter files (in tokens) are too alike by nature (a one-line sigmoid) to say anything … */
export const MIN_TOKENS = 20;
/** … and a pair is flagged only when what they share is this long: independent vectorised one-liners coincide. */
export const MIN_SHARED_TOKENS = 120;
const TOKEN = /\/\/[^\n]*|\/\*[\s\S]*?\*\/|(["'`])(?:\\.|(?!\1)[^\\])*\1|[A-Za-z_$][\w$]*|\d[\w.]*|\S/g;
const KEYWORDS = new Set(
  [
    'break case catch class const continue default delete do else export extends false finally for function if import in',
    'instanceof let new null of return static super switch this throw true try typeof undefined var void while yield',
    'async await from as type interface',
  ]
    .join(' ')
    .split(' '),
);

/** The file's tokens with comments dropped and every name replaced by its order of first use; undefined when too short. */
export function normalise(source: string): string | undefined {
  const names = new Map<string, string>();
  // semicolons and trailing commas are formatting too (a formatter adds or drops them)
  const all = (source.match(TOKEN) ?? []).filter((t) => !t.startsWith('//') && !t.startsWith('/*') && t !== ';');
  const tokens = all.filter((t, i) => !(t === ',' && /^[)\]}]$/.test(all[i + 1] ?? '')));
  if (tokens.length < MIN_TOKENS) return undefined;
  const renamed = (t: string): string => names.get(t) ?? (names.set(t, `$${names.size}`).get(t) as string);
  return tokens.map((t) => (/^[A-Za-z_$]/.test(t) && !KEYWORDS.has(t) ? renamed(t) : t)).join(' ');
}

const starters = new Map<string, string | undefined>();

/** The starter's normalised code (undefined without a starter), read once per batch rather than once per student. */
function starterCode(exercise: string, file: string): string | undefined {
  const key = `${exercise}/${file}`;
  if (!starters.has(key)) {
    const starter = path.join(packageRoot(), 'exercises', exercise, file);
    starters.set(key, existsSync(starter) ? normalise(readFileSync(starter, 'utf8')) : undefined);
  }
  return starters.get(key);
}

/**
 * `exercise/file` → normalised code, for the student's source files that differ from the starter.
 * Read by intake's reader, never directly: regular files only, no link out of the submission (a
 * link to /dev/zero or a FIFO would hang the batch), 1 MB a file, 16 MB in all. A submission
 * intake refuses has no fingerprints.
 */
export function fingerprints(root: string, exerciseIds: string[]): Map<string, string> {
  const found = new Map<string, string>();
  let exercises: ExerciseSources[];
  try {
    exercises = readSubmission(root, exerciseIds);
  } catch {
    return found;
  }
  for (const { id, files } of exercises) {
    for (const file of files) {
      if (!('text' in file) || !/\.(ts|js|mjs)$/.test(file.name)) continue;
      const code = normalise(file.text);
      if (code !== undefined && code !== starterCode(id, file.name)) found.set(`${id}/${file.name}`, code);
    }
  }
  return found;
}

/** Every pair of students sharing enough normalised code, with the files, in batch order. */
export function similarPairs(prints: { student: string; files: Map<string, string> }[]): SimilarPair[] {
  const pairs: SimilarPair[] = [];
  prints.forEach((a, i) =>
    prints.slice(i + 1).forEach((b) => {
      const shared = [...a.files].filter(([file, code]) => b.files.get(file) === code);
      const files = shared.map(([file]) => file);
      const tokens = shared.reduce((n, [, code]) => n + code.split(' ').length, 0);
      if (tokens >= MIN_SHARED_TOKENS) pairs.push({ students: [a.student, b.student], files });
    }),
  );
  return pairs;
}

/** Fingerprints of the whole batch; a zip is extracted again (into scratch) and removed; an unreadable one has none. */
type Prints = { student: string; files: Map<string, string> };
export function batchFingerprints(students: StudentSource[], exerciseIds: string[], scratch: string): Prints[] {
  return students.map((s) => {
    const folder = s.kind === 'zip' ? path.join(scratch, 'similarity', s.id) : s.source;
    try {
      if (s.kind === 'zip') mkdirSync(folder, { recursive: true }), extractZip(s.source, folder);
      const root = submissionRoot(folder, exerciseIds);
      return { student: s.id, files: root ? fingerprints(root, exerciseIds) : new Map<string, string>() };
    } catch {
      return { student: s.id, files: new Map<string, string>() };
    } finally {
      if (s.kind === 'zip') rmSync(folder, { recursive: true, force: true });
    }
  });
}
