// Builds dist/: the CLI (ESM), the student-process runner (CJS, so it shares ml-matrix's CommonJS
// instance with the students' compiled files), the students' numpy-like helper (ESM and CJS), and
// the validator of the student process's replies, generated from schema/channel.schema.json (ajv
// standalone code: compiling the schema at every start would cost ~50–100 ms).
import { execFileSync } from 'node:child_process';
import { build } from 'esbuild';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { studentGuard } from '../grader/release/student-build.mjs';

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
  return build({
    ...common,
    sourcemap: false,
    stdin: { contents: code, resolveDir: root, loader: 'js' },
    outfile: 'dist/channel-validate.cjs',
    format: 'cjs',
  });
}

// ESM bundles still load CommonJS dependencies lazily through require.
const requireBanner = "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);";

/**
 * The HTML report's template, precompiled: reports/html/templates.ts compiles it from the sources
 * on first use, which costs the Handlebars compiler (~30 ms) and file reads on every run. Here that
 * module is replaced by the precompiled template (partials inlined and options as there), the CSS
 * and the script as strings, and Handlebars' runtime is bundled in (an absolute path:
 * `packages: 'external'` leaves it alone).
 */
const precompiledTemplates = {
  name: 'precompiled-templates',
  setup(b) {
    b.onLoad({ filter: /reports[\\/]html[\\/]templates\.ts$/ }, async (args) => {
      const { default: Handlebars } = await import('handlebars');
      const dir = path.dirname(args.path);
      const read = (file) => readFileSync(path.join(dir, file), 'utf8');
      const options = JSON.parse(/COMPILE_OPTIONS = (\{.*\});/.exec(read('templates.ts'))[1].replace(/(\w+):/g, '"$1":'));
      const partials = [];
      const inline = (source) =>
        source.replace(/\{\{>\s*([\w-]+)\s*\}\}/g, (_, name) => (partials.push(name), inline(read(`templates/${name}.hbs`))));
      const spec = Handlebars.precompile(inline(read('templates/page.hbs')), options);
      const runtime = createRequire(import.meta.url).resolve('handlebars/dist/cjs/handlebars.runtime.js');
      const contents = [
        `import Handlebars from ${JSON.stringify(runtime)};`,
        `const assets = { page: Handlebars.template(${spec}), css: ` +
          `${JSON.stringify(read('style.css'))}, script: ${JSON.stringify(read('script.js'))} };`,
        'export function loadAssets() { return assets; }',
      ].join('\n');
      const watchFiles = ['page', ...partials]
        .map((n) => path.join(dir, 'templates', `${n}.hbs`))
        .concat([path.join(dir, 'style.css'), path.join(dir, 'script.js')]);
      return { contents, loader: 'js', resolveDir: dir, watchFiles };
    });
  },
};

// written last, removed first: test/global-setup.ts keeps a dist/ whose stamp is newer than its sources
const stamp = path.join(root, 'dist', '.build-stamp');
rmSync(stamp, { force: true });

// hashed chunks of earlier builds would otherwise pile up
rmSync(path.join(root, 'dist', 'chunks'), { recursive: true, force: true });
rmSync(path.join(root, 'dist', 'student'), { recursive: true, force: true });

/** A release's student grader: no reference or mutant code (the guard fails the build otherwise). */
async function studentCli() {
  const result = await build({
    ...common,
    entryPoints: { cli: 'grader/release/student-cli.ts' },
    outdir: 'dist/student',
    format: 'esm',
    packages: 'external',
    banner: { js: requireBanner },
    splitting: true,
    chunkNames: 'chunks/[name]-[hash]',
    sourcemap: false,
    metafile: true,
    plugins: [precompiledTemplates, studentGuard(root)],
  });
  writeFileSync(path.join(root, 'dist', 'student', 'meta.json'), JSON.stringify(result.metafile));
}

// ml-matrix and pure-rand are bundled into the grader: imported from ESM, their CommonJS builds
// would be scanned by node's export lexer at every start (~15 ms for ml-matrix alone)
const GRADER_EXTERNAL = ['ajv', 'ajv/*', 'esbuild', 'handlebars', 'handlebars/*', 'yargs', 'yargs/*'];

await Promise.all([
  build({
    ...common,
    entryPoints: { cli: 'grader/cli.ts', 'public-table-build': 'grader/release/public-table-build.ts' },
    outdir: 'dist',
    format: 'esm',
    external: GRADER_EXTERNAL,
    banner: { js: requireBanner },
    splitting: true,
    outExtension: { '.js': '.js' },
    chunkNames: 'chunks/[name]-[hash]',
    plugins: [precompiledTemplates],
  }),
  build({ ...common, entryPoints: { child: 'grader/runner/child.ts' }, outfile: 'dist/child.cjs', format: 'cjs', external: ['ml-matrix'] }),
  channelValidator(),
  studentCli(),
  build({ ...common, entryPoints: ['grader/np.ts'], outfile: 'dist/np.js', format: 'esm', external: ['ml-matrix'] }),
  build({ ...common, entryPoints: ['grader/np.ts'], outfile: 'dist/np.cjs', format: 'cjs', external: ['ml-matrix'] }),
]);

// the public seed's cases and expected values, read by a plain `grade` (grader/oracle/public-table.ts)
execFileSync(process.execPath, [path.join(root, 'dist', 'public-table-build.js'), path.join(root, 'dist', 'public-table.json')], {
  stdio: 'inherit',
});
writeFileSync(stamp, `${new Date().toISOString()}\n`);
