// Start-up benchmark: the whole `grade --submission reference --json` process beside `node -e 0`,
// measured in the same run (so both see the same machine load), as medians after a warm-up.
// `grade` runs as a student's second run does, its files in the compile cache (~/.cache/mlgrade);
// `grade, cold` as a first run, with MLGRADE_NO_CACHE=1 (every file through esbuild).
// Then `npx grade` beside `node bin/grade.js` (the start overhead of the command a workspace student types).
// Target: grade ≤ 15 × node. Usage: npm run bench [-- --runs N] [-- --check (exit 1 over target)]
//
// Batch benchmark (`npm run bench -- --batch N`): grades N generated submissions (copies of the
// reference and of the built-in mutants) with `grade batch --jobs 1` (one after another) and with
// one worker per core, interleaved, and reports submissions per second beside `node -e 0`.
// It also times N separate `grade --submission` processes, one after another (grading a class
// without the batch). Target: the batch on every core ≥ 1.6 × one after another, on 2 cores.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const TARGET_RATIO = 15;
const BATCH_TARGET_SPEEDUP = 1.6;
const root = fileURLToPath(new URL('..', import.meta.url));
const { values } = parseArgs({
  options: {
    runs: { type: 'string' },
    check: { type: 'boolean', default: false },
    batch: { type: 'string' },
    jobs: { type: 'string' },
  },
});
const runs = Math.max(values.batch ? 1 : 5, Number(values.runs) || (values.batch ? 3 : 15));

// A clean environment: no NODE_OPTIONS, NODE_EXTRA_CA_CERTS (≈10 ms of certificate loading) …
const env = Object.fromEntries(
  ['PATH', 'HOME', 'TMPDIR', 'LANG'].filter((k) => process.env[k] !== undefined).map((k) => [k, process.env[k]]),
);

const gradeArgs = ['bin/grade.js', '--submission', 'reference', '--json'];
const commands = {
  node: [process.execPath, ['-e', '0']],
  grade: [process.execPath, gradeArgs],
  cold: [process.execPath, gradeArgs, { MLGRADE_NO_CACHE: '1' }],
  // what a student types in a workspace (`grade init`): npm's own start before the same command
  npx: ['npx', ['--no-install', 'grade', ...gradeArgs.slice(1)]],
  // the same curriculum in Python (reference-python/, one Python process beside the node one)
  python: [process.execPath, ['bin/grade.js', '--submission', 'reference-python', '--json']],
};

function time(name) {
  const [file, args, extraEnv = {}] = commands[name];
  const start = process.hrtime.bigint();
  const result = spawnSync(file, args, {
    cwd: root,
    env: { ...env, ...extraEnv },
    stdio: ['ignore', 'pipe', 'pipe'],
    maxBuffer: 64 * 1024 * 1024,
  });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.status === 2 || result.status === null) {
    throw new Error(`${name} could not run (exit ${result.status}):\n${result.stderr}`);
  }
  return { ms, status: result.status };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

if (values.batch) {
  await benchBatch(Math.max(2, Number(values.batch) || 0));
  process.exit(process.exitCode ?? 0);
}

time('node');
const warm = time('grade'); // also fills the compile cache
time('cold');
time('python');
const samples = { node: [], grade: [], cold: [], python: [] };
// interleaved, so a burst of load elsewhere hits every series alike
for (let i = 0; i < runs; i++) for (const name of ['node', 'grade', 'cold', 'python']) samples[name].push(time(name).ms);

const node = median(samples.node);
const ratio = median(samples.grade) / node;
const fmt = (ms) => `${ms.toFixed(1)} ms`;
const line = (label, name) =>
  `${label.padEnd(52)}median ${fmt(median(samples[name]))}  ` +
  `${(median(samples[name]) / node).toFixed(1).padStart(5)}×  (${samples[name].map((x) => x.toFixed(0)).join(', ')})`;
console.log(line('node -e 0', 'node'));
console.log(line('grade --submission reference --json', 'grade'));
console.log(line('  the same, cold (MLGRADE_NO_CACHE=1)', 'cold'));
console.log(line('grade --submission reference-python --json', 'python'));
console.log(
  `ratio ${ratio.toFixed(1)}× (target ≤ ${TARGET_RATIO}×: ` +
    `${ratio <= TARGET_RATIO ? 'met' : 'NOT met'}); grade exit status ${warm.status}; ${runs} runs each after a warm-up`,
);
if (values.check && ratio > TARGET_RATIO) process.exitCode = 1;
benchNpx();

/** `npx grade` beside `node bin/grade.js`: npm's start-up (and its registry checks) before grading. */
function benchNpx() {
  const pairs = { npx: [], grade: [] };
  for (let i = 0; i < Math.min(runs, 5); i++) for (const name of ['npx', 'grade']) pairs[name].push(time(name).ms);
  const [npx, direct] = [median(pairs.npx), median(pairs.grade)];
  console.log(
    `npx grade … median ${fmt(npx)} vs node bin/grade.js … ${fmt(direct)}: start ` +
      `overhead +${fmt(npx - direct)}, ratio ${(npx / direct).toFixed(1)}×`,
  );
}

