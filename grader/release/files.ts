// File operations of a release: copies that skip what never belongs in a bundle, and text files
// written with their mode.
import { chmodSync, cpSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { packageRoot } from '../paths.js';
import { runnerSource } from '../python/runtime.js';
import type { ZipEntry } from './zip.js';

/** Build leftovers, editors' and systems' files: never part of a bundle. */
const SKIPPED = /(^|[\\/])(node_modules|\.git|\.DS_Store|grade-results)([\\/]|$)|\.map$/;

export function copyTree(from: string, to: string, keep: (file: string) => boolean = () => true): void {
  cpSync(from, to, {
    recursive: true,
    filter: (src) => !SKIPPED.test(path.relative(from, src)) && (statSync(src).isDirectory() || keep(src)),
  });
}

/** The Python student runner (grader/python/runtime.ts stages it), at the same place under a grader's folder. */
export function copyPythonRunner(grader: string): void {
  copyTree(runnerSource(), path.join(grader, path.relative(packageRoot(), runnerSource())), (file) => file.endsWith('.py'));
}

export function writeFile(file: string, content: string | Buffer, mode = 0o644): void {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, content);
  chmodSync(file, mode);
}

export const writeJson = (file: string, value: unknown): void => writeFile(file, `${JSON.stringify(value, null, 2)}\n`);

/** Every file under `dir`, as zip entries named from `dir`, in a stable order. */
export function zipEntries(dir: string, prefix = ''): ZipEntry[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const file = path.join(dir, name);
      const stats = statSync(file);
      if (stats.isDirectory()) return zipEntries(file, `${prefix}${name}/`);
      return [{ name: `${prefix}${name}`, data: readFileSync(file), mode: stats.mode & 0o777 }];
    });
}
