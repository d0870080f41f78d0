// The operating-system tools the sandbox wraps the student process in: prlimit (util-linux) for
// resource limits, bwrap (bubblewrap) for namespaces. Each is optional: a layer is used only where
// its tool exists, and a launch that fails to start falls back to one without it.
import { lstatSync, readlinkSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { DATA_LIMIT_BYTES, OPEN_FILES_LIMIT, PROCESS_LIMIT } from './types.js';

const found = new Map<string, string | undefined>();

/** The absolute path of an executable on the grader's PATH (looked up once per process). */
export function which(name: string): string | undefined {
  if (found.has(name)) return found.get(name);
  let hit: string | undefined;
  if (process.platform === 'linux') {
    for (const dir of (process.env.PATH ?? '/usr/bin:/bin').split(':')) {
      const file = path.join(dir || '.', name);
      try {
        if (statSync(file).isFile()) {
          hit = path.resolve(file);
          break;
        }
      } catch {
        // not here
      }
    }
  }
  found.set(name, hit);
  return hit;
}

export interface LimitOptions {
  cpuSeconds: number;
  /** The process limit counts every process of the real uid: only meaningful for a dedicated uid. */
  limitProcesses: boolean;
}

/** `prlimit` arguments that set the limits, then run the rest of the command line. */
export function prlimitArgs(options: LimitOptions): string[] {
  return [
    `--data=${DATA_LIMIT_BYTES}`,
    // SIGXCPU at the soft limit, SIGKILL one second later
    `--cpu=${options.cpuSeconds}:${options.cpuSeconds + 1}`,
    '--fsize=0',
    `--nofile=${OPEN_FILES_LIMIT}`,
    '--core=0',
    ...(options.limitProcesses ? [`--nproc=${PROCESS_LIMIT}`] : []),
    '--',
  ];
}

/**
 * `bwrap` arguments for a sandbox with no network, its own pids, and a read-only filesystem that
 * holds only the system libraries, node and the compiled submission.
 */
export function bwrapArgs(root: string, nodeBinary: string, extraReadOnly: readonly string[] = []): string[] {
  const args = [
    '--unshare-all',
    '--die-with-parent',
    '--new-session',
    '--hostname',
    'sandbox',
    '--proc',
    '/proc',
    '--dev',
    '/dev',
    '--ro-bind',
    '/usr',
    '/usr',
  ];
  for (const dir of ['/lib', '/lib64', '/lib32', '/libx32', '/bin']) args.push(...mirror(dir));
  if (!nodeBinary.startsWith('/usr/')) args.push('--ro-bind', nodeBinary, nodeBinary);
  for (const dir of extraReadOnly) args.push('--ro-bind-try', dir, dir);
  args.push('--ro-bind', root, root, '--chdir', root, '--');
  return args;
}

/** A top-level system folder as it is: a symlink (merged /usr) stays one, a folder is bound read-only. */
function mirror(dir: string): string[] {
  try {
    const stats = lstatSync(dir);
    if (stats.isSymbolicLink()) return ['--symlink', readlinkSync(dir), dir];
    if (stats.isDirectory()) return ['--ro-bind', dir, dir];
  } catch {
    // absent on this system
  }
  return [];
}

/** The node binary itself, links resolved (bwrap binds files, not links). */
export const nodeBinary = (): string => realpathSync(process.execPath);