/** The mutant submissions: each built-in mutant file laid over its step in a copy of the reference. */
function mutantOverlays() {
  const base = path.join(root, 'grader', 'diagnosis', 'mutants', 'files');
  const fromMutants = existsSync(base)
    ? readdirSync(base, { recursive: true, withFileTypes: true })
        .filter((e) => e.isFile() && e.name.endsWith('.ts'))
        .map((e) => {
          const [exercise, step] = path.relative(base, e.parentPath).split(path.sep);
          return { from: path.join(e.parentPath, e.name), to: path.join(exercise, `${step}.ts`) };
        })
        .sort((a, b) => (a.from < b.from ? -1 : 1))
    : [];
  if (fromMutants.length > 0) return fromMutants.map((m) => (dir) => cpSync(m.from, path.join(dir, m.to)));
  // before the mutants existed: the failing fixtures, laid over the reference the same way
  const fixtures = path.join(root, 'test', 'fixtures', 'submissions', 'fail');
  return readdirSync(fixtures).map((name) => (dir) => cpSync(path.join(fixtures, name), dir, { recursive: true }));
}

function generateClass(n) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'mlgrade-bench-batch-'));
  const overlays = mutantOverlays();
  for (let i = 0; i < n; i++) {
    const student = path.join(dir, `student-${String(i + 1).padStart(4, '0')}`);
    cpSync(path.join(root, 'reference'), student, { recursive: true });
    // half correct, half with one mutant step (spread over every exercise)
    if (i % 2 === 1) overlays[Math.floor(i / 2) % overlays.length](student);
  }
  return dir;
}

function timeBatch(dir, jobs) {
  const out = mkdtempSync(path.join(os.tmpdir(), 'mlgrade-bench-out-'));
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, ['bin/grade.js', 'batch', dir, '--out-dir', out, '--jobs', String(jobs)], {
    cwd: root,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
    maxBuffer: 64 * 1024 * 1024,
  });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  rmSync(out, { recursive: true, force: true });
  if (result.status === 2 || result.status === null)
    throw new Error(`grade batch could not run (exit ${result.status}):\n${result.stderr}`);
  return ms;
}

function timeNaive(dir) {
  const start = process.hrtime.bigint();
  for (const student of readdirSync(dir).sort()) {
    const result = spawnSync(
      process.execPath,
      [
        'bin/grade.js',
        '--submission',
        path.join(dir, student),
        '--json',
        '--reporter',
        'json',
        '--out-dir',
        path.join(os.tmpdir(), 'mlgrade-bench-naive'),
      ],
      { cwd: root, env, stdio: ['ignore', 'ignore', 'pipe'] },
    );
    if (result.status === 2 || result.status === null) throw new Error(`grade could not run (exit ${result.status}):\n${result.stderr}`);
  }
  return Number(process.hrtime.bigint() - start) / 1e6;
}

async function benchBatch(n) {
  const cores = os.availableParallelism();
  const jobs = Math.max(1, Number(values.jobs) || cores);
  const dir = generateClass(n);
  try {
    time('node');
    timeBatch(dir, jobs); // warm-up: file caches, the first esbuild and sandbox probes
    const samples = { node: [], sequential: [], parallel: [] };
    // interleaved, so a burst of load elsewhere hits both series alike
    for (let i = 0; i < runs; i++) {
      samples.node.push(time('node').ms);
      samples.sequential.push(timeBatch(dir, 1));
      samples.parallel.push(timeBatch(dir, jobs));
    }
    const naive = timeNaive(dir);
    reportBatch({ n, cores, jobs, samples, naive });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function reportBatch({ n, cores, jobs, samples, naive }) {
  const node = median(samples.node);
  const sequential = median(samples.sequential);
  const parallel = median(samples.parallel);
  const rate = (ms) => `${((1000 * n) / ms).toFixed(2)} submissions/s`;
  const all = (xs) => xs.map((x) => (x / 1000).toFixed(1)).join(', ');
  const perNode = (ms) => `${(ms / n / node).toFixed(1)}× node per submission`;
  console.log(
    `node -e 0                                        median ${node.toFixed(1)} ms  (${samples.node.map((x) => x.toFixed(0)).join(', ')})`,
  );
  console.log(`${n} × grade --submission, one after another      ${(naive / 1000).toFixed(2)} s  ${rate(naive)}  ${perNode(naive)}`);
  console.log(
    `grade batch --jobs 1 (one worker)                median ` +
      `${(sequential / 1000).toFixed(2)} s  ${rate(sequential)}  ${perNode(sequential)}  (${all(samples.sequential)} s)`,
  );
  console.log(
    `grade batch --jobs ${jobs} (one worker per core)       median ` +
      `${(parallel / 1000).toFixed(2)} s  ${rate(parallel)}  ${perNode(parallel)}  (${all(samples.parallel)} s)`,
  );
  const vsNaive = naive / parallel;
  const vsOne = sequential / parallel;
  console.log(
    `batch on ${cores} cores: ${vsNaive.toFixed(2)}× one-after-another grade runs ` +
      `(target ≥ ${BATCH_TARGET_SPEEDUP}×: ${vsNaive >= BATCH_TARGET_SPEEDUP ? 'met' : 'NOT met'}), ` +
      `${vsOne.toFixed(2)}× --jobs 1; ${runs} runs each after a warm-up (the grade runs: one); load average ${os
        .loadavg()
        .map((x) => x.toFixed(1))
        .join(' ')}`,
  );
  if (values.check && vsNaive < BATCH_TARGET_SPEEDUP) process.exitCode = 1;
}
