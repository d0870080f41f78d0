// Builds dist/: the CLI (ESM), the student-process runner (CJS, so it shares ml-matrix's CommonJS
// instance with the students' compiled files), the students' numpy-like helper (ESM and CJS), and
// the validator of the student process's replies, generated from schema/channel.schema.json (ajv
// standalone code: compiling the schema at every start would cost ~50–100 ms).
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
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
/** The reply validator as a self-contained CommonJS module (ajv's runtime helpers inlined). */
function channelValidator() {
  const require = createRequire(import.meta.url);
  const { Ajv2020 } = require('ajv/dist/2020.js');
  const standalone = require('ajv/dist/standalone/index.js').default;
  const schema = JSON.parse(readFileSync(new URL('../schema/channel.schema.json', import.meta.url), 'utf8'));
  const ajv = new Ajv2020({ code: { source: true }, discriminator: true, strict: true });
  const code = standalone(ajv, ajv.compile(schema));
  return build({ ...common, sourcemap: false, stdin: { contents: code, resolveDir: root, loader: 'js' }, outfile: 'dist/channel-validate.cjs', format: 'cjs' });
}

// ESM bundles still load CommonJS dependencies lazily through require.
const requireBanner = "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);";

await Promise.all([
  build({ ...common, entryPoints: { cli: 'grader/cli.ts' }, outdir: 'dist', format: 'esm', packages: 'external',
    banner: { js: requireBanner }, splitting: true, outExtension: { '.js': '.js' }, chunkNames: 'chunks/[name]-[hash]' }),
  build({ ...common, entryPoints: { child: 'grader/runner/child.ts' }, outfile: 'dist/child.cjs', format: 'cjs',
    external: ['ml-matrix'] }),
  channelValidator(),
  build({ ...common, entryPoints: ['grader/np.ts'], outfile: 'dist/np.js', format: 'esm', external: ['ml-matrix'] }),
  build({ ...common, entryPoints: ['grader/np.ts'], outfile: 'dist/np.cjs', format: 'cjs', external: ['ml-matrix'] }),
]);
