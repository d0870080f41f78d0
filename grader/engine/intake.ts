// Finds a submission's files: which exercise folders exist, which file holds each step.
import { lstatSync, readdirSync } from 'node:fs';
import path from 'node:path';

export const SOURCE_EXTENSIONS = ['.ts', '.mts', '.cts', '.js', '.mjs', '.cjs'] as const;
/** Student files larger than this are not compiled (a step is a few lines). */
export const MAX_FILE_BYTES = 1024 * 1024;
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

/** Source files of one exercise folder, relative to it, regular files only (links are not followed). */
export function listSources(dir: string, depth = 0): string[] {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  const out: string[] = [];
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory() && depth < MAX_DEPTH) {
      out.push(...listSources(full, depth + 1).map((f) => path.join(entry.name, f)));
    } else if (entry.isFile() && SOURCE_EXTENSIONS.some((ext) => entry.name.endsWith(ext)) && !entry.name.endsWith('.d.ts')) {
      if (lstatSync(full).size <= MAX_FILE_BYTES) out.push(entry.name);
    }
  }
  return out;
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
