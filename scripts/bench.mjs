// Start-up benchmark: the whole `grade --submission reference --json` process beside `node -e 0`,
// measured in the same run (so both see the same machine load), as medians after a warm-up.
// Target: grade ≤ 15 × node. Usage: npm run bench [-- --runs N] [-- --check (exit 1 over target)]
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const TARGET_RATIO = 15;
const root = fileURLToPath(new URL('..', import.meta.url));
const { values } = parseArgs({ options: { runs: { type: 'string', default: '7' }, check: { type: 'boolean', default: false } } });
const runs = Math.max(5, Number(values.runs) || 7);

// A clean environment: no NODE_OPTIONS, NODE_EXTRA_CA_CERTS (≈10 ms of certificate loading) …
const env = Object.fromEntries(['PATH', 'HOME', 'TMPDIR', 'LANG'].filter((k) => process.env[k] !== undefined).map((k) => [k, process.env[k]]));

const commands = {
  node: [process.execPath, ['-e', '0']],
  grade: [process.execPath, ['bin/grade.js', '--submission', 'reference', '--json']],
};

function time(name) {
  const [file, args] = commands[name];
  const start = process.hrtime.bigint();
  const result = spawnSync(file, args, { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024 });
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

time('node');
const warm = time('grade');
const samples = { node: [], grade: [] };
// interleaved, so a burst of load elsewhere hits both series alike
for (let i = 0; i < runs; i++) for (const name of ['node', 'grade']) samples[name].push(time(name).ms);

const node = median(samples.node);
const grade = median(samples.grade);
const ratio = grade / node;
const fmt = (ms) => `${ms.toFixed(1)} ms`;
console.log(`node -e 0                                   median ${fmt(node)}  (${samples.node.map((x) => x.toFixed(0)).join(', ')})`);
console.log(`grade --submission reference --json         median ${fmt(grade)}  (${samples.grade.map((x) => x.toFixed(0)).join(', ')})`);
console.log(`ratio ${ratio.toFixed(1)}× (target ≤ ${TARGET_RATIO}×: ${ratio <= TARGET_RATIO ? 'met' : 'NOT met'}); grade exit status ${warm.status}; ${runs} runs each after a warm-up`);
if (values.check && ratio > TARGET_RATIO) process.exitCode = 1;
