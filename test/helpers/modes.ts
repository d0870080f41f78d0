// The four modes a grader runs in (issue 13): as root or as an unprivileged user, with bubblewrap
// or without. A test runs the real CLI in each mode this machine can give, and is skipped — with
// the reason in its name — where it cannot: the unprivileged user is `nobody` (65534) through
// `setpriv` when the tests run as root, the test's own user otherwise; "without bubblewrap" is a
// PATH on which the grader finds no `bwrap` (the sandbox picks its layers by what PATH offers).
import { execFile, spawnSync } from 'node:child_process';
import { accessSync, chmodSync, constants, lchownSync, lstatSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Layer } from '../../grader/sandbox/types.js';
import { NODE_LAYERS } from '../../grader/sandbox/types.js';
import type { CliRun } from './cli.js';
import { repoRoot } from './submission.js';

export interface Mode {
  name: string;
  root: boolean;
  bwrap: boolean;
}

export const MODES: Mode[] = [
  { name: 'root with bubblewrap', root: true, bwrap: true },
  { name: 'root without bubblewrap', root: true, bwrap: false },
  { name: 'unprivileged with bubblewrap', root: false, bwrap: true },
  { name: 'unprivileged without bubblewrap', root: false, bwrap: false },
];

const NOBODY = 65534;
const testIsRoot = process.platform === 'linux' && process.getuid?.() === 0;
/** Runs a command as the unprivileged user (nothing when the tests already are one). */
const asUser = (mode: Mode): string[] =>
  !mode.root && testIsRoot ? ['setpriv', `--reuid=${NOBODY}`, `--regid=${NOBODY}`, '--clear-groups', '--'] : [];
const which = (name: string): string | undefined =>
  (process.env.PATH ?? '')
    .split(':')
    .map((dir) => path.join(dir, name))
    .find((file) => {
      try {
        accessSync(file, constants.X_OK);
        return true;
      } catch {
        return false;
      }
    });

const probe = (mode: Mode, command: string[]): boolean => {
  const [file, ...args] = [...asUser(mode), ...command];
  return spawnSync(file, args, { stdio: 'ignore', cwd: '/' }).status === 0;
};

const reasons = new Map<string, string | undefined>();
/** Why this machine cannot run the grader in `mode`, or undefined when it can. */
export function unavailable(mode: Mode): string | undefined {
  if (!reasons.has(mode.name)) reasons.set(mode.name, findReason(mode));
  return reasons.get(mode.name);
}

function findReason(mode: Mode): string | undefined {
  if (process.platform !== 'linux') return 'the modes are Linux ones';
  if (mode.root && !testIsRoot) return 'needs the tests to run as root';
  if (!mode.root && testIsRoot && !which('setpriv')) return 'no setpriv to become an unprivileged user';
  const cli = path.join(repoRoot, 'dist', 'cli.js');
  if (!probe(mode, [process.execPath, '-e', `require('fs').accessSync(${JSON.stringify(cli)})`]))
    return `${asUser(mode).length > 0 ? `user ${NOBODY}` : 'this user'} cannot run ${process.execPath} on ${cli} (is the repository readable by every user?)`;
  if (mode.bwrap && !which('bwrap')) return 'bubblewrap (bwrap) is not installed';
  if (mode.bwrap && !probe(mode, ['bwrap', '--ro-bind', '/', '/', '--unshare-all', '--die-with-parent', '--', '/bin/true']))
    return 'bubblewrap cannot make namespaces here';
  return undefined;
}

/** The layers a results file must list in `mode` (prlimit is util-linux's: on every Linux this runs). */
export function expectedLayers(mode: Mode): Layer[] {
  const osLayers: Layer[] = [...(which('prlimit') ? (['rlimits'] as const) : [])];
  if (mode.root) osLayers.push('dedicated-uid', 'process-sweep');
  if (mode.bwrap) osLayers.push('namespaces');
  return [...NODE_LAYERS, ...osLayers];
}

let noBwrapPath: string | undefined;
/** A PATH with every command of this one but bwrap (links in a folder of their own). */
function pathWithoutBwrap(): string {
  if (noBwrapPath) return noBwrapPath;
  const dir = mkdtempSync(path.join(os.tmpdir(), 'mlgrade-nobwrap-'));
  chmodSync(dir, 0o755);
  for (const from of (process.env.PATH ?? '').split(':').reverse())
    for (const name of safeList(from))
      if (name !== 'bwrap') {
        try {
          lstatSync(path.join(dir, name));
        } catch {
          symlinkSync(path.join(from, name), path.join(dir, name));
        }
      }
  noBwrapPath = dir;
  process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
  return dir;
}
const safeList = (dir: string): string[] => {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
};

/** Gives the folders to the unprivileged user (a grader must read its submission and write its outputs). */
export function handOver(mode: Mode, ...dirs: string[]): void {
  if (mode.root || !testIsRoot) return;
  // never through a link: a submission's link to the reference must not give the reference away
  const give = (p: string): void => {
    lchownSync(p, NOBODY, NOBODY);
    if (lstatSync(p).isDirectory()) for (const e of readdirSync(p)) give(path.join(p, e));
  };
  dirs.forEach(give);
}

export interface ModeRunOptions {
  cwd: string;
  /** Besides PATH (and HOME, TMPDIR, which a test sets to folders of the mode's user). */
  env: Record<string, string>;
}

/** `grade ARGS` (bin/grade.js) in `mode`; never rejects: a failed command is a result with its code. */
export function gradeInMode(mode: Mode, args: string[], { cwd, env }: ModeRunOptions): Promise<CliRun> {
  const [file, ...rest] = [...asUser(mode), process.execPath, path.join(repoRoot, 'bin', 'grade.js'), ...args];
  const PATH = mode.bwrap ? (process.env.PATH ?? '') : pathWithoutBwrap();
  return new Promise((resolve) => {
    execFile(file, rest, { cwd, env: { PATH, ...env }, maxBuffer: 64 << 20, timeout: 150_000 }, (error, stdout, stderr) =>
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : null) : 0, stdout, stderr }),
    );
  });
}
