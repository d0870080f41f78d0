// The folder a student process sees: a fresh temporary folder holding the runner, ml-matrix and the
// students' helper as plain copies (no symlinks: the permission model follows links out of the
// folders it allows), then the compiled student files. When the process runs as a dedicated user,
// the folder belongs to root and that user's group, readable by them and nobody else.
import { accessSync, chmodSync, chownSync, constants, copyFileSync, mkdirSync, mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { childEntry, npHelperEntry } from '../paths.js';

export interface Workspace {
  root: string;
  /** The runner's copy inside the folder (under node_modules, so stack traces leave it out). */
  entry: string;
}

/** ml-matrix's CommonJS build, which already carries its own dependencies. */
const mlMatrixEntry = (): string => createRequire(import.meta.url).resolve('ml-matrix');

/**
 * Where the folder goes: $TMPDIR when it is set, else memory (/dev/shm) where there is one, else the
 * system's temporary folder. The folder lives for one submission; on the development machine
 * writing its ~40 small files to a disk-backed /tmp took 15–20 ms of the grader's time, in memory 2.
 */
export function workspaceBase(env: NodeJS.ProcessEnv = process.env, memory = '/dev/shm'): string {
  if (env.TMPDIR) return os.tmpdir();
  try {
    if (!statSync(memory).isDirectory()) return os.tmpdir();
    accessSync(memory, constants.W_OK | constants.X_OK);
    return memory;
  } catch {
    return os.tmpdir();
  }
}

export function createWorkspace(gid?: number): Workspace {
  const root = mkdtempSync(path.join(workspaceBase(), 'mlgrade-'));
  if (gid !== undefined) {
    chownSync(root, 0, gid);
    chmodSync(root, 0o750);
  }
  const modules = path.join(root, 'node_modules');
  const pkg = (name: string, file: string, manifest: object): void => {
    mkdirSync(path.join(modules, name), { recursive: true });
    copyFileSync(file, path.join(modules, name, path.basename(file)));
    writeFileSync(path.join(modules, name, 'package.json'), JSON.stringify(manifest));
  };
  pkg('ml-matrix', mlMatrixEntry(), { name: 'ml-matrix', main: path.basename(mlMatrixEntry()) });
  pkg('mlgrade', npHelperEntry(), { name: 'mlgrade', exports: { './np': './np.cjs' } });
  pkg('.mlgrade-runner', childEntry(), { name: 'mlgrade-runner', private: true });
  return { root, entry: path.join(modules, '.mlgrade-runner', path.basename(childEntry())) };
}
