// Finds a submission's files and reads them, safely: regular files only, allowed extensions, size
// caps, everything by its real path inside the submission's root (a link to the reference, or to
// anything outside, is rejected, not read; a link to a file of the submission is read), hard links
// rejected, FIFOs and devices never opened. The grader reads student files as text and never imports them.
import { closeSync, constants, fstatSync, lstatSync, openSync, readdirSync, readSync, realpathSync, type Dirent } from 'node:fs';
import path from 'node:path';
import { UsageError } from './errors.js';
import { isPythonSource, MAX_NOTEBOOK_BYTES } from '../python/layout.js';
import { describeContents, isInside } from './find-submission.js';

export const SOURCE_EXTENSIONS = ['.ts', '.mts', '.cts', '.js', '.mjs', '.cjs'] as const;
/** A step file larger than this is not a step file (a step is a few lines). */
export const MAX_FILE_BYTES = 1024 * 1024;
/** All of a submission's source files together. */
export const MAX_TOTAL_BYTES = 16 * 1024 * 1024;
export const MAX_FILES = 1000;
const MAX_DEPTH = 3;

/** `linearForward` → `linear-forward`, `dAPrev` → `d-a-prev`. */
export function kebab(step: string): string {
  return step.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}

/** The file names a step may have, in order of preference. */
export function candidateNames(step: string): string[] {
  const bases = [...new Set([step, kebab(step)])];
  return bases.flatMap((base) => SOURCE_EXTENSIONS.map((ext) => base + ext));
}

/** A source file of an exercise: its text, or why it was not read (it then fails as that step's error). */
export type SourceFile = { name: string; text: string } | { name: string; rejected: string };

export interface ExerciseSources {
  id: string;
  /** By path relative to the exercise folder, sorted. */
  files: SourceFile[];
}

const isSource = (name: string): boolean =>
  (SOURCE_EXTENSIONS.some((ext) => name.endsWith(ext)) && !name.endsWith('.d.ts')) || isPythonSource(name);

/**
 * Reads the source files of the given exercises. Throws a UsageError (exit code 2) for a
 * submission that cannot be graded: no student files at all, a step file that is a FIFO or a
 * device, too large, or not text.
 */
export function readSubmission(dir: string, exerciseIds: string[], root = realpathSync(dir)): ExerciseSources[] {
  const budget = { files: 0, bytes: 0 };
  const exercises = exerciseIds.map((id) => ({ id, files: readExercise(root, dir, id, budget) }));
  if (budget.files === 0) {
    const expected = exerciseIds.map((id) => `${id}/`).join(', ');
    const layout =
      `expected exercise folders (${expected}) holding one .ts or .js file per ` +
      `step (or .py files, a module or a notebook), laid out like exercises/`;
    throw new UsageError(`no student files in ${dir}: ${layout}; found ${describeContents(dir)}`);
  }
  return exercises;
}

/** The real path of `file` when it lies inside `root`; undefined when it does not exist or leads outside. */
function realInside(root: string, file: string): string | undefined {
  try {
    const real = realpathSync(file);
    return isInside(root, real) ? real : undefined;
  } catch {
    return undefined;
  }
}

function readExercise(root: string, dir: string, id: string, budget: { files: number; bytes: number }): SourceFile[] {
  const given = path.join(dir, id);
  let stats;
  try {
    stats = lstatSync(given);
  } catch {
    return [];
  }
  const folder = stats.isSymbolicLink() ? realInside(root, given) : given;
  // a link out of the submission (to the reference, say): each file it shows is refused, the rest is graded
  if (folder === undefined) return outsideLink(given, id);
  if (!lstatSync(folder).isDirectory()) return [];
  const files: SourceFile[] = [];
  for (const name of listNames(folder)) {
    const file = readSource(root, path.join(folder, name), `${id}/${name}`);
    files.push({ name, ...file });
    budget.files++;
    budget.bytes += 'text' in file ? file.text.length : 0;
    if (budget.files > MAX_FILES) throw new UsageError(`${dir} holds more than ${MAX_FILES} source files: is it really a submission?`);
    if (budget.bytes > MAX_TOTAL_BYTES)
      throw new UsageError(`the source files in ${dir} add up to more than ${MAX_TOTAL_BYTES >> 20} MB: is it really a submission?`);
  }
  return files;
}

