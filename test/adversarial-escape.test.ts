// Hostile submissions that try to get out: read secrets and the reference, import or link outside
// the submission, write results files, start processes, workers, addons or the inspector, read the
// environment, signal the grader, reach the network. Each attempt must fail, in its own step only.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, linkSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GradeResults } from '../grader/model/results.js';
import { NODE_LAYERS } from '../grader/sandbox/types.js';
import {
  changes,
  expectNoSecrets,
  expectSteps,
  gradeCli,
  gradeInProcess,
  guardedDirs,
  HOSTILE_DIR,
  leftoverChildren,
  prepareHostileTargets,
  snapshot,
  validateResults,
  type HostileRun,
  type StepExpectation,
} from './helpers/hostile.js';
import { repoRoot } from './helpers/submission.js';
import { tempFolders } from './helpers/temp.js';

const temp = tempFolders('mlgrade-adv-');

let server: Server;
let connections = 0;
beforeAll(async () => {
  prepareHostileTargets();
  server = createServer((socket) => {
    connections++;
    socket.destroy();
  });
  await new Promise<void>((resolve, reject) => server.once('error', reject).listen({ path: '\0mlgrade-hostile-net' }, resolve));
});
afterAll(() => server?.close());

/** Whether bubblewrap can make namespaces here (the grader then must have used them). */
function bwrapWorks(): boolean {
  const probe = spawnSync('bwrap', ['--ro-bind', '/', '/', '--unshare-all', '--die-with-parent', '--', '/bin/true'], { stdio: 'ignore' });
  return probe.status === 0;
}
// The layers that need root or bubblewrap are asserted in tests of their own, skipped (and so
// reported as skipped, with the reason in their names) where the machine cannot give them.
const NOT_ROOT = process.getuid?.() !== 0;
const NO_BWRAP = !bwrapWorks();

/** The escape fixture, plus what a fixture folder cannot hold: a symlink and a hard link. */
function escapeSubmission(): string {
  const dir = temp.fixture('hostile/error/escape');
  const link = path.join(dir, 'logistic-regression', 'initializeWithZeros.ts');
  rmSync(link);
  symlinkSync(path.join(repoRoot, 'reference', 'logistic-regression', 'initializeWithZeros.ts'), link);
  const outside = path.join(temp(), 'db.ts');
  const hardLinked = path.join(dir, 'logistic-regression', 'db.ts');
  copyFileSync(hardLinked, outside);
  rmSync(hardLinked);
  linkSync(outside, hardLinked);
  return dir;
}

const DENIED = '(?:ERR_ACCESS_DENIED|EACCES|EPERM|ENOENT)';
const ESCAPES: StepExpectation[] = [
  { exercise: 'computation-graph', step: 'forward', status: 'error', message: new RegExp(`read secret: ${DENIED}`) },
  { exercise: 'computation-graph', step: 'backward', status: 'error', message: new RegExp(`reads: ${DENIED}( \\| ${DENIED}){4} \\(`) },
  { exercise: 'logistic-regression', step: 'initializeWithZeros', status: 'error', message: /initializeWithZeros\.ts is a symbolic link/ },
  { exercise: 'logistic-regression', step: 'db', status: 'error', message: /db\.ts has other hard links/ },
  {
    exercise: 'logistic-regression',
    step: 'predict',
    status: 'error',
    message: /Cannot find module '(\.\.\/\.\.\/|[^']*\/)reference|ERR_ACCESS_DENIED/,
  },
  { exercise: 'logistic-regression', step: 'train', status: 'error', message: new RegExp(`writes: ${DENIED}( \\| ${DENIED}){4} \\(`) },
  { exercise: 'deep-network', step: 'predict', status: 'error', message: /child_process: ERR_ACCESS_DENIED \| ERR_ACCESS_DENIED/ },
  { exercise: 'deep-network', step: 'train', status: 'error', message: /worker: ERR_ACCESS_DENIED/ },
  { exercise: 'deep-network', step: 'dAPrev', status: 'error', message: /signals: kill: ForbiddenCall \| _kill: ForbiddenCall/ },
  { exercise: 'deep-network', step: 'cost', status: 'error', message: /NetworkForbidden: net\.connect is not allowed/ },
  {
    exercise: 'shallow-network',
    step: 'predict',
    status: 'error',
    message: /binding: spawn_sync: ERR_ACCESS_DENIED \| fs: ERR_ACCESS_DENIED \| process_wrap: ERR_ACCESS_DENIED/,
  },
  {
    exercise: 'shallow-network',
    step: 'train',
    status: 'error',
    message: /addon: ERR_DLOPEN_DISABLED \| (MODULE_NOT_FOUND|ERR_ACCESS_DENIED)/,
  },
  { exercise: 'shallow-network', step: 'layerSizes', status: 'error', message: /inspector: ERR_ACCESS_DENIED/ },
  // the environment is PATH alone, and the arguments are the compiled folder alone
  { exercise: 'shallow-network', step: 'cost', status: 'error', message: /env: \{"PATH":"[^"]*"\} argv: \["\/[^"]*"\]/ },
];

