// The student bundle's grader (dist/student/cli.js) must hold no reference and no mutant code.
// This esbuild plugin makes that a property of the build rather than a hope: the one module of its
// import graph that lists the mutants is swapped for a stub, and loading anything from the
// reference, the specs (whose generators call the reference), the mutants or teachers' exercises
// fails the build. The metafile (dist/student/meta.json) lists every input, for the tests.
import path from 'node:path';

/** Paths (from the package root) the student grader must never contain. */
export const FORBIDDEN = [
  /^reference\//,
  /^extra\//,
  /^grader\/diagnosis\/mutants\//,
  /^grader\/diagnosis\/explain\.ts$/,
  /^grader\/selftest\//,
  /^grader\/spec\/(?!types\.ts$|gen\.ts$|train-properties\.ts$)/,
  /^grader\/release\/(table-build|table-gradient|public-table-build)\.ts$/,
  /^grader\/config\//,
  /^grader\/datasets\.ts$/,
];

/** Modules replaced in the student grader, by path from the package root. */
export const SUBSTITUTES = { 'grader/diagnosis/mutants/index.ts': 'grader/release/stubs/no-mutants.ts' };

export function studentGuard(root) {
  const relative = (file) => path.relative(root, file).split(path.sep).join('/');
  return {
    name: 'student-guard',
    setup(b) {
      b.onResolve({ filter: /\/mutants\/index(\.js)?$/ }, (args) => {
        const target = relative(path.resolve(args.resolveDir, args.path)).replace(/\.js$/, '.ts');
        const stub = SUBSTITUTES[target.endsWith('.ts') ? target : `${target}.ts`];
        return stub ? { path: path.join(root, stub) } : undefined;
      });
      b.onLoad({ filter: /\.[cm]?[jt]s$/ }, (args) => {
        const file = relative(args.path);
        if (!FORBIDDEN.some((re) => re.test(file))) return undefined;
        return {
          errors: [
            {
              text:
                `${file} must not be part of the student grader (no reference, ` +
                `spec or mutant code): see grader/release/student-build.mjs`,
            },
          ],
        };
      });
    },
  };
}
