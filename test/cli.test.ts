// The `grade` command as students and CI run it: real child processes of bin/grade.js, their exit
// codes, stdout, stderr and written files.
import { execFile, spawn } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { resultsAfterCrash } from '../grader/engine/run.js';
import { exitCodeForError, exitCodeForResults } from '../grader/cli/exit.js';
import { needsYargs } from '../grader/commands/main.js';
import { DEFAULT_TIME_LIMIT_SECONDS, GRADE_OPTIONS, parseGradeArgv, toGradeArgs } from '../grader/cli/options.js';
import { progress, useColor } from '../grader/cli/terminal.js';
import { mergeResults } from '../grader/cli/watch.js';
import { describeChanges } from '../grader/cli/watch-screen.js';
import { affectedExercises, importSpecifiers, moduleKey } from '../grader/cli/watch-graph.js';
import { UsageError } from '../grader/engine/errors.js';
import { DEFAULT_SUBMISSION_LIMIT_MS } from '../grader/engine/grade-submission.js';
import type { GradeResults } from '../grader/model/results.js';
import { EXERCISES } from '../grader/spec/index.js';
import { repoRoot } from './helpers/submission.js';
import { tempFolders } from './helpers/temp.js';

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** A clean environment: no colour settings, NODE_OPTIONS or certificates leaking in from the test runner. */
const cleanEnv = (extra: Record<string, string> = {}): NodeJS.ProcessEnv => ({ PATH: process.env.PATH, HOME: os.tmpdir(), ...extra });

function grade(args: string[], options: { env?: Record<string, string>; cwd?: string } = {}): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [path.join(repoRoot, 'bin', 'grade.js'), ...args],
      { cwd: options.cwd ?? repoRoot, env: cleanEnv(options.env), maxBuffer: 64 << 20 },
      (error, stdout, stderr) => resolve({ code: error ? (typeof error.code === 'number' ? error.code : null) : 0, stdout, stderr }),
    );
  });
}

const schema = JSON.parse(readFileSync(path.join(repoRoot, 'schema', 'results.schema.json'), 'utf8'));
const validate = new Ajv2020({ allErrors: true, strict: true }).compile<GradeResults>(schema);
const allSteps = (r: GradeResults) => r.exercises.flatMap((e) => e.steps.map((s) => ({ exercise: e.id, ...s })));
const STEP_COUNT = EXERCISES.reduce((n, e) => n + e.steps.length, 0);
const stepLines = (text: string): string[] => text.split('\n').filter((l) => /^ {2}[✓✗-] \S/.test(l));

const tempDir = tempFolders('mlgrade-cli-');

/** One `grade --submission reference --json` run, read by the two tests below (a full run costs a second of CPU). */
let referenceRun: Promise<{ run: Run; out: string }> | undefined;
const gradeReference = (): Promise<{ run: Run; out: string }> =>
  (referenceRun ??= (async () => {
    const out = tempDir();
    return { run: await grade(['--submission', 'reference', '--json', '--out-dir', out]), out };
  })());

describe('grade --json', () => {
  it('prints exactly one JSON document, valid against the schema, and nothing on stderr', async () => {
    const { run, out } = await gradeReference();
    expect(run.stderr).toBe('');
    expect(run.stdout.startsWith('{')).toBe(true);
    expect(run.stdout.endsWith('}\n')).toBe(true);
    const results = JSON.parse(run.stdout) as GradeResults;
    expect(validate(results), JSON.stringify(validate.errors)).toBe(true);
    expect(readFileSync(path.join(out, 'results.json'), 'utf8')).toBe(run.stdout);
  });
});

describe('grade --submission reference', () => {
  it('exits 0 with full marks', async () => {
    const { run } = await gradeReference();
    const results = JSON.parse(run.stdout) as GradeResults;
    const broken = allSteps(results)
      .filter((s) => s.status !== 'passed')
      .map((s) => `${s.exercise}/${s.id}: ${s.message}`);
    expect(broken).toEqual([]);
    expect(results.score).toBe(results.maxScore);
    expect(allSteps(results)).toHaveLength(STEP_COUNT);
    expect(run.code).toBe(0);
  });
});

