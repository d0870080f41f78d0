// Builds dist/: the CLI (ESM), the student-process runner (CJS, so it shares ml-matrix's CommonJS
// instance with the students' compiled files) and the students' numpy-like helper (ESM and CJS).
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const common = {
  absWorkingDir: root,
  bundle: true,
  platform: 'node',
  target: 'node20',
  sourcemap: 'linked',
  logLevel: 'warning',
  alias: { 'mlgrade/np': './grader/np.ts' },
};
// ESM bundles still load CommonJS dependencies lazily through require.
const requireBanner = "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);";

await Promise.all([
  build({ ...common, entryPoints: { cli: 'grader/cli.ts' }, outdir: 'dist', format: 'esm', packages: 'external',
    banner: { js: requireBanner }, splitting: true, outExtension: { '.js': '.js' }, chunkNames: 'chunks/[name]-[hash]' }),
  build({ ...common, entryPoints: { child: 'grader/runner/child.ts' }, outfile: 'dist/child.cjs', format: 'cjs',
    external: ['ml-matrix'] }),
  build({ ...common, entryPoints: ['grader/np.ts'], outfile: 'dist/np.js', format: 'esm', external: ['ml-matrix'] }),
  build({ ...common, entryPoints: ['grader/np.ts'], outfile: 'dist/np.cjs', format: 'cjs', external: ['ml-matrix'] }),
]);
