// Compiles a submission file by file (esbuild `transform`, never bundled: an import of
// '../../reference' stays an import, resolved — and refused — inside the sandbox) into the sandbox
// folder that the student process loads, as ES modules (link.ts). The grader only ever handles student code as text. A file
// that does not compile, or that intake rejected, becomes a module that throws that error, so the
// steps that import it fail with it too.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { ErrorInfo } from '../model/results.js';
import { CompileCache, compileCacheDir } from './compile-cache.js';
import { esbuildVersion } from './compiler.js';
import { compileQueued } from './esbuild-batch.js';
import { compiledName, type ExerciseSources } from './intake.js';
import {
  bareImports,
  commonJsFacade,
  isCommonJsWrapper,
  linkImports,
  relativeImports,
  REQUIRE_ALIAS,
  withImportedFolders,
  withLoadCheck,
} from './link.js';

/** What a cached entry depends on besides its source and options: entries hold esbuild's own output, linked after. */
const cacheVersion = (): string => `esbuild ${esbuildVersion()}, raw 2`;

type Compiled = { code: string; format: 'esm' | 'cjs' } | { error: ErrorInfo };

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
  /** The packages the compiled files import by name (`mathjs`, `node:url` …), for the sandbox to provide. */
  packages: Set<string>;
  /** Settles once the newly compiled files are in the compile cache (nobody needs to wait for it). */
  cached: Promise<void>;
}

/**
 * Compiles what intake read into `root` (the sandbox folder, see grader/sandbox/workspace.ts).
 * All files at once: what is not in the cache goes to esbuild in one build (esbuild-batch.ts).
 */
export async function compileSubmission(
  read: ExerciseSources[],
  root: string,
  cacheDir = compileCacheDir(),
  readMore?: (ids: string[]) => ExerciseSources[],
): Promise<CompiledSubmission> {
  const cache = new CompileCache(cacheDir, cacheVersion());
  const sourceMaps = new Map<string, string>();
  // the folders other exercises import from are compiled too, whatever was selected
  const all = withImportedFolders(read, readMore).map((e) => ({ ...e, sources: preferTypeScript(e.files.map((f) => f.name)) }));
  const files = new Set(all.flatMap((e) => e.sources.map((s) => `${e.id}/${compiledName(s)}`)));
  // the compiled `.js` files are ES modules (a CommonJS file is compiled to `.cjs`)
  writeAt(root, 'package.json', JSON.stringify({ private: true, type: 'module' }));
  const compiled = await Promise.all(all.map((exercise) => compileExercise(exercise, { root, cache, sourceMaps, files })));
  const packages = new Set(compiled.flatMap((c) => c.packages));
  return { root, exercises: new Map(compiled.map((c) => [c.id, c])), sourceMaps, packages, cached: cache.settled() };
}

interface Target {
  root: string;
  cache: CompileCache;
  sourceMaps: Map<string, string>;
  /** Every compiled file of the submission, relative to root: what relative imports resolve to. */
  files: ReadonlySet<string>;
}

async function compileExercise(
  exercise: ExerciseSources & { sources: string[] },
  target: Target,
): Promise<CompiledExercise & { packages: string[] }> {
  const { id, sources } = exercise;
  const { root, cache } = target;
  const byName = new Map(sources.map((name) => [name, exercise.files.find((f) => f.name === name)]));
  const errors = new Map<string, ErrorInfo>();
  const imports = new Map<string, string[]>();
  const packages: string[] = [];
  const results = await Promise.all(
    [...byName].map(([source, file]) => {
      const label = `${id}/${source}`;
      return !file || 'rejected' in file
        ? { error: { name: 'RejectedFile', message: file && 'rejected' in file ? file.rejected : label, file: label } }
        : compileFile(file.text, source, label, cache);
    }),
  );
  for (const [i, source] of sources.entries()) {
    const result = results[i];
    const file = `${id}/${compiledName(source)}`;
    if ('error' in result) {
      errors.set(source, result.error);
      writeAt(root, file, throwingModule(result.error));
    } else {
      const code = writeCompiled(result, file, target);
      imports.set(source, relativeImports(code, source, sources));
      packages.push(...bareImports(code));
    }
  }
  return { id, sources, errors, imports, packages };
}

/** Writes a compiled file (a CommonJS one as `<name>.cjs` behind an ESM `<name>.js`); returns its linked code. */
function writeCompiled(result: { code: string; format: 'esm' | 'cjs' }, file: string, target: Target): string {
  const real = result.format === 'esm' ? file : file.replace(/\.js$/, '.cjs');
  // the map stays with the grader (errors.ts); the student process loads the code alone
  const [raw, map] = splitInlineMap(result.code);
  const linked = linkImports(raw, file, target.files);
  const code = result.format === 'esm' ? withLoadCheck(linked) : linked;
  writeAt(target.root, real, code);
  if (real !== file) writeAt(target.root, file, commonJsFacade(real));
  if (map) target.sourceMaps.set(real, map);
  return code;
}

function writeAt(root: string, file: string, text: string): void {
  const out = path.join(root, file);
  mkdirSync(path.dirname(out), { recursive: true });
  writeFileSync(out, text);
}

/** An ES module; a file that esbuild finds is CommonJS (module.exports, no import/export) compiled again as such. */
async function compileFile(source: string, file: string, label: string, cache: CompileCache): Promise<Compiled> {
  const esm = await compileAs('esm', source, file, label, cache);
  return 'code' in esm && isCommonJsWrapper(esm.code) ? compileAs('cjs', source, file, label, cache) : esm;
}

async function compileAs(format: 'esm' | 'cjs', source: string, file: string, label: string, cache: CompileCache): Promise<Compiled> {
  const ts = /\.(ts|mts|cts)$/.test(file);
  // the source map names the file beside its compiled copy, so stack traces show `<exercise>/<file>`
  const options = {
    loader: ts ? 'ts' : 'js',
    format,
    target: 'node20',
    sourcemap: 'inline',
    sourcefile: path.basename(file),
    platform: 'node',
    ...(format === 'esm' ? { define: { require: REQUIRE_ALIAS } } : {}),
  } as const;
  const key = cache.key(source, file, options);
  const cached = cache.get(key);
  if (cached !== undefined) return { code: cached, format };
  try {
    const code = await compileQueued({ source, options });
    cache.set(key, code);
    return { code, format };
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
  return {
    name: 'SyntaxError',
    message: `${where}: ${first.text}`,
    file: label,
    line: loc?.line,
    column: loc ? loc.column + 1 : undefined,
  };
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