describe('grade on the untouched exercises/', () => {
  let run: Run;
  let out: string;
  beforeAll(async () => {
    out = tempDir();
    run = await grade(['--out-dir', out]);
  });

  it('exits 1 with score 0, every step "not implemented yet"', () => {
    expect(run.code).toBe(1);
    const results = JSON.parse(readFileSync(path.join(out, 'results.json'), 'utf8')) as GradeResults;
    expect(results.score).toBe(0);
    expect(results.submission).toBe(path.join(repoRoot, 'exercises'));
    for (const step of allSteps(results)) expect(step.message, `${step.exercise}/${step.id}`).toMatch(/not implemented yet/);
  });

  it('prints one line per step, in curriculum order, each saying so', () => {
    const lines = stepLines(run.stdout);
    expect(lines).toHaveLength(STEP_COUNT);
    expect(lines.map((l) => l.split(/\s+/)[2])).toEqual(EXERCISES.flatMap((e) => e.steps.map((s) => s.id)));
    for (const line of lines) expect(line).toMatch(/^ {2}✗ \S+ +0\/\d+ +not implemented yet/);
  });

  it('prints the seed, a summary, repro commands and the written file', () => {
    expect(run.stdout).toContain('seed 1234');
    expect(run.stdout).toMatch(new RegExp(`Score 0/\\d+ \\(0%\\) · 0 passed · 0 failed · 0 error · ${STEP_COUNT} missing`));
    expect(run.stdout).toContain('To re-run a failure:\n  grade --exercise computation-graph --step forward --seed 1234\n');
    expect(run.stdout).toContain(`Results written to ${path.join(out, 'results.json')}`);
  });

  it('uses no colour off a terminal', () => {
    expect(run.stdout).not.toContain('\x1b[');
    expect(run.stderr).toBe('');
  });
});

describe('exit code 2: grading could not run', () => {
  it('for a missing submission folder, naming it, writing nothing, leaving no sandbox behind', async () => {
    const out = path.join(tempDir(), 'out');
    // the student process starts before the folder is checked: it must be gone with its folder
    const tmp = tempDir();
    const run = await grade(['--submission', 'no/such/folder', '--out-dir', out], { env: { TMPDIR: tmp } });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^grade: no submission folder no\/such\/folder/);
    expect(run.stdout).toBe('');
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(tmp)).toEqual([]);
  });

  it('for an unknown --exercise, listing the valid ones', async () => {
    const run = await grade(['--exercise', 'logistic-regresion']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      'unknown exercise logistic-regresion; the exercises are: computation-graph, logistic-regression, shallow-network, deep-network',
    );
  });

  it('for an unknown --step, listing the steps', async () => {
    const run = await grade(['--exercise', 'computation-graph', '--step', 'dW']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('unknown step dW of computation-graph; the steps are:\n  computation-graph: forward, backward');
  });

  const bad: [string, string[], RegExp][] = [
    ['an unknown option', ['--colour'], /unknown option --colour/],
    ['a stray argument', ['reference'], /unexpected argument reference: to grade a folder, pass --submission reference/],
    ['a --min-score above 1', ['--min-score', '60'], /--min-score is a fraction .* between 0 and 1/],
    ['a seed that is not a number', ['--seed', 'abc'], /--seed expects a number/],
    ['an unknown reporter', ['--reporter', 'pdf'], /unknown reporter pdf; the reporters are: json/],
    ['--json with --watch', ['--json', '--watch'], /cannot be combined/],
  ];
  it.each(bad)('for %s', async (_name, args, message) => {
    const run = await grade(args);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
  });

  it('when the grader itself fails: results.json is still written, complete, with graderError', async () => {
    const out = tempDir();
    // the engine compiles into os.tmpdir(): a TMPDIR that does not exist makes it throw mid-run
    const run = await grade(['--submission', 'reference', '--exercise', 'computation-graph', '--out-dir', out], {
      env: { TMPDIR: '/no/such/tmp' },
    });
    expect(run.code).toBe(2);
    expect(run.stdout).toContain('The grader itself failed');
    const results = JSON.parse(readFileSync(path.join(out, 'results.json'), 'utf8')) as GradeResults;
    expect(validate(results), JSON.stringify(validate.errors)).toBe(true);
    expect(results.graderError?.message).toMatch(/ENOENT/);
    expect(allSteps(results)).toHaveLength(STEP_COUNT);
    const statuses = new Set(allSteps(results).map((s) => `${s.exercise === 'computation-graph'}:${s.status}`));
    expect([...statuses].sort()).toEqual(['false:skipped', 'true:error']);
  });
});

