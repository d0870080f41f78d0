// Compiled student files, kept between runs: a student grades again after changing one file, and
// every other file's compiled code is read back instead of compiled (no esbuild at all when nothing
// changed). Entries are named by a hash of everything the output depends on (the source, its file
// name, esbuild's version and options), so an entry is either right or never found. Only the
// grader reads and writes here, never student code (it cannot write anywhere); the folder is the
// user's own (0700). Any failure to read or write only means compiling again.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** Entries kept: a class of 100 submissions is ~3,500 files; older entries are removed beyond this. */
const MAX_ENTRIES = 5000;
export const NO_CACHE_ENV = 'MLGRADE_NO_CACHE';

/** `$XDG_CACHE_HOME/mlgrade/compiled` or `~/.cache/mlgrade/compiled`; none when MLGRADE_NO_CACHE is set. */
export function compileCacheDir(env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env[NO_CACHE_ENV] && env[NO_CACHE_ENV] !== '0') return undefined;
  const base = env.XDG_CACHE_HOME || (env.HOME ? path.join(env.HOME, '.cache') : undefined) || safeHomedir();
  return base ? path.join(base, 'mlgrade', 'compiled') : undefined;
}

function safeHomedir(): string | undefined {
  try {
    const home = os.homedir();
    return home ? path.join(home, '.cache') : undefined;
  } catch {
    return undefined;
  }
}

export class CompileCache {
  private written = 0;

  constructor(private readonly dir: string | undefined, private readonly version: string) {}

  key(source: string, file: string, options: object): string {
    return createHash('sha256').update(JSON.stringify([this.version, options, file, source])).digest('hex');
  }

  get(key: string): string | undefined {
    if (!this.dir) return undefined;
    try {
      return readFileSync(path.join(this.dir, `${key}.js`), 'utf8');
    } catch {
      return undefined;
    }
  }

  set(key: string, code: string): void {
    if (!this.dir) return;
    try {
      mkdirSync(this.dir, { recursive: true, mode: 0o700 });
      // written aside and renamed: a reader never sees half a file, whatever runs beside it
      const aside = path.join(this.dir, `${key}.${process.pid}.tmp`);
      writeFileSync(aside, code, { mode: 0o600 });
      renameSync(aside, path.join(this.dir, `${key}.js`));
      this.written++;
    } catch {
      // a read-only home, a full disk: the next run compiles again
    }
  }

  /** After a run that wrote entries: the oldest go once there are too many. */
  prune(max = MAX_ENTRIES): void {
    if (!this.dir || this.written === 0) return;
    try {
      const entries = readdirSync(this.dir).filter((name) => name.endsWith('.js'));
      if (entries.length <= max) return;
      const byAge = entries.map((name) => ({ name, mtime: statSync(path.join(this.dir as string, name)).mtimeMs })).sort((a, b) => a.mtime - b.mtime);
      for (const { name } of byAge.slice(0, entries.length - max)) rmSync(path.join(this.dir, name), { force: true });
    } catch {
      // another grader pruning at the same time, or the folder gone: nothing to do
    }
  }
}
