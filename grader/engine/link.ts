// Student files run as real ES modules (import.meta, top-level await, createRequire all work), so
// the compiled code must name what it imports the way node's ESM loader wants it: a relative import
// `'./sigmoid'` or `'../logistic-regression/sigmoid.ts'` becomes the compiled file it means
// (`./sigmoid.js`, `./utils/index.js`). A file written as CommonJS (module.exports, no import or
// export) is compiled as CommonJS to `<name>.cjs`, and `<name>.js` re-exports it, so both kinds
// import each other. A free `require` in an ES module (TypeScript allows it) gets one made by
// createRequire, defined after the code so that no line moves.
import path from 'node:path';
import { LOADED_HOOK } from '../runner/lock-intrinsics.js';
import { compiledName, type ExerciseSources } from './intake.js';

/** What esbuild's `require` define turns a free `require` into (see compile.ts). */
export const REQUIRE_ALIAS = '__mlgradeRequire';

/** The check of the built-ins, run after the module's own top level (appended, so no line moves). */
export const withLoadCheck = (code: string): string => `${code.replace(/\n*$/, '')}\nglobalThis.${LOADED_HOOK}?.();\n`;

/** A relative specifier in compiled code: `from "./x"`, `import("./x")`, `import "./x"`, `require("./x")`. */
const RELATIVE = /(\bfrom\s*|\bimport\s*\(?\s*|\brequire\s*\(\s*|__mlgradeRequire\s*\(\s*)"(\.{1,2}\/[^"]*)"/g;

/** A bare specifier in compiled code (a package: `from "mathjs"`, `require2("mathjs")` after esbuild's renaming). */
const BARE = /(?:\bfrom\s*|\bimport\s*\(?\s*|\brequire\w*\s*\(\s*|__mlgradeRequire\s*\(\s*)"([^"./][^"]*)"/g;

/** The packages compiled code imports, by specifier (`mathjs`, `node:url`, `@scope/pkg/sub`). */
export const bareImports = (code: string): string[] => [...code.matchAll(BARE)].map((m) => m[1]);

/** esbuild gives a CommonJS file, asked for ESM, as a `__commonJS` wrapper with a default export only. */
export const isCommonJsWrapper = (code: string): boolean =>
  /\bvar require_\w+ = __commonJS\(/.test(code) && /\nexport default require_\w+\(\);\n/.test(code);

/**
 * The compiled code with each relative import naming the compiled file: `files` holds every compiled
 * file of the submission, by path relative to the sandbox root (`shallow-network/forward.js`).
 */
export function linkImports(code: string, file: string, files: ReadonlySet<string>): string {
  const linked = code.replace(RELATIVE, (_, head: string, spec: string) => `${head}"${compiledSpecifier(spec, file, files)}"`);
  if (!linked.includes(`${REQUIRE_ALIAS}(`) && !linked.includes(`${REQUIRE_ALIAS}.`)) return linked;
  return (
    `${linked.replace(/\n*$/, '')}\nimport { createRequire as __mlgradeCreateRequire } from "node:module";\n` +
    `var __mlgradeMade; function ${REQUIRE_ALIAS}(id) { return (__mlgradeMade ??= __mlgradeCreateRequire(import.meta.url))(id); }\n`
  );
}

/** `./sigmoid.ts` → `./sigmoid.js`; `./utils` → `./utils/index.js` when that is the file there. */
function compiledSpecifier(spec: string, file: string, files: ReadonlySet<string>): string {
  if (/\.(ts|mts|cts|js|mjs|cjs)$/.test(spec)) return compiledName(spec);
  const target = path.posix.normalize(path.posix.join(path.posix.dirname(file), spec));
  if (!files.has(`${target}.js`) && files.has(`${target}/index.js`)) return `${spec.replace(/\/$/, '')}/index.js`;
  return `${spec}.js`;
}

/** The module that lets `<name>.js` stand for a CommonJS file compiled to `<name>.cjs`. */
export function commonJsFacade(cjsFile: string): string {
  const spec = JSON.stringify(`./${path.posix.basename(cjsFile)}`);
  return `export * from ${spec};\nexport { default } from ${spec};\n`;
}

/** The source files an import of a compiled file of the same exercise points to. */
export function relativeImports(code: string, source: string, sources: string[]): string[] {
  const found: string[] = [];
  for (const [, , spec] of code.matchAll(RELATIVE)) {
    const target = path.posix.normalize(path.posix.join(path.posix.dirname(source), spec)).replace(/\.c?js$/, '');
    const hit = sources.find((s) => compiledName(s).replace(/\.js$/, '') === target || compiledName(s) === `${target}/index.js`);
    if (hit) found.push(hit);
  }
  return found;
}

/** Exercise folders a relative import of `read` reaches (`'../logistic-regression/sigmoid'`) that were not read. */
function foldersImported(read: ExerciseSources[]): string[] {
  const have = new Set(read.map((e) => e.id));
  const wanted = new Set<string>();
  for (const exercise of read) {
    for (const file of exercise.files) {
      if (!('text' in file)) continue;
      for (const [, spec] of file.text.matchAll(/['"](\.\.\/[^'"\n]+)['"]/g)) {
        const target = path.posix.normalize(path.posix.join(exercise.id, path.posix.dirname(file.name), spec));
        const folder = target.split('/')[0];
        if (folder && folder !== '..' && folder !== 'node_modules' && !folder.startsWith('.') && !have.has(folder)) wanted.add(folder);
      }
    }
  }
  return [...wanted];
}

/**
 * The exercises read, plus the folders their imports reach (read with `readMore`): a grade of one
 * exercise resolves its imports of another's files as a grade of all of them does.
 */
export function withImportedFolders(read: ExerciseSources[], readMore?: (ids: string[]) => ExerciseSources[]): ExerciseSources[] {
  const all = [...read];
  for (let wanted = foldersImported(all); readMore && wanted.length > 0; wanted = foldersImported(all)) {
    const more = readMore(wanted).filter((e) => e.files.length > 0);
    all.push(...more, ...wanted.filter((id) => !more.some((e) => e.id === id)).map((id) => ({ id, files: [] })));
  }
  return all;
}