describe('narrowing and pass marks', () => {
  it('--step grades only that step; the others are skipped, the exit code counts only graded steps', async () => {
    const run = await grade([
      '--submission',
      'reference',
      '--exercise',
      'logistic-regression',
      '--step',
      'dW',
      '--json',
      '--out-dir',
      tempDir(),
    ]);
    const results = JSON.parse(run.stdout) as GradeResults;
    const graded = allSteps(results)
      .filter((s) => s.status !== 'skipped')
      .map((s) => `${s.exercise}/${s.id}:${s.status}`);
    expect(graded).toEqual(['logistic-regression/dW:passed']);
    expect(allSteps(results)).toHaveLength(STEP_COUNT);
    expect(results.maxScore).toBe(1);
    expect(run.code).toBe(0);
  });

  it('--step without --exercise grades that step in every exercise that has it', async () => {
    const run = await grade(['--step', 'sigmoid', '--json', '--out-dir', tempDir()]);
    const graded = allSteps(JSON.parse(run.stdout) as GradeResults).filter((s) => s.status !== 'skipped');
    expect(graded.map((s) => s.exercise)).toEqual(['logistic-regression', 'deep-network']);
  });

  it('--min-score passes from that fraction of the maximum score, even with failed steps', async () => {
    const partial = tempDir();
    cpSync(path.join(repoRoot, 'reference', 'computation-graph'), path.join(partial, 'computation-graph'), { recursive: true });
    const first = await grade(['--submission', partial, '--json', '--out-dir', tempDir()]);
    expect(first.code).toBe(1);
    const { score, maxScore } = JSON.parse(first.stdout) as GradeResults;
    const ratio = score / maxScore;
    expect(ratio).toBeGreaterThan(0);
    expect((await grade(['--submission', partial, '--min-score', String(ratio), '--out-dir', tempDir()])).code).toBe(0);
    expect((await grade(['--submission', partial, '--min-score', String(Math.min(1, ratio + 0.01)), '--out-dir', tempDir()])).code).toBe(1);
    expect((await grade(['--submission', partial, '--min-score', '0', '--out-dir', tempDir()])).code).toBe(0);
  });

  it('--seed changes the cases and is repeated in every repro command', async () => {
    const run = await grade([
      '--submission',
      'reference',
      '--exercise',
      'computation-graph',
      '--seed',
      '99',
      '--json',
      '--out-dir',
      tempDir(),
    ]);
    const results = JSON.parse(run.stdout) as GradeResults;
    expect(results.seed).toBe(99);
    for (const step of allSteps(results))
      expect(step.repro).toBe(`grade --submission reference --exercise ${step.exercise} --step ${step.id} --seed 99`);
  });
});

describe('output files and colour', () => {
  it('writes results.json to --out-dir, creating it, and to ./grade-results by default', async () => {
    const out = path.join(tempDir(), 'nested', 'out');
    await grade(['--submission', path.join(repoRoot, 'reference'), '--exercise', 'computation-graph', '--out-dir', out]);
    expect(JSON.parse(readFileSync(path.join(out, 'results.json'), 'utf8')).exercises).toHaveLength(EXERCISES.length);
    const cwd = tempDir();
    await grade(['--submission', path.join(repoRoot, 'reference'), '--exercise', 'computation-graph'], { cwd });
    expect(existsSync(path.join(cwd, 'grade-results', 'results.json'))).toBe(true);
  });

  it('colours with FORCE_COLOR, and never with NO_COLOR or --no-color', async () => {
    const args = ['--submission', 'reference', '--exercise', 'computation-graph', '--out-dir', tempDir()];
    expect((await grade(args, { env: { FORCE_COLOR: '1' } })).stdout).toContain('\x1b[32m✓');
    expect((await grade(args, { env: { FORCE_COLOR: '1', NO_COLOR: '1' } })).stdout).not.toContain('\x1b[');
    expect((await grade([...args, '--no-color'], { env: { FORCE_COLOR: '1' } })).stdout).not.toContain('\x1b[');
  });
});

