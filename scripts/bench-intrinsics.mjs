// The built-ins' hardening measured on ml-matrix code (grader/runner/lock-intrinsics.ts): the same
// workload — the students' kind of matrix code, plus a library's kind of Object.prototype use
// (hasOwnProperty, toString) — in fresh node processes, unlocked and locked with each list of
// override-friendly properties (TAMINGS there: narrow, kept, SES's moderate); medians of interleaved runs.
// Usage: node scripts/bench-intrinsics.mjs [--runs N]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const { values } = parseArgs({ options: { runs: { type: 'string' } } });
const runs = Math.max(3, Number(values.runs) || 9);
const dir = mkdtempSync(path.join(os.tmpdir(), 'mlgrade-bench-intrinsics-'));

const workload = `
const { lockIntrinsics } = require(${JSON.stringify(path.join(dir, 'lock.cjs'))});
const { Matrix } = require(${JSON.stringify(createRequire(import.meta.url).resolve('ml-matrix'))});
const mode = process.argv[2];
if (mode !== 'none') lockIntrinsics(mode);
const sigmoid = (z) => (z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z)));
const start = performance.now();
let W = Matrix.rand(64, 64), X = Matrix.rand(64, 256), acc = 0;
for (let i = 0; i < 20; i++) {
  const Z = W.mmul(X).addColumnVector(Matrix.zeros(64, 1).to1DArray());
  const A = new Matrix(Z.to2DArray().map((row) => row.map(sigmoid)));
  const dW = A.mmul(X.transpose()).div(256);
  W = Matrix.sub(W, dW.mul(0.01));
  acc += A.sum('row').reduce((s, x) => s + x, 0);
}
const matrix = performance.now() - start;
const records = Array.from({ length: 20000 }, (_, i) => ({ id: i, name: 'n' + i }));
for (const r of records) if (Object.prototype.hasOwnProperty.call(r, 'id') && r.hasOwnProperty('name')) acc += String(r).length;
process.stdout.write(matrix + ' ' + (performance.now() - start - matrix) + ' ' + acc.toFixed(0));
`;

try {
  await build({
    entryPoints: [path.join(root, 'grader/runner/lock-intrinsics.ts')],
    outfile: path.join(dir, 'lock.cjs'),
    bundle: true,
    format: 'cjs',
    platform: 'node',
    logLevel: 'warning',
  });
  writeFileSync(path.join(dir, 'workload.cjs'), workload);
  const modes = ['none', 'narrow', 'kept', 'moderate'];
  const times = Object.fromEntries(modes.map((m) => [m, { matrix: [], objects: [] }]));
  for (let i = 0; i < runs; i++) {
    for (const mode of modes) {
      const run = spawnSync(process.execPath, [path.join(dir, 'workload.cjs'), mode], { encoding: 'utf8' });
      if (run.status !== 0) throw new Error(`${mode}: ${run.stderr}`);
      const [matrix, objects] = run.stdout.split(' ').map(Number);
      times[mode].matrix.push(matrix);
      times[mode].objects.push(objects);
    }
  }
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const cell = (mode, part) =>
    `${median(times[mode][part]).toFixed(1)} ms (× ${(median(times[mode][part]) / median(times.none[part])).toFixed(2)})`;
  console.log('locked as     ml-matrix code           Object.prototype use');
  for (const mode of modes) console.log(`${mode.padEnd(13)} ${cell(mode, 'matrix').padEnd(24)} ${cell(mode, 'objects')}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
