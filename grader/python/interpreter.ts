// Which python3 runs Python submissions. Debian's `python3-numpy` gives /usr/bin/python3 with
// numpy; MLGRADE_PYTHON names another. When the grader runs as root the student process runs as a
// dedicated uid, which cannot use an interpreter under a folder only root may enter (a pyenv in
// /root): such a python is skipped, and if none is left the reason says what to install.
import { realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { which } from '../sandbox/os-tools.js';

/** The python to run, with those skipped on the way (said in the docs' terms), or why there is none. */
export type Interpreter = { file: string; skipped?: string[] } | { problem: string };

/** Whether every user may run `file`: each folder on its real path searchable by others, the file executable by them. */
export function usableByAnyone(file: string): boolean {
  try {
    const real = realpathSync(file);
    if ((statSync(real).mode & 0o001) === 0) return false;
    for (let dir = path.dirname(real); ; dir = path.dirname(dir)) {
      if ((statSync(dir).mode & 0o001) === 0) return false;
      if (dir === path.dirname(dir)) return true;
    }
  } catch {
    return false;
  }
}

let found: Interpreter | undefined;

/** The python3 for student processes (looked up once), or why there is none. */
export function findPython(env: NodeJS.ProcessEnv = process.env, dedicatedUid = process.getuid?.() === 0): Interpreter {
  if (found && env === process.env) return found;
  const candidates = [env.MLGRADE_PYTHON, '/usr/bin/python3', which('python3')].filter((f): f is string => Boolean(f));
  const skipped: string[] = [];
  let result: Interpreter | undefined;
  for (const file of candidates) {
    let exists = false;
    try {
      exists = statSync(file).isFile();
    } catch {
      // not here
    }
    if (!exists) continue;
    if (dedicatedUid && !usableByAnyone(file)) {
      skipped.push(`${file} (under a folder the sandbox's dedicated user cannot read, e.g. a pyenv in /root)`);
      continue;
    }
    result = { file: realpathSync(file), ...(skipped.length ? { skipped } : {}) };
    break;
  }
  result ??= {
    problem:
      `no python3 with numpy that the sandbox can run${skipped.length ? `: skipped ${skipped.join(', ')}` : ''}; ` +
      "install Debian's python3-numpy (apt-get install python3-numpy) or set MLGRADE_PYTHON to a python3 every user can read",
  };
  if (env === process.env) found = result;
  return result;
}
