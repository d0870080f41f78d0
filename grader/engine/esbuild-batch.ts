// The files a grading must compile, handed to esbuild in one `build` call rather than one
// `transform` each: on the development machine 35 transforms cost ~55 ms and ~23 ms of the
// grader's own CPU (a message each way per file), one build ~37 ms and ~12 ms. Requests made in
// the same turn are gathered; each still resolves to its own file's code. The sources go to a
// private staging folder the grader wrote (never the student's folder: intake already read it
// safely), and are compiled there, each alone (bundle: false). Should one file not compile, the
// build fails for all: each is then transformed alone, so each gets its own code or error.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Loader, TransformOptions } from 'esbuild';
import { loadEsbuild } from './compiler.js';

export type TransformRequest = { source: string; options: TransformOptions & { sourcefile: string; loader: Loader } };
type Pending = TransformRequest & { resolve: (code: string) => void; reject: (error: unknown) => void };

let queued: Pending[] = [];

/** The file's code, as `transform(source, options)` would give it. */
export function compileQueued(request: TransformRequest): Promise<string> {
  return new Promise((resolve, reject) => {
    queued.push({ ...request, resolve, reject });
    if (queued.length === 1) queueMicrotask(flush);
  });
}

async function flush(): Promise<void> {
  const batch = queued;
  queued = [];
  // one build takes one set of options: a batch mixing ES modules and CommonJS goes file by file
  const alike = batch.every((p) => p.options.format === batch[0].options.format);
  const built = batch.length > 1 && alike ? await buildTogether(batch).catch(() => undefined) : undefined;
  await Promise.all(
    batch.map(async (p, i) => {
      try {
        p.resolve(built ? built[i] : (await loadEsbuild().transform(p.source, p.options)).code);
      } catch (error) {
        p.reject(error);
      }
    }),
  );
}

/** Every file compiled by one build in a staging folder; rejects when any file does not compile. */
async function buildTogether(batch: TransformRequest[]): Promise<string[]> {
  const staging = mkdtempSync(path.join(os.tmpdir(), 'mlgrade-compile-'));
  try {
    // entry i at <i>/<its own name>: its name gives its loader and the source map's file name
    const entries = batch.map((p, i) => {
      const file = path.join(staging, String(i), path.basename(p.options.sourcefile));
      mkdirSync(path.dirname(file));
      writeFileSync(file, p.source);
      return file;
    });
    const { target, format, platform, sourcemap, define } = batch[0].options;
    const result = await loadEsbuild().build({
      absWorkingDir: staging,
      entryPoints: entries,
      outbase: staging,
      outdir: path.join(staging, 'out'),
      bundle: false,
      write: false,
      logLevel: 'silent',
      target,
      format,
      platform,
      sourcemap,
      define,
    });
    const byPath = new Map(result.outputFiles.map((f) => [f.path, f.text]));
    return entries.map((file) => {
      const out = path.join(staging, 'out', path.relative(staging, file)).replace(/\.(ts|mts|cts|js|mjs|cjs)$/, '.js');
      const code = byPath.get(out);
      if (code === undefined) throw new Error(`esbuild gave no output for ${file}`);
      return code;
    });
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}