describe('grade --help', () => {
  it('documents every option, the exit codes and the default time limit', async () => {
    const run = await grade(['--help']);
    expect(run.code).toBe(0);
    for (const name of Object.keys(GRADE_OPTIONS)) expect(run.stdout).toContain(`--${name}`);
    expect(run.stdout).toMatch(/Exit status: 0 .*\n1 otherwise, 2 when/);
    expect(DEFAULT_TIME_LIMIT_SECONDS * 1000).toBe(DEFAULT_SUBMISSION_LIMIT_MS);
  });

  it('prints the version', async () => {
    expect((await grade(['--version'])).stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });
});

describe('grade --watch', () => {
  it("grades the saved file's exercise again, not for notes, and exits 0 on Ctrl-C", async () => {
    const dir = tempDir();
    const out = tempDir();
    cpSync(path.join(repoRoot, 'reference', 'computation-graph'), path.join(dir, 'computation-graph'), { recursive: true });
    mkdirSync(path.join(dir, 'notes'));
    const child = spawn(
      process.execPath,
      [path.join(repoRoot, 'bin', 'grade.js'), '--submission', dir, '--exercise', 'computation-graph', '--watch', '--out-dir', out],
      { env: cleanEnv() },
    );
    let stdout = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    const waitFor = async (pattern: RegExp, times = 1): Promise<void> => {
      const count = (): number => stdout.match(new RegExp(pattern.source, 'g'))?.length ?? 0;
      for (let i = 0; i < 1200 && count() < times; i++) await new Promise((r) => setTimeout(r, 100));
      expect(count()).toBe(times);
    };
    await waitFor(/Watching .* for changes/);
    appendFileSync(path.join(dir, 'notes', 'todo.md'), 'not a step\n');
    appendFileSync(path.join(dir, 'computation-graph', 'forward.ts'), '\n// saved\n');
    await waitFor(/Graded computation-graph again/);
    appendFileSync(path.join(dir, 'computation-graph', 'index.ts'), '\n// saved\n');
    await waitFor(/Graded computation-graph again/, 2);
    const merged = JSON.parse(readFileSync(path.join(out, 'results.json'), 'utf8')) as GradeResults;
    expect(merged.exercises[0].steps.map((s) => s.status)).toEqual(['passed', 'passed']);
    const code = new Promise((resolve) => child.on('exit', resolve));
    child.kill('SIGINT');
    expect(await code).toBe(0);
    expect(stdout.match(/Graded computation-graph again/g)).toHaveLength(2);
    expect(stdout).toMatch(/^Graded at .*\.$/m);
  });
});

// The pieces behind the command, on hand-built values.
describe('exit codes', () => {
  const step = (status: 'passed' | 'failed' | 'skipped', score: number) => ({
    id: status,
    status,
    score,
    maxScore: status === 'skipped' ? 0 : 1,
    message: '',
    diagnoses: [],
    cases: [],
    gradientChecks: [],
    repro: '',
    durationMs: 0,
  });
  const results = (steps: ReturnType<typeof step>[], extra: Partial<GradeResults> = {}): GradeResults => ({
    schemaVersion: 1,
    tool: { name: 'mlgrade', version: '0' },
    seed: 1,
    submission: '/s',
    startedAt: '',
    durationMs: 0,
    score: steps.reduce((s, x) => s + x.score, 0),
    maxScore: steps.reduce((s, x) => s + x.maxScore, 0),
    exercises: [{ id: 'e', title: 'E', score: 0, maxScore: 0, steps }],
    ...extra,
  });

  it('0 when every graded step passed, skipped ones aside; 1 otherwise; 2 on a grader error', () => {
    expect(exitCodeForResults(results([step('passed', 1), step('skipped', 0)]))).toBe(0);
    expect(exitCodeForResults(results([step('passed', 1), step('failed', 0)]))).toBe(1);
    expect(exitCodeForResults(results([step('passed', 1)], { graderError: { name: 'E', message: 'm' } }))).toBe(2);
  });

  it('--min-score compares score/maxScore with the mark, forgiving rounding to 3 decimals', () => {
    const r = results([step('passed', 1), step('failed', 0.333), step('failed', 0.333)]);
    expect(exitCodeForResults(r, 0.555)).toBe(0);
    expect(exitCodeForResults(r, 0.556)).toBe(1);
    expect(exitCodeForResults({ ...r, score: 2, maxScore: 3 }, 2 / 3)).toBe(0);
  });

  it('usage errors and unknown errors both map to 2, with a message', () => {
    const said: string[] = [];
    expect(exitCodeForError(new UsageError('bad'), (t) => said.push(t))).toBe(2);
    expect(exitCodeForError(new TypeError('bug'), (t) => said.push(t))).toBe(2);
    expect(said[0]).toBe('grade: bad\n');
    expect(said[1]).toMatch(/bug in mlgrade[\s\S]*TypeError: bug/);
  });
});

describe('argument parsing', () => {
  it('applies the defaults', () => {
    expect(toGradeArgs(parseGradeArgv([]))).toEqual({
      submission: 'exercises',
      submissionGiven: false,
      exercises: [],
      steps: [],
      seed: 1234,
      watch: false,
      json: false,
      reporters: ['json', 'html'],
      outDir: 'grade-results',
      color: true,
    });
  });

  it('collects repeated options, accepts a leading `grade` and --no-color', () => {
    const args = toGradeArgs(
      parseGradeArgv([
        'grade',
        '-e',
        'a',
        '--exercise',
        'b',
        '--step',
        's',
        '--seed',
        '7',
        '--min-score',
        '0.5',
        '--time-limit',
        '2.5',
        '--no-color',
      ]),
    );
    expect(args).toMatchObject({ exercises: ['a', 'b'], steps: ['s'], seed: 7, minScore: 0.5, timeLimitSeconds: 2.5, color: false });
  });

  it.each([[['--seed', '-1']], [['--seed', '1.5']], [['--time-limit', '0']], [['--min-score', '-0.1']], [['--seed', '']]])(
    'rejects %j',
    (argv) => {
      expect(() => toGradeArgs(parseGradeArgv(argv))).toThrow(UsageError);
    },
  );

  it('leaves yargs for help, version and other commands only', () => {
    expect(needsYargs(['--submission', 'x'])).toBe(false);
    expect(needsYargs(['grade', '--json'])).toBe(false);
    expect(needsYargs(['--step', 'dW', '-h'])).toBe(true);
    expect(needsYargs(['--version'])).toBe(true);
    expect(needsYargs(['--', '--help'])).toBe(false);
  });

  it('colours on a terminal unless told not to', () => {
    expect(useColor({ isTTY: true, write: () => true }, true, {})).toBe(true);
    expect(useColor({ isTTY: true, write: () => true }, true, { NO_COLOR: '1' })).toBe(false);
    expect(useColor({ isTTY: true, write: () => true }, true, { NO_COLOR: '' })).toBe(true);
    expect(useColor({ isTTY: true, write: () => true }, false, {})).toBe(false);
    expect(useColor({ isTTY: false, write: () => true }, true, {})).toBe(false);
    expect(useColor({ isTTY: false, write: () => true }, true, { FORCE_COLOR: '1' })).toBe(true);
    expect(useColor({ isTTY: true, write: () => true }, true, { FORCE_COLOR: '0' })).toBe(false);
  });
});

describe('watch: what a save makes worth grading again', () => {
  const ids = EXERCISES.map((e) => e.id);
  const folder = (files: Record<string, string>): string => {
    const root = tempDir();
    for (const [file, text] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
      writeFileSync(path.join(root, file), text);
    }
    return root;
  };

  it('its own exercise, and every exercise importing the file, transitively, however the import is spelled', () => {
    const root = folder({
      'logistic-regression/sigmoid.ts': 'export const sigmoid = 1;',
      'shallow-network/forward.ts': "import { sigmoid } from '../logistic-regression/sigmoid';",
      'deep-network/index.mjs': "export * from '../shallow-network/forward.ts';",
      'computation-graph/forward.ts': "const x = require('./helpers');",
      'computation-graph/helpers/index.ts': '',
    });
    expect(affectedExercises(root, ['logistic-regression/sigmoid.ts'], ids).sort()).toEqual([
      'deep-network',
      'logistic-regression',
      'shallow-network',
    ]);
    expect(affectedExercises(root, ['computation-graph/helpers/index.ts'], ids)).toEqual(['computation-graph']);
    // a folder renamed or removed stands for the files that were in it
    expect(affectedExercises(root, ['logistic-regression'], ids).sort()).toEqual([
      'deep-network',
      'logistic-regression',
      'shallow-network',
    ]);
  });

  it('a deleted file by the name it had; nothing for files outside the exercises that nothing imports; only the selection', () => {
    const root = folder({ 'deep-network/train.ts': "import { db } from './db';", 'scratch/x.ts': '' });
    expect(affectedExercises(root, ['deep-network/db.ts'], ids)).toEqual(['deep-network']);
    expect(affectedExercises(root, ['scratch/x.ts', 'x.ts'], ids)).toEqual([]);
    expect(affectedExercises(root, ['deep-network/db.ts'], ['logistic-regression'])).toEqual([]);
  });

  it('reads the import specifiers of every module syntax, relative ones only', () => {
    const text =
      "import a from './a';\nexport { b } from \"../b.js\";\nconst c = await import('./c.mjs');\nrequire( './d' );\nimport 'ml-matrix';";
    expect(importSpecifiers(text)).toEqual(['./a', '../b.js', './c.mjs', './d']);
    expect(moduleKey('deep-network/helpers/index.ts')).toBe('deep-network/helpers');
  });
});

describe('results kept whole', () => {
  const specs = EXERCISES.slice(0, 2);
  const repro = (e: string, s: string) => `grade --exercise ${e} --step ${s}`;

  it('after a grader crash: finished steps kept, the others error or skipped', () => {
    const done = {
      id: 'forward',
      status: 'passed' as const,
      score: 1,
      maxScore: 1,
      message: 'ok',
      diagnoses: [],
      cases: [],
      gradientChecks: [],
      repro: 'r',
      durationMs: 1,
    };
    const r = resultsAfterCrash({
      error: new RangeError('boom'),
      specs,
      selection: { exercises: ['computation-graph'], steps: [] },
      completed: new Map([['computation-graph/forward', done]]),
      seed: 1,
      submission: '/s',
      startedAt: new Date(),
      repro,
    });
    expect(validate(r), JSON.stringify(validate.errors)).toBe(true);
    expect(r.graderError).toMatchObject({ name: 'RangeError', message: 'boom' });
    expect(r.exercises[0].steps.map((s) => s.status)).toEqual(['passed', 'error']);
    expect(new Set(r.exercises[1].steps.map((s) => s.status))).toEqual(new Set(['skipped']));
    expect([r.score, r.maxScore]).toEqual([1, 2]);
  });

  it('in watch mode: re-graded exercises replace the old ones; totals and status are computed again', () => {
    const base = resultsAfterCrash({
      error: new Error('x'),
      specs,
      selection: { exercises: [], steps: [] },
      completed: new Map(),
      seed: 1,
      submission: '/s',
      startedAt: new Date(),
      repro,
    });
    const passed = (i: number) => ({ ...base.exercises[0].steps[i], status: 'passed' as const, score: 1, message: 'ok' });
    const fixed = resultsAfterCrash({
      error: new Error('y'),
      specs,
      selection: { exercises: ['computation-graph'], steps: [] },
      seed: 1,
      submission: '/s',
      startedAt: new Date(),
      repro,
      completed: new Map([
        ['computation-graph/forward', passed(0)],
        ['computation-graph/backward', passed(1)],
      ]),
    });
    const { graderError: _, ...clean } = fixed;
    const merged = mergeResults(base, clean);
    expect(merged.graderError).toBeUndefined();
    expect(merged.exercises[0].steps.map((s) => s.status)).toEqual(['passed', 'passed']);
    expect(merged.exercises[1]).toEqual(base.exercises[1]);
    expect([merged.exercises[0].score, merged.score, merged.maxScore, merged.status]).toEqual([2, 2, base.maxScore, 'failed']);
    expect(describeChanges(base, merged)).toBe('✗→✓ computation-graph/forward, computation-graph/backward');
    expect(describeChanges(merged, base)).toBe('✓→✗ computation-graph/forward, computation-graph/backward');
  });
});

describe('progress indicator', () => {
  const step = (status: 'passed' | 'skipped') => ({
    id: 'dW',
    status,
    score: 0,
    maxScore: 1,
    message: '',
    diagnoses: [],
    cases: [],
    gradientChecks: [],
    repro: '',
    durationMs: 0,
  });
  const stream = (isTTY: boolean) => {
    const written: string[] = [];
    return { isTTY, columns: 30, written, write: (t: string) => written.push(t) };
  };

  it('rewrites one line on a terminal, counting graded steps only, and erases it when done', () => {
    const s = stream(true);
    const bar = progress(s, 43, true);
    bar.step('logistic-regression', step('skipped'));
    bar.step('logistic-regression', step('passed'));
    bar.done();
    expect(s.written).toEqual(['\r\x1b[2Kgrading logistic-regression/d', '\r\x1b[2K']);
    const wide = { ...stream(true), columns: 200 };
    progress(wide, 43, true).step('logistic-regression', step('passed'));
    expect(wide.written[0]).toBe('\r\x1b[2Kgrading logistic-regression/dW (1/43)');
  });

  it('stays silent off a terminal or when disabled (--json)', () => {
    for (const [tty, enabled] of [
      [false, true],
      [true, false],
    ]) {
      const s = stream(tty);
      const bar = progress(s, 1, enabled);
      bar.step('e', step('passed'));
      bar.done();
      expect(s.written).toEqual([]);
    }
  });
});
