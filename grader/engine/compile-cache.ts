// Compiled student files, kept between runs: a student grades again after changing one file, and
// every other file's compiled code is read back instead of compiled (no esbuild at all when nothing
// changed). Entries are named by a hash of everything the output depends on (the source, its file
// name, esbuild's version and options), so an entry is either right or never found. Only the
// grader reads and writes here, never student code (it cannot write anywhere); the folder is the
// user's own (0700). Any failure to read or write only means compiling again.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
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
  private folder: Promise<unknown> | undefined;
  private readonly writes: Promise<void>[] = [];

  constructor(
    private readonly dir: string | undefined,
    private readonly version: string,
  ) {}

  key(source: string, file: string, options: object): string {
    return createHash('sha256')
      .update(JSON.stringify([this.version, options, file, source]))
      .digest('hex');
  }

  get(key: string): string | undefined {
    if (!this.dir) return undefined;
    try {
      return readFileSync(path.join(this.dir, `${key}.js`), 'utf8');
    } catch {
      return undefined;
    }
  }

  /**
   * Keeps an entry, in the background: the entry is for the next run, so this one does not wait
   * for the disk (node stays up until the writes are done). Written aside and renamed, so a
   * reader never sees half a file, whatever runs beside it.
   */
  set(key: string, code: string): void {
    if (!this.dir) return;
    const dir = this.dir;
    const aside = path.join(dir, `${key}.${process.pid}.tmp`);
    this.folder ??= mkdir(dir, { recursive: true, mode: 0o700 });
    this.writes.push(
      this.folder
        .then(() => writeFile(aside, code, { mode: 0o600 }))
        .then(() => rename(aside, path.join(dir, `${key}.js`)))
        .then(
          () => void this.written++,
          () => rm(aside, { force: true }).catch(() => undefined),
        ),
    );
  }

  /** Once every entry of this run is written (or given up: a read-only home, a full disk), the oldest go beyond `max`. */
  async settled(max = MAX_ENTRIES): Promise<void> {
    await Promise.all(this.writes);
    this.prune(max);
  }

  /** After a run that wrote entries: the oldest go once there are too many. */
  prune(max = MAX_ENTRIES): void {
    if (!this.dir || this.written === 0) return;
    try {
      const entries = readdirSync(this.dir).filter((name) => name.endsWith('.js'));
      if (entries.length <= max) return;
      const byAge = entries
        .map((name) => ({ name, mtime: statSync(path.join(this.dir as string, name)).mtimeMs }))
        .sort((a, b) => a.mtime - b.mtime);
      for (const { name } of byAge.slice(0, entries.length - max)) rmSync(path.join(this.dir, name), { force: true });
    } catch {
      // another grader pruning at the same time, or the folder gone: nothing to do
    }
  }
}
