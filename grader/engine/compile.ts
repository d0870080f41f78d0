// Compiles a submission file by file (esbuild `transform`, never bundled: an import of
// '../../reference' stays an import, resolved — and refused — inside the sandbox) into the sandbox
// folder that the student process loads. The grader only ever handles student code as text. A file
// that does not compile, or that intake rejected, becomes a module that throws that error, so the
// steps that import it fail with it too.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { ErrorInfo } from '../model/results.js';
import { CompileCache, compileCacheDir } from './compile-cache.js';
import { esbuildVersion } from './compiler.js';
import { compileQueued } from './esbuild-batch.js';
import { compiledName, type ExerciseSources } from './intake.js';

/** What a cached entry depends on besides its source and options: change the last part when the post-processing below does. */
const cacheVersion = (): string => `esbuild ${esbuildVersion()}, links 1`;

export interface CompiledExercise {
  id: string;
  sources: string[];
  /** Compile errors by source file (relative to the exercise folder). */
  errors: Map<string, ErrorInfo>;
  /** Relative imports of each source file, as source files of the same exercise. */
  imports: Map<string, string[]>;
}

export interface CompiledSubmission {
  root: string;
  exercises: Map<string, CompiledExercise>;
  /** Each compiled file's source map (base64 JSON), by path relative to root: see errors.ts. */
  sourceMaps: Map<string, string>;
  /** Settles once the newly compiled files are in the compile cache (nobody needs to wait for it). */
  cached: Promise<void>;
}

/**
 * Compiles what intake read into `root` (the sandbox folder, see grader/sandbox/workspace.ts).
 * All files at once: what is not in the cache goes to esbuild in one build (esbuild-batch.ts).
 */
export async function compileSubmission(read: ExerciseSources[], root: string, cacheDir = compileCacheDir()): Promise<CompiledSubmission> {
  const cache = new CompileCache(cacheDir, cacheVersion());
  const sourceMaps = new Map<string, string>();
  const compiled = await Promise.all(read.map((exercise) => compileExercise(exercise, root, cache, sourceMaps)));
  return { root, exercises: new Map(compiled.map((c) => [c.id, c])), sourceMaps, cached: cache.settled() };
}

async function compileExercise(exercise: ExerciseSources, root: string, cache: CompileCache, sourceMaps: Map<string, string>): Promise<CompiledExercise> {
  const { id } = exercise;
  const byName = new Map(preferTypeScript(exercise.files.map((f) => f.name)).map((name) => [name, exercise.files.find((f) => f.name === name)]));
  const sources = [...byName.keys()];
  const errors = new Map<string, ErrorInfo>();
  const imports = new Map<string, string[]>();
  const results = await Promise.all([...byName].map(([source, file]) => {
    const label = `${id}/${source}`;
    return !file || 'rejected' in file ? { error: { name: 'RejectedFile', message: file && 'rejected' in file ? file.rejected : label, file: label } } : compileFile(file.text, source, label, cache);
  }));
  for (const [i, source] of sources.entries()) {
    const out = path.join(root, id, compiledName(source));
    mkdirSync(path.dirname(out), { recursive: true });
    const result = results[i];
    if ('error' in result) {
      errors.set(source, result.error);
      writeFileSync(out, throwingModule(result.error));
    } else {
      // the map stays with the grader (errors.ts); the student process loads the code alone
      const [code, map] = splitInlineMap(result.code);
      writeFileSync(out, code);
      if (map) sourceMaps.set(path.relative(root, out), map);
      imports.set(source, relativeImports(code, source, sources));
    }
  }
  return { id, sources, errors, imports };
}

async function compileFile(source: string, file: string, label: string, cache: CompileCache): Promise<{ code: string } | { error: ErrorInfo }> {
  const ts = /\.(ts|mts|cts)$/.test(file);
  // the source map names the file beside its compiled copy, so stack traces show `<exercise>/<file>`
  const options = { loader: ts ? 'ts' : 'js', format: 'cjs', target: 'node20', sourcemap: 'inline', sourcefile: path.basename(file), platform: 'node' } as const;
  const key = cache.key(source, file, options);
  const cached = cache.get(key);
  if (cached !== undefined) return { code: cached };
  try {
    const code = await compileQueued({ source, options });
    const linked = code.replace(/require\("(\.{1,2}\/[^"]*?)\.(?:ts|mts|cts|mjs|cjs)"\)/g, 'require("$1.js")');
    cache.set(key, linked);
    return { code: linked };
  } catch (e) {
    return { error: compileError(e, label) };
  }
}

const INLINE_MAP = /\n\/\/# sourceMappingURL=data:application\/json;base64,([A-Za-z0-9+/=]+)\s*$/;

function splitInlineMap(code: string): [code: string, map: string | undefined] {
  const found = INLINE_MAP.exec(code);
  return found ? [code.slice(0, found.index) + '\n', found[1]] : [code, undefined];
}

function compileError(e: unknown, label: string): ErrorInfo {
  const first = (e as { errors?: { text: string; location?: { line: number; column: number } | null }[] }).errors?.[0];
  if (!first) return { name: 'CompileError', message: `${label}: ${e instanceof Error ? e.message : String(e)}`, file: label };
  const loc = first.location;
  const where = loc ? `${label}:${loc.line}:${loc.column + 1}` : label;
  return { name: 'SyntaxError', message: `${where}: ${first.text}`, file: label, line: loc?.line, column: loc ? loc.column + 1 : undefined };
}

function throwingModule(error: ErrorInfo): string {
  return `const e = new SyntaxError(${JSON.stringify(error.message)}); e.stack = e.name + ': ' + e.message; throw e;\n`;
}

/** When both `sigmoid.ts` and `sigmoid.js` exist, the TypeScript file is the one compiled. */
function preferTypeScript(sources: string[]): string[] {
  const rank = (s: string): number => ['.ts', '.mts', '.cts', '.js', '.mjs', '.cjs'].findIndex((e) => s.endsWith(e));
  const byCompiled = new Map<string, string>();
  for (const s of sources) {
    const key = compiledName(s);
    const seen = byCompiled.get(key);
    if (seen === undefined || rank(s) < rank(seen)) byCompiled.set(key, s);
  }
  return [...byCompiled.values()];
}

function relativeImports(code: string, source: string, sources: string[]): string[] {
  const found: string[] = [];
  for (const [, spec] of code.matchAll(/require\("(\.{1,2}\/[^"]*)"\)/g)) {
    const target = path.normalize(path.join(path.dirname(source), spec)).replace(/\.js$/, '');
    const hit = sources.find((s) => compiledName(s).replace(/\.js$/, '') === target || compiledName(s) === path.join(target, 'index.js'));
    if (hit) found.push(hit);
  }
  return found;
}