/** What must hold after every run of the escape submission. */
async function expectContained(results: GradeResults, resultsFile: string, before: Map<string, string>, submission: string): Promise<void> {
  expect(validateResults(JSON.parse(readFileSync(resultsFile, 'utf8'))), JSON.stringify(validateResults.errors)).toBe(true);
  expectSteps(results, ESCAPES);
  expectNoSecrets(JSON.stringify(results));
  // the reference's own text never reaches the results
  expect(JSON.stringify(results)).not.toContain(
    readFileSync(path.join(repoRoot, 'reference', 'computation-graph', 'backward.ts'), 'utf8')
      .split('\n')
      .find((l) => l.includes('export')),
  );
  expect(changes(before, snapshot(guardedDirs(submission)))).toEqual([]);
  expect(readdirSync(HOSTILE_DIR).sort()).toEqual(['secret.txt']);
  expect(existsSync('/autograder/results/results.json')).toBe(false);
  expect(await leftoverChildren()).toEqual([]);
  expect(results.sandbox?.layers ?? []).toEqual(expect.arrayContaining([...NODE_LAYERS]));
  // the runner's network guard refuses the connection in every mode (test/integrity-network.test.ts)
  expect(connections).toBe(0);
}

/** The in-process run, graded once and shared by the tests that read it. */
let inProcess: Promise<HostileRun & { before: Map<string, string>; submission: string }> | undefined;
function gradedInProcess(): NonNullable<typeof inProcess> {
  inProcess ??= (async () => {
    const submission = escapeSubmission();
    const before = snapshot(guardedDirs(submission));
    return { ...(await gradeInProcess(submission, temp())), before, submission };
  })();
  return inProcess;
}

describe('a submission that tries to escape', () => {
  it('is contained, step by step, when graded in process', async () => {
    const { results, resultsFile, before, submission } = await gradedInProcess();
    await expectContained(results, resultsFile, before, submission);
  });

  it.skipIf(NOT_ROOT)('runs under a dedicated uid, with rlimits and a process sweep (needs root)', async () => {
    const { results } = await gradedInProcess();
    expect(results.sandbox?.layers).toEqual(expect.arrayContaining(['dedicated-uid', 'process-sweep', 'rlimits']));
  });

  it.skipIf(NO_BWRAP)('runs in namespaces (needs working bubblewrap)', async () => {
    const { results } = await gradedInProcess();
    expect(results.sandbox?.layers).toContain('namespaces');
  });

  it('is contained through the CLI: exit 1, valid JSON on stdout, the same results file, no secret printed', async () => {
    const submission = escapeSubmission();
    const before = snapshot(guardedDirs(submission));
    const cwd = temp();
    const run = await gradeCli(['--submission', submission, '--json', '--out-dir', 'out'], cwd);
    expect(run.code, run.stderr).toBe(1);
    const results = JSON.parse(run.stdout) as GradeResults;
    const resultsFile = path.join(cwd, 'out', 'results.json');
    expect(readFileSync(resultsFile, 'utf8')).toBe(run.stdout);
    expect(readdirSync(cwd)).toEqual(['out']);
    expectNoSecrets(run.stdout, run.stderr);
    await expectContained(results, resultsFile, before, submission);
    // the CLI's sandbox is the in-process one: the layer tests above speak for both
    expect(results.sandbox?.layers).toEqual((await gradedInProcess()).results.sandbox?.layers);
  });
});
