// The folder a student process sees: a fresh temporary folder holding the runner, ml-matrix and the
// students' helper as plain copies (no symlinks: the permission model follows links out of the
// folders it allows), then the compiled student files. When the process runs as a dedicated user,
// the folder belongs to root and that user's group, readable by them and nobody else.
import {
  accessSync,
  chmodSync,
  chownSync,
  constants,
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { childEntry, npHelperEntry } from '../paths.js';
import { sweepStaleWorkspaces, workspacePrefix } from './sweep.js';

export interface Workspace {
  root: string;
  /** The runner's copy inside the folder (under node_modules, so stack traces leave it out). */
  entry: string;
}

/**
 * ml-matrix's CommonJS build, which already carries its own dependencies: its package's `require`
 * export, found through the ESM resolver the grader already runs on (the CommonJS resolver's first
 * use costs ~5 ms of start-up), else through require.resolve.
 */
let mlMatrixFile: string | undefined;
function mlMatrixEntry(): string {
  return (mlMatrixFile ??= requireExportOf('ml-matrix') ?? createRequire(import.meta.url).resolve('ml-matrix'));
}

function requireExportOf(name: string): string | undefined {
  try {
    const dir = path.dirname(fileURLToPath(import.meta.resolve(name)));
    const manifest = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as {
      main?: string;
      exports?: { '.'?: { require?: string } };
    };
    const file = manifest.exports?.['.']?.require ?? manifest.main;
    return file ? path.join(dir, file) : undefined;
  } catch {
    return undefined; // no import.meta.resolve (the tests' module runner), or an unexpected layout
  }
}

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

/** Whether this process already removed the folders dead graders left (sweep.ts): once is enough. */
let swept = false;

export function createWorkspace(gid?: number): Workspace {
  const base = workspaceBase();
  if (!swept) {
    swept = true;
    sweepStaleWorkspaces(base);
  }
  // the pid in the name tells a later grader whether this folder's owner still runs
  const root = mkdtempSync(path.join(base, workspacePrefix()));
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
  const mlMatrix = mlMatrixEntry();
  pkg('ml-matrix', mlMatrix, { name: 'ml-matrix', main: path.basename(mlMatrix) });
  pkg('mlgrade', npHelperEntry(), { name: 'mlgrade', exports: { './np': './np.cjs' } });
  pkg('.mlgrade-runner', childEntry(), { name: 'mlgrade-runner', private: true });
  return { root, entry: path.join(modules, '.mlgrade-runner', path.basename(childEntry())) };
}