/** Names of the source-named entries under an exercise folder, relative to it; real folders only are entered. */
function listNames(dir: string, depth = 0): string[] {
  let entries: Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  const out: string[] = [];
  // code-point order: the same on every machine, and localeCompare's first call costs ~8 ms of ICU set-up
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    if (entry.isDirectory()) {
      if (depth < MAX_DEPTH) out.push(...listNames(path.join(dir, entry.name), depth + 1).map((f) => path.join(entry.name, f)));
    } else if (isSource(entry.name)) {
      out.push(entry.name);
    }
  }
  return out;
}

const LINK_OUT =
  'is a symbolic link to something outside the submission: submit the file itself (links out of the submission are not followed)';

/** The source names a link out of the submission shows, each refused: its steps fail saying why. */
function outsideLink(given: string, id: string): SourceFile[] {
  let names: string[] = [];
  try {
    names = listNames(realpathSync(given));
  } catch {
    // a dangling link: nothing to name
  }
  return names.map((name) => ({ name, rejected: `${id} ${LINK_OUT}` }));
}

/** Reads one source-named entry by its real path inside the root, without blocking on a FIFO. */
function readSource(root: string, given: string, label: string): { text: string } | { rejected: string } {
  const file = lstatSync(given).isSymbolicLink() ? realInside(root, given) : given;
  if (file === undefined) return { rejected: `${label} ${LINK_OUT}` };
  const stats = lstatSync(file);
  if (!stats.isFile()) throw new UsageError(`${label} is not a regular file (${kind(stats)}): a step file must be plain text`);
  const fd = openSync(file, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  try {
    // checked again on the open file: it may have been swapped since lstat
    const opened = fstatSync(fd);
    if (!opened.isFile()) throw new UsageError(`${label} is not a regular file (${kind(opened)}): a step file must be plain text`);
    if (opened.nlink > 1) return { rejected: `${label} has other hard links: submit a copy of the file itself (links are not followed)` };
    const max = label.endsWith('.ipynb') ? MAX_NOTEBOOK_BYTES : MAX_FILE_BYTES;
    if (opened.size > max) throw new UsageError(`${label} is ${megabytes(opened.size)}; a step file may be at most ${megabytes(max)}`);
    const bytes = Buffer.alloc(opened.size);
    const read = opened.size > 0 ? readSync(fd, bytes, 0, opened.size, 0) : 0;
    return { text: decodeText(bytes.subarray(0, read), label) };
  } finally {
    closeSync(fd);
  }
}

function decodeText(bytes: Buffer, label: string): string {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new UsageError(`${label} is not UTF-8 text (binary data?): a step file must be TypeScript or JavaScript source`);
  }
  if (text.includes('\0'))
    throw new UsageError(`${label} contains NUL bytes (binary data?): a step file must be TypeScript or JavaScript source`);
  return text;
}

const megabytes = (bytes: number): string => `${(bytes / (1024 * 1024)).toFixed(bytes < 1024 * 1024 ? 2 : 1)} MB`;

function kind(stats: {
  isFIFO(): boolean;
  isSocket(): boolean;
  isCharacterDevice(): boolean;
  isBlockDevice(): boolean;
  isDirectory(): boolean;
}): string {
  if (stats.isFIFO()) return 'a FIFO';
  if (stats.isSocket()) return 'a socket';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'a device';
  if (stats.isDirectory()) return 'a folder';
  return 'not a file';
}

export interface StepLocation {
  /** The step's own file, relative to the exercise folder, when there is one. */
  file?: string;
  /** The exercise's index file, when there is one: the fallback. */
  index?: string;
  lookedFor: string[];
}

export function locateStep(sources: string[], step: string): StepLocation {
  const names = candidateNames(step);
  const file = names.find((n) => sources.includes(n));
  const index = ['index.ts', 'index.mts', 'index.js', 'index.mjs', 'index.cjs'].find((n) => sources.includes(n));
  return { file, index, lookedFor: [...names.slice(0, 1), kebab(step) + '.ts', 'index.ts'] };
}

/** Compiled path of a source file: extension replaced by `.js`. */
export function compiledName(source: string): string {
  return source.replace(/\.(ts|mts|cts|js|mjs|cjs)$/, '.js');
}
