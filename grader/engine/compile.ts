// Compiles a submission file by file (esbuild `transform`, never bundled) into a fresh folder
// that the student process loads. A file that does not compile becomes a module that throws the
// compile error, so the steps that import it fail with it too.
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync, copyFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import type { ErrorInfo } from '../model/results.js';
import { mlMatrixDir, npHelperEntry } from '../paths.js';
import { compiledName, listSources } from './intake.js';

type EsbuildApi = typeof import('esbuild');
let esbuild: EsbuildApi | undefined;
// createRequire: esbuild's CommonJS entry loads several times faster than import().
const loadEsbuild = (): EsbuildApi => (esbuild ??= createRequire(import.meta.url)('esbuild') as EsbuildApi);

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
}

export function compileSubmission(submissionDir: string, exerciseIds: string[]): CompiledSubmission {
  const root = mkdtempSync(path.join(os.tmpdir(), 'mlgrade-'));
  linkRuntime(root);
  const exercises = new Map<string, CompiledExercise>();
  for (const id of exerciseIds) exercises.set(id, compileExercise(path.join(submissionDir, id), root, id));
  return { root, exercises };
}

function compileExercise(dir: string, root: string, id: string): CompiledExercise {
  const sources = preferTypeScript(listSources(dir));
  const errors = new Map<string, ErrorInfo>();
  const imports = new Map<string, string[]>();
  for (const source of sources) {
    const out = path.join(root, id, compiledName(source));
    mkdirSync(path.dirname(out), { recursive: true });
    const result = compileFile(path.join(dir, source), `${id}/${source}`);
    if ('error' in result) {
      errors.set(source, result.error);
      writeFileSync(out, throwingModule(result.error));
    } else {
      writeFileSync(out, result.code);
      imports.set(source, relativeImports(result.code, source, sources));
    }
  }
  return { id, sources, errors, imports };
}

function compileFile(file: string, label: string): { code: string } | { error: ErrorInfo } {
  const { transformSync } = loadEsbuild();
  const ts = /\.(ts|mts|cts)$/.test(file);
  try {
    const source = readFileSync(file, 'utf8');
    // the source map names the file beside its compiled copy, so stack traces show `<exercise>/<file>`
    const { code } = transformSync(source, { loader: ts ? 'ts' : 'js', format: 'cjs', target: 'node20', sourcemap: 'inline', sourcefile: path.basename(file), platform: 'node' });
    return { code: code.replace(/require\("(\.{1,2}\/[^"]*?)\.(?:ts|mts|cts|mjs|cjs)"\)/g, 'require("$1.js")') };
  } catch (e) {
    return { error: compileError(e, label) };
  }
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

/** `ml-matrix` and the students' helper resolve from the compiled folder, wherever the submission was. */
function linkRuntime(root: string): void {
  const modules = path.join(root, 'node_modules');
  mkdirSync(path.join(modules, 'mlgrade'), { recursive: true });
  symlinkSync(mlMatrixDir(), path.join(modules, 'ml-matrix'), 'dir');
  writeFileSync(path.join(modules, 'mlgrade', 'package.json'), JSON.stringify({ name: 'mlgrade', exports: { './np': './np.cjs' } }));
  copyFileSync(npHelperEntry(), path.join(modules, 'mlgrade', 'np.cjs'));
}
