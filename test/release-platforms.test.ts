// `grade release`, the platform bundles: Gradescope's autograder.zip unpacked into a fake
// /autograder tree and its run_autograder run there (results valid against the documented format,
// hidden cases as separate tests with their details withheld, and a valid file when grading
// fails), PrairieLearn's run.sh on a fake /grade tree, and the GitHub Classroom workflow.
// Needs `npm run build`.
import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GradescopeResults } from '../reports/gradescope.js';
import { repoRoot } from './helpers/submission.js';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'mlgrade-platforms-'));
const out = path.join(tmp, 'release');
const validator = (name: string) => new Ajv2020({ strict: false }).compile(JSON.parse(readFileSync(path.join(repoRoot, 'schema', name), 'utf8')));

beforeAll(() => {
  const released = spawnSync(process.execPath, [path.join(repoRoot, 'dist', 'cli.js'), 'release', '--out', out, '--config', path.join(repoRoot, 'extra', 'grade.config.json')], { encoding: 'utf8' });
  expect(released.status, released.stderr).toBe(0);
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** The entries of a zip as written by grader/release/zip.ts: name, mode and content. */
function unzip(file: string): { name: string; mode: number; data: Buffer }[] {
  const zip = readFileSync(file);
  const end = zip.length - 22;
  expect(zip.readUInt32LE(end)).toBe(0x06054b50);
  let at = zip.readUInt32LE(end + 16);
  return Array.from({ length: zip.readUInt16LE(end + 10) }, () => {
    const [method, size, nameLength, extra, comment] = [zip.readUInt16LE(at + 10), zip.readUInt32LE(at + 20), zip.readUInt16LE(at + 28), zip.readUInt16LE(at + 30), zip.readUInt16LE(at + 32)];
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    const mode = (zip.readUInt32LE(at + 38) >>> 16) & 0o777;
    const local = zip.readUInt32LE(at + 42);
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const body = zip.subarray(start, start + size);
    at += 46 + nameLength + extra + comment;
    return { name, mode, data: method === 8 ? inflateRawSync(body) : Buffer.from(body) };
  });
}

/** A submission of two exercises (the rest missing), as students upload their workspace. */
function upload(dir: string): void {
  mkdirSync(path.join(dir, 'exercises', 'tanh-network'), { recursive: true });
  cpSync(path.join(repoRoot, 'reference', 'logistic-regression'), path.join(dir, 'exercises', 'logistic-regression'), { recursive: true });
  cpSync(path.join(repoRoot, 'extra', 'tanh-network', 'reference'), path.join(dir, 'exercises', 'tanh-network'), { recursive: true });
}

const script = (file: string, env: Record<string, string>) => spawnSync('bash', [file], { encoding: 'utf8', env: { ...process.env, ...env }, timeout: 120_000 });

describe('Gradescope', () => {
  const root = path.join(tmp, 'autograder');
  const results = (): GradescopeResults => JSON.parse(readFileSync(path.join(root, 'results', 'results.json'), 'utf8')) as GradescopeResults;

  beforeAll(() => {
    // Gradescope unpacks the zip into /autograder/source; setup.sh's `npm ci` is this repository's install
    for (const entry of unzip(path.join(out, 'gradescope', 'autograder.zip'))) {
      const file = path.join(root, 'source', entry.name);
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, entry.data);
      chmodSync(file, entry.mode);
    }
    symlinkSync(path.join(repoRoot, 'node_modules'), path.join(root, 'source', 'mlgrade', 'node_modules'));
  });

  it('autograder.zip holds setup.sh and run_autograder at its root, executable, the grader and the hidden seeds', () => {
    const entries = new Map(unzip(path.join(out, 'gradescope', 'autograder.zip')).map((e) => [e.name, e]));
    expect(entries.get('setup.sh')?.mode).toBe(0o755);
    expect(entries.get('run_autograder')?.mode).toBe(0o755);
    expect(JSON.parse(entries.get('hidden-seeds.json')?.data.toString() ?? '{}').hiddenSeeds).toHaveLength(3);
    for (const file of ['mlgrade/package.json', 'mlgrade/package-lock.json', 'mlgrade/dist/cli.js', 'mlgrade/grade.config.json', 'mlgrade/exercises/tanh-network/exercise.ts', 'mlgrade/reference/shallow-network/backward.ts']) {
      expect(entries.has(file), file).toBe(true);
    }
    expect(readFileSync(path.join(root, 'source', 'setup.sh'), 'utf8')).toMatch(/npm ci --omit=dev/);
  });

  it('run_autograder grades /autograder/submission on public and hidden cases and writes a valid results.json', () => {
    upload(path.join(root, 'submission'));
    const ran = script(path.join(root, 'source', 'run_autograder'), { AUTOGRADER_ROOT: root });
    expect(ran.status, ran.stdout + ran.stderr).toBe(0);
    const r = results();
    expect(validator('gradescope-results.schema.json')(r)).toBe(true);
    const hidden = r.tests.filter((t) => t.name.endsWith('(hidden cases)'));
    const shown = r.tests.filter((t) => !t.name.endsWith('(hidden cases)'));
    // logistic-regression (11 points) and tanh-network (5) right, the others missing
    expect(r.score).toBe(16);
    expect(shown.map((t) => t.visibility)).toEqual(shown.map(() => 'visible'));
    const graded = shown.filter((t) => /^(Logistic regression|Shallow network with a tanh)/.test(t.name));
    // 10 steps and 4, each with its hidden twin; the missing exercises' steps have no cases to hide
    expect(graded).toHaveLength(14);
    expect(hidden).toHaveLength(14);
    for (const t of hidden) {
      expect(t.visibility).toBe('after_published');
      expect(t.output).toMatch(/^(\d+) of \1 hidden cases passed/);
      expect(t.score).toBe(t.max_score);
    }
    // what students read speaks of the public cases only, with repro commands they can run
    for (const t of shown) expect(t.output).not.toMatch(/hidden/);
    expect(r.output).toContain('Re-run: grade --exercise computation-graph --step forward --seed 1234\n');
    // a public test and its hidden twin share the step's points
    const backward = r.tests.filter((t) => t.name.startsWith('Shallow network with a tanh hidden layer: backward'));
    expect(backward.reduce((s, t) => s + t.max_score, 0)).toBeCloseTo(2, 6);
  });

  it('writes a valid results.json with score 0 and the reason when grading fails', () => {
    rmSync(path.join(root, 'submission'), { recursive: true, force: true });
    mkdirSync(path.join(root, 'submission'));
    const ran = script(path.join(root, 'source', 'run_autograder'), { AUTOGRADER_ROOT: root });
    expect(ran.status).toBe(0);
    const r = results();
    expect(validator('gradescope-results.schema.json')(r)).toBe(true);
    expect(r.score).toBe(0);
    expect(r.output).toMatch(/could not grade this submission[\s\S]*no student files/);
  });
});

describe('PrairieLearn', () => {
  it('run.sh grades /grade/student and writes /grade/results/results.json', () => {
    const bundle = path.join(out, 'prairielearn');
    const root = path.join(tmp, 'grade');
    upload(path.join(root, 'student'));
    cpSync(path.join(bundle, 'serverFilesCourse'), path.join(root, 'serverFilesCourse'), { recursive: true });
    symlinkSync(path.join(repoRoot, 'node_modules'), path.join(bundle, 'mlgrade', 'node_modules'));
    const ran = script(path.join(bundle, 'run.sh'), { GRADE_ROOT: root, MLGRADE_HOME: path.join(bundle, 'mlgrade') });
    expect(ran.status, ran.stdout + ran.stderr).toBe(0);
    const r = JSON.parse(readFileSync(path.join(root, 'results', 'results.json'), 'utf8')) as { gradable: boolean; score: number; tests: unknown[] };
    expect(validator('prairielearn-results.schema.json')(r)).toBe(true);
    expect(r.gradable).toBe(true);
    expect(r.score).toBeCloseTo(16 / 46, 4);
    expect(readFileSync(path.join(bundle, 'Dockerfile'), 'utf8')).toMatch(/COPY mlgrade \/mlgrade[\s\S]*npm ci --omit=dev/);
    expect(JSON.parse(readFileSync(path.join(bundle, 'info.json'), 'utf8')).externalGradingOptions.entrypoint).toBe('/mlgrade/run.sh');
  });
});

describe('GitHub Classroom', () => {
  it('has a workflow that grades every push with the JUnit, GitHub and JSON reporters', () => {
    const workflow = readFileSync(path.join(out, 'github-classroom', '.github', 'workflows', 'classroom.yml'), 'utf8');
    expect(workflow).toContain('npx grade --reporter junit --reporter github --reporter json');
    expect(workflow).toMatch(/on:\s*\n\s+push:/);
    expect(workflow).toMatch(/node-version: 20/);
  });

  it('the teacher keeps a private copy of the hidden seeds, which no student file carries', () => {
    const seeds = JSON.parse(readFileSync(path.join(out, 'hidden-seeds.json'), 'utf8')).hiddenSeeds as number[];
    expect(JSON.parse(readFileSync(path.join(out, 'gradescope', 'hidden-seeds.json'), 'utf8')).hiddenSeeds).toEqual(seeds);
    expect(existsSync(path.join(out, 'student', 'hidden-seeds.json'))).toBe(false);
  });
});
