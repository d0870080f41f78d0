// Issue 13's breaches in each mode a grader runs in: root or unprivileged, with bubblewrap or
// without (test/helpers/modes.ts). One CLI run per mode over one submission that combines the
// attacks, one per step, taken from the hostile fixtures: a step file linked out of the submission
// (intake), network, a unix socket and renicing the grader (network guard), a rejection after a
// right return (crash blame), inputs remembered and thrown from another step under hidden seeds
// (hidden visibility), fake verdicts and terminal escapes (escaping). Two exercises only, to stay
// cheap. docs/security.md's mode × breach table points here (and says why the huge return, work
// of the grader alone, is tested in one mode: test/integrity-survive.test.ts).
import { chmodSync, copyFileSync, cpSync, existsSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { casesOf } from '../grader/engine/grade-step.js';
import type { GradeResults } from '../grader/model/results.js';
import { EXERCISES } from '../grader/spec/index.js';
import {
  expectNoSecrets,
  expectSteps,
  HOSTILE_DIR,
  leftoverChildren,
  prepareHostileTargets,
  SECRET_ENV_NAME,
  SECRET_ENV_TEXT,
  type StepExpectation,
  stepsOf,
  validateResults,
} from './helpers/hostile.js';
import { expectedLayers, gradeInMode, handOver, MODES, unavailable } from './helpers/modes.js';
import { fixturesDir, repoRoot } from './helpers/submission.js';
import { tempFolders } from './helpers/temp.js';

const temp = tempFolders('mlgrade-modes-');
const PLANTED = `${HOSTILE_DIR}/planted.sock`;

/** [fixture, file]: each file laid over a copy of the reference. */
const PARTS: [string, string][] = [
  ['hostile/error/network', 'logistic-regression/initializeWithZeros.ts'],
  ['hostile/error/network', 'logistic-regression/dW.ts'],
  ['hostile/error/network', 'logistic-regression/update.ts'],
  ['hostile/fail/remembers-inputs', 'logistic-regression/memory.ts'],
  ['hostile/fail/remembers-inputs', 'logistic-regression/sigmoid.ts'],
  ['hostile/fail/remembers-inputs', 'logistic-regression/db.ts'],
  ['hostile/pass/throws-after-return', 'logistic-regression/dZ.ts'],
  ['hostile/fail/fake-output', 'computation-graph/forward.ts'],
  ['hostile/fail/fake-output', 'computation-graph/backward.ts'],
];
/** A step file linked to the reference's, outside the submission (hostile/error/linked-out does it with a folder). */
const LINKED_OUT = 'logistic-regression/forward.ts';
const EXERCISE_ARGS = ['--exercise', 'logistic-regression', '--exercise', 'computation-graph'];

const EXPECTED: StepExpectation[] = [
  { exercise: 'logistic-regression', step: 'forward', status: 'error', message: /forward\.ts is a symbolic link to something outside/ },
  { exercise: 'logistic-regression', step: 'initializeWithZeros', status: 'error', message: /NetworkForbidden: net\.createConnection/ },
  { exercise: 'logistic-regression', step: 'dW', status: 'error', message: /NetworkForbidden: listening on a port or a socket path/ },
  { exercise: 'logistic-regression', step: 'update', status: 'error', message: /NetworkForbidden: os\.setPriority/ },
  { exercise: 'logistic-regression', step: 'db', status: 'error', message: /sigmoid saw \[/ },
  { exercise: 'logistic-regression', step: 'sigmoid', status: 'passed' },
  { exercise: 'logistic-regression', step: 'dZ', status: 'passed' },
  { exercise: 'computation-graph', step: 'forward', status: 'failed' },
  { exercise: 'computation-graph', step: 'backward', status: 'failed' },
];

function combinedSubmission(): string {
  const dir = temp();
  cpSync(path.join(repoRoot, 'reference'), dir, { recursive: true });
  for (const [fixture, file] of PARTS) copyFileSync(path.join(fixturesDir, fixture, file), path.join(dir, file));
  rmSync(path.join(dir, LINKED_OUT));
  symlinkSync(path.join(repoRoot, 'reference', LINKED_OUT), path.join(dir, LINKED_OUT));
  return dir;
}

beforeAll(() => {
  prepareHostileTargets();
  rmSync(PLANTED, { force: true });
});

const named = MODES.map((m) => [m.name + (unavailable(m) ? ` (skipped: ${unavailable(m)})` : ''), m] as const);

describe.each(named)('the combined attacks, %s', (_name, mode) => {
  it.skipIf(unavailable(mode) !== undefined)(
    'are contained step by step, and sandbox.layers says this mode',
    { timeout: 150_000 },
    async () => {
      const [submission, out, home, tmp] = [combinedSubmission(), temp(), temp(), temp()];
      // the sandbox folder is made in TMPDIR: a dedicated uid must be able to pass through it
      chmodSync(tmp, 0o755);
      const seeds = path.join(home, 'hidden-seeds.json');
      writeFileSync(seeds, JSON.stringify({ hiddenSeeds: [77, 78] }));
      handOver(mode, submission, out, home, tmp);
      const args = [
        '--submission',
        submission,
        ...EXERCISE_ARGS,
        '--seed',
        '1234',
        '--hidden-seeds',
        seeds,
        '--out-dir',
        out,
        '--reporter',
        'json',
      ];
      const run = await gradeInMode(mode, args, { cwd: out, env: { HOME: home, TMPDIR: tmp, [SECRET_ENV_NAME]: SECRET_ENV_TEXT } });
      expect(run.code, run.stderr).toBe(1);
      const results = JSON.parse(readFileSync(path.join(out, 'results.json'), 'utf8')) as GradeResults;
      expect(validateResults(results), JSON.stringify(validateResults.errors)).toBe(true);
      expect(results.graderError).toBeUndefined();
      const graded = results.exercises.filter((e) => EXERCISE_ARGS.includes(e.id));
      expect(graded).toHaveLength(2);
      expectSteps({ ...results, exercises: graded }, EXPECTED);
      expectHiddenStaysHidden(results);
      // escaped everywhere: no raw escape or CI command from the student reaches the terminal
      expect(run.stdout + run.stderr).not.toContain('\u001b');
      expect(run.stdout + run.stderr).not.toMatch(/^::/m);
      expectNoSecrets(run.stdout, run.stderr, JSON.stringify(results));
      expect(existsSync(PLANTED)).toBe(false);
      expect(readdirSync(tmp)).toEqual([]);
      expect(await leftoverChildren()).toEqual([]);
      expect(results.sandbox?.layers).toEqual(expectedLayers(mode));
    },
  );
});

/**
 * Hidden cases ran and kept their status alone; db's visible message names public inputs only.
 * (It may name none: when dZ's late rejection ends the process first, db runs on a fresh one.)
 */
function expectHiddenStaysHidden(results: GradeResults): void {
  const steps = stepsOf(results);
  const hidden = [...steps.values()].flatMap((s) => s.cases.filter((c) => c.hidden));
  expect(steps.get('logistic-regression/sigmoid')?.cases.filter((c) => c.hidden).length).toBeGreaterThan(0);
  for (const c of hidden)
    expect(c).toEqual({ ...c, name: expect.stringMatching(/^hidden case \d+$/), args: [], problems: [], durationMs: 0 });
  for (const c of hidden) expect(c.message).toMatch(/^(correct|wrong \(\w+\))$/);
  const message = steps.get('logistic-regression/db')?.message ?? '';
  const seen = JSON.parse(/sigmoid saw (\[[^\]]*\])/.exec(message)?.[1] ?? 'null') as number[] | null;
  expect(seen).not.toBeNull();
  const logistic = EXERCISES.find((e) => e.id === 'logistic-regression');
  const sigmoid = logistic?.steps.find((s) => s.id === 'sigmoid');
  const publicNumbers = logistic && sigmoid ? casesOf({ exercise: logistic, spec: sigmoid, seed: 1234 }).map((c) => c.args[0]) : [];
  for (const z of seen ?? []) expect(publicNumbers).toContain(z);
}
