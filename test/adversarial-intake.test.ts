// The grader's own bad inputs: what cannot be a submission is refused before any of it runs, with
// a clear message and exit code 2, and nothing is lost (the folder is untouched, earlier results
// stay). A file the grader does not need (a FIFO with another name) is never opened.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { changes, gradeCli, snapshot } from './helpers/hostile.js';
import { repoRoot } from './helpers/submission.js';

const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A folder holding `submission/` (built by `build`) and `out/` with an earlier results.json. */
function workspace(build: (submission: string) => void): { cwd: string; submission: string } {
  const cwd = mkdtempSync(path.join(os.tmpdir(), 'mlgrade-intake-'));
  made.push(cwd);
  const submission = path.join(cwd, 'submission');
  mkdirSync(submission);
  build(submission);
  mkdirSync(path.join(cwd, 'out'));
  writeFileSync(path.join(cwd, 'out', 'results.json'), 'earlier results\n');
  return { cwd, submission };
}

const withReference = (submission: string): void => cpSync(path.join(repoRoot, 'reference'), submission, { recursive: true });
const mkfifo = (file: string): void => {
  const made = spawnSync('mkfifo', [file]);
  if (made.status !== 0) throw new Error(`mkfifo failed: ${made.stderr}`);
};

const BAD: [string, (submission: string) => void, RegExp][] = [
  ['an empty submission folder', () => undefined, /no student files in .*submission: expected exercise folders \(computation-graph\/, /],
  ['a folder with no exercise in it', (s) => writeFileSync(path.join(s, 'notes.md'), 'hello\n'), /no student files in/],
  [
    'binary junk as a step file',
    (s) => {
      withReference(s);
      writeFileSync(path.join(s, 'logistic-regression', 'sigmoid.ts'), Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 0xff, 0xfe, 0x00, 0x13]));
    },
    /logistic-regression\/sigmoid\.ts (is not UTF-8 text|contains NUL bytes)/,
  ],
  [
    'a 50 MB step file',
    (s) => {
      withReference(s);
      truncateSync(path.join(s, 'deep-network', 'dW.ts'), 50 * 1024 * 1024);
    },
    /deep-network\/dW\.ts is 50\.0 MB; a step file may be at most 1\.0 MB/,
  ],
  [
    'a step file that is a FIFO',
    (s) => {
      withReference(s);
      rmSync(path.join(s, 'computation-graph', 'forward.ts'));
      mkfifo(path.join(s, 'computation-graph', 'forward.ts'));
    },
    /computation-graph\/forward\.ts is not a regular file \(a FIFO\)/,
  ],
  // links (an exercise folder linked to the reference): refused with the rest graded, test/integrity-links.test.ts
];

describe('inputs that cannot be graded', () => {
  it('a missing submission folder: exit 2, a clear message, earlier results kept', async () => {
    const { cwd } = workspace(() => undefined);
    const run = await gradeCli(['--submission', 'no/such/folder', '--out-dir', 'out'], cwd);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^grade: no submission folder no\/such\/folder/);
    expect(readFileSync(path.join(cwd, 'out', 'results.json'), 'utf8')).toBe('earlier results\n');
  });

  it.each(BAD)('%s: exit 2, a clear message, nothing read, nothing lost', async (_name, build, message) => {
    const { cwd, submission } = workspace(build);
    const before = snapshot([submission]);
    const run = await gradeCli(['--submission', 'submission', '--out-dir', 'out'], cwd);
    expect(run.code, run.stderr).toBe(2);
    expect(run.stderr).toMatch(/^grade: /);
    expect(run.stderr).toMatch(message);
    expect(run.stdout).toBe('');
    expect(changes(before, snapshot([submission]))).toEqual([]);
    expect(readFileSync(path.join(cwd, 'out', 'results.json'), 'utf8')).toBe('earlier results\n');
  });

  it('a FIFO the grader does not need is never opened: the rest is graded', async () => {
    const { cwd, submission } = workspace((s) => {
      withReference(s);
      mkfifo(path.join(s, 'logistic-regression', 'notes.fifo'));
    });
    const run = await gradeCli(['--submission', submission, '--exercise', 'logistic-regression', '--json', '--out-dir', 'out'], cwd);
    expect(run.code, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout).score).toBeGreaterThan(0);
  });
});
