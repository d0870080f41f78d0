// Sandbox folders a dead grader left behind. A grader killed by SIGKILL or V8's out-of-memory abort
// runs no exit hook, so its folder stays in /dev/shm (memory) until something removes it. Each
// folder's name carries its grader's pid; the next grader to open a sandbox removes the folders of
// pids that no longer run. Never a live process's folder (a reused pid keeps the folder longer,
// never shorter), never one owned by another user, never through a link.
import { lstatSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';

/** `mlgrade-<pid>-` then mkdtemp's six characters: the prefix of this process's sandbox folders. */
export const workspacePrefix = (pid: number = process.pid): string => `mlgrade-${pid}-`;

const OWNED = /^mlgrade-(\d+)-[A-Za-z0-9]{6}$/;

/** Whether a process with this pid exists (EPERM: it does, under another user). */
export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Removes the sandbox folders in `base` whose grader is gone; returns their names. Never throws. */
export function sweepStaleWorkspaces(base: string, running: (pid: number) => boolean = isRunning): string[] {
  let names: string[];
  try {
    names = readdirSync(base);
  } catch {
    return [];
  }
  const uid = process.getuid?.();
  return names.filter((name) => {
    const pid = Number(OWNED.exec(name)?.[1] ?? Number.NaN);
    if (!Number.isInteger(pid) || pid <= 0 || pid === process.pid || running(pid)) return false;
    return removeFolder(path.join(base, name), uid);
  });
}

/** A real folder of this user, removed; a link or anything else is left alone (rmSync unlinks links inside, never follows them). */
function removeFolder(dir: string, uid: number | undefined): boolean {
  try {
    const found = lstatSync(dir);
    if (!found.isDirectory() || (uid !== undefined && found.uid !== uid)) return false;
    rmSync(dir, { recursive: true, force: true });
    return true;
  } catch {
    return false; // another grader swept it first, or it cannot be removed: the next run tries again
  }
}
