import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { casesOf } from '../grader/engine/grade-step.js';
import { hiddenCases } from '../grader/engine/hidden.js';
import { studentSeeds } from '../grader/engine/seeds.js';
import { EXERCISES } from '../grader/spec/index.js';
import type { GradescopeResults } from '../reports/gradescope.js';
import { writeLookupSubmission } from './helpers/lookup.js';
import { buildRelease, runScript as script, unpackGradescope, unzip, upload } from './helpers/release.js';
import { fixturesDir, repoRoot } from './helpers/submission.js';
import { readYaml } from './helpers/yaml.js';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'mlgrade-platforms-'));
const out = path.join(tmp, 'release');
const validator = (name: string) =>
  new Ajv2020({ strict: false }).compile(JSON.parse(readFileSync(path.join(repoRoot, 'schema', name), 'utf8')));

beforeAll(() => buildRelease(out));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('Gradescope', () => {
  const root = path.join(tmp, 'autograder');
  const results = (): GradescopeResults =>
    JSON.parse(readFileSync(path.join(root, 'results', 'results.json'), 'utf8')) as GradescopeResults;

  beforeAll(() => unpackGradescope(out, root));

  it('autograder.zip holds setup.sh and run_autograder at its root, executable, the grader and the hidden seeds', () => {
    const entries = new Map(unzip(path.join(out, 'gradescope', 'autograder.zip')).map((e) => [e.name, e]));
    expect(entries.get('setup.sh')?.mode).toBe(0o755);
    expect(entries.get('run_autograder')?.mode).toBe(0o755);
    expect(JSON.parse(entries.get('hidden-seeds.json')?.data.toString() ?? '{}')).toEqual({
      secret: expect.stringMatching(/^[0-9a-f]{64}$/),
      seedsPerStudent: 3,
    });
    for (const file of [
      'mlgrade/package.json',
      'mlgrade/package-lock.json',
      'mlgrade/dist/cli.js',
      'mlgrade/grade.config.json',
      'mlgrade/exercises/tanh-network/exercise.ts',
      'mlgrade/reference/shallow-network/backward.ts',
    ]) {
      expect(entries.has(file), file).toBe(true);
    }
    expect(readFileSync(path.join(root, 'source', 'setup.sh'), 'utf8')).toMatch(/npm ci --omit=dev/);
  });

  it('run_autograder grades /autograder/submission on public and hidden cases and writes a valid results.json', () => {
    upload(path.join(root, 'submission'));
    writeFileSync(path.join(root, 'submission_metadata.json'), JSON.stringify({ users: [{ id: 1234567, email: 'ada@example.edu' }] }));
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
    expect(r.output).toContain('Re-run: npx grade --exercise computation-graph --step forward\n');
    expect(r.stdout_visibility).toBe('hidden');
    // a public test has no points: the hidden twin has all of the step's
    const backward = r.tests.filter((t) => t.name.startsWith('Shallow network with a tanh hidden layer: backward'));
    expect(backward.reduce((s, t) => s + t.max_score, 0)).toBeCloseTo(2, 6);
  });

  it('a lookup of the student bundle scores 0 hidden points, and nothing hidden reaches what the student sees', () => {
    const submission = path.join(root, 'submission');
    rmSync(submission, { recursive: true, force: true });
    // every step a lookup of oracle.json but sigmoid, right and writing its inputs down, and db, which throws them
    const exercise = path.join(submission, 'exercises', 'logistic-regression');
    writeLookupSubmission(path.join(out, 'student', 'mlgrade', 'oracle.json'), path.dirname(exercise), 'logistic-regression', [
      'sigmoid',
      'db',
    ]);
    cpSync(path.join(fixturesDir, 'hostile', 'fail', 'remembers-inputs', 'logistic-regression'), exercise, { recursive: true });
    const ran = script(path.join(root, 'source', 'run_autograder'), { AUTOGRADER_ROOT: root });
    expect(ran.status, ran.stdout + ran.stderr).toBe(0);
    const r = results();
    expect(validator('gradescope-results.schema.json')(r)).toBe(true);
    const tests = new Map(r.tests.map((t) => [t.name.replace(/^Logistic regression: /, ''), t]));
    // the lookup answers the public cases (its visible tests pass) and earns nothing on the hidden ones
    for (const id of ['dZ', 'dW', 'cost', 'update']) {
      expect(tests.get(id)?.status, id).toBe('passed');
      expect(tests.get(`${id} (hidden cases)`)?.score, id).toBe(0);
    }
    expect(tests.get('sigmoid (hidden cases)')).toMatchObject({ score: 1, max_score: 1 });
    expect(r.score).toBe(1);
    // what a student sees before publication: stdout, the top output and the visible tests
    const secret = JSON.parse(readFileSync(path.join(root, 'source', 'hidden-seeds.json'), 'utf8')) as { secret: string };
    const logistic = EXERCISES.filter((e) => e.id === 'logistic-regression');
    const sigmoid = logistic[0].steps.find((s) => s.id === 'sigmoid');
    const seeds = studentSeeds(Buffer.from(secret.secret, 'hex'), '1234567', 3);
    const publicCases = sigmoid ? casesOf({ exercise: logistic[0], spec: sigmoid, seed: 1234 }) : [];
    const hiddenInputs = sigmoid
      ? hiddenCases(logistic[0], sigmoid, seeds, publicCases)
          .map((c) => c.args[0])
          .filter((a) => typeof a === 'number')
      : [];
    expect(hiddenInputs.length).toBeGreaterThan(0);
    const visible = r.tests.filter((t) => t.visibility === 'visible');
    const seen = [ran.stdout, r.output, ...visible.map((t) => `${t.output} ${t.score}/${t.max_score}`)];
    for (const text of seen) {
      expect(text).not.toMatch(/hidden case|hidden cases (passed|wrong)|Score/);
      for (const z of hiddenInputs) expect(text).not.toContain(String(z));
    }
    // a step with hidden cases has no visible points (missing steps, with none, keep theirs: 0 of them)
    const twins = visible.filter((t) => tests.has(`${t.name.replace(/^Logistic regression: /, '')} (hidden cases)`));
    expect(twins.length).toBeGreaterThan(5);
    for (const t of twins) expect([t.name, t.score, t.max_score]).toEqual([t.name, 0, 0]);
    expect(tests.get('db')?.output).toMatch(/sigmoid saw \[/);
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
    // PrairieLearn's data.json has no user id: the variant's seed names the student's hidden seeds
    mkdirSync(path.join(root, 'data'), { recursive: true });
    writeFileSync(path.join(root, 'data', 'data.json'), JSON.stringify({ variant_seed: 918273, submitted_answers: {} }));
    symlinkSync(path.join(repoRoot, 'node_modules'), path.join(bundle, 'mlgrade', 'node_modules'));
    const ran = script(path.join(bundle, 'run.sh'), { GRADE_ROOT: root, MLGRADE_HOME: path.join(bundle, 'mlgrade') });
    expect(ran.status, ran.stdout + ran.stderr).toBe(0);
    const r = JSON.parse(readFileSync(path.join(root, 'results', 'results.json'), 'utf8')) as {
      gradable: boolean;
      score: number;
      tests: unknown[];
    };
    expect(validator('prairielearn-results.schema.json')(r)).toBe(true);
    expect(r.gradable).toBe(true);
    expect(r.score).toBeCloseTo(16 / 46, 4);
    expect(readFileSync(path.join(bundle, 'Dockerfile'), 'utf8')).toMatch(/COPY mlgrade \/mlgrade[\s\S]*npm ci --omit=dev/);
    expect(JSON.parse(readFileSync(path.join(bundle, 'info.json'), 'utf8')).externalGradingOptions.entrypoint).toBe('/mlgrade/run.sh');
  });
});

describe('GitHub Classroom', () => {
  it('the workflow is what Classroom reads points from, and uses each pinned action with its documented inputs only', () => {
    const read = (...parts: string[]): string => readFileSync(path.join(...parts), 'utf8');
    const workflow = readYaml(read(out, 'github-classroom', '.github', 'workflows', 'classroom.yml')) as Record<string, any>;
    type Inputs = { required: string[]; inputs: string[] };
    const documented = JSON.parse(read(repoRoot, 'test', 'fixtures', 'platforms', 'actions.json')) as Record<string, Inputs>;
    expect(workflow.name).toBe('Autograding Tests');
    expect(workflow.on).toEqual(expect.arrayContaining(['push']));
    expect(workflow.permissions).toMatchObject({ checks: 'write', contents: 'read' });
    expect(Object.keys(workflow.jobs)).toEqual(['run-autograding-tests']);
    const job = workflow.jobs['run-autograding-tests'];
    expect(job.if).toBe("github.actor != 'github-classroom[bot]'");
    const steps = job.steps as Record<string, any>[];
    for (const step of steps.filter((s) => s.uses)) {
      const action = documented[step.uses];
      expect(action, `${step.uses} is pinned to a documented commit`).toBeDefined();
      expect(step.uses).toMatch(/@[0-9a-f]{40}$/);
      const given = Object.keys(step.with ?? {});
      for (const input of given) expect(action.inputs, `${step.uses} ${input}`).toContain(input);
      for (const input of action.required) expect(given, `${step.uses} needs ${input}`).toContain(input);
    }
    expect(steps.find((s) => String(s.uses).startsWith('actions/setup-node@'))?.with['node-version']).toBe('24');
    expect(steps.filter((s) => /\bnpm (install|i)\b/.test(s.run ?? ''))).toEqual([]);
    expect(steps.some((s) => /^npm ci\b/.test(s.run ?? ''))).toBe(true);
    // one command-grader test per step of the assignment, with its points; the reporter reads them all
    const graders = steps.filter((s) => String(s.uses).startsWith('classroom-resources/autograding-command-grader@'));
    expect(graders.length).toBeGreaterThan(30);
    expect(graders.reduce((sum, s) => sum + Number(s.with['max-score']), 0)).toBe(46);
    for (const g of graders)
      expect(g.with.command).toMatch(new RegExp(`^npx grade --exercise ${g.with['test-name'].replace('/', ' --step ')}\\b`));
    const reporter = steps.find((s) => String(s.uses).startsWith('classroom-resources/autograding-grading-reporter@'));
    expect(reporter?.with.runners.split(',')).toEqual(graders.map((g) => g.id));
    for (const g of graders) expect(reporter?.env[`${g.id.toUpperCase()}_RESULTS`]).toBe(`\${{ steps.${g.id}.outputs.result }}`);
  });

  it('the student workspace has a lock file for npm ci, covering what the grader needs', () => {
    type Lock = { lockfileVersion: number; packages: Record<string, { link?: boolean }> };
    const lock = JSON.parse(readFileSync(path.join(out, 'student', 'package-lock.json'), 'utf8')) as Lock;
    const grader = JSON.parse(readFileSync(path.join(out, 'student', 'mlgrade', 'package.json'), 'utf8')) as {
      dependencies: Record<string, string>;
    };
    expect(lock.lockfileVersion).toBe(3);
    expect(lock.packages['node_modules/mlgrade']).toMatchObject({ link: true });
    for (const name of Object.keys(grader.dependencies)) expect(lock.packages, name).toHaveProperty([`node_modules/${name}`]);
  });

  it("the teacher keeps a private copy of the hidden seeds' secret, which no student file carries", () => {
    const seeds = JSON.parse(readFileSync(path.join(out, 'hidden-seeds.json'), 'utf8')) as { secret: string };
    expect(JSON.parse(readFileSync(path.join(out, 'gradescope', 'hidden-seeds.json'), 'utf8'))).toEqual(seeds);
    expect(existsSync(path.join(out, 'student', 'hidden-seeds.json'))).toBe(false);
    // nor any file of the student bundle or of the Classroom workflow
    const files = (dir: string): string[] => readdirSync(dir, { recursive: true, encoding: 'utf8' }).map((f) => path.join(dir, f));
    for (const file of [...files(path.join(out, 'student')), ...files(path.join(out, 'github-classroom'))]) {
      if (statSync(file).isFile()) expect(readFileSync(file, 'utf8').includes(seeds.secret), file).toBe(false);
    }
  });
});
