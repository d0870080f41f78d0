// The release's platform bundles on uploads as students make them (issue 16) and on a Python class
// (issue 17): a workspace zipped inside a folder of its own (`my-hw/exercises/…`) with a 12 MB data
// file beside the code, as Gradescope unzips it into /autograder/submission and as PrairieLearn
// lays it into /grade/student; and the Python reference with one mistake, graded from the bundles.
// Each gets its real score. A release for a Python class gives numpy starters, which its student
// bundle grades. And the PrairieLearn questions: info.json as PrairieLearn documents it, and the
// files question.html asks for are what run.sh grades. Needs `npm run build`.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { beforeAll, describe, expect, it } from 'vitest';
import type { GradeResults } from '../grader/model/results.js';
import type { GradescopeResults } from '../reports/gradescope.js';
import type { PrairieLearnResults } from '../reports/prairielearn.js';
import { pythonFixturesDir } from './helpers/python.js';
import { buildRelease, runScript, unpackGradescope, writeBigCsv } from './helpers/release.js';
import { repoRoot } from './helpers/submission.js';
import { tempFolders } from './helpers/temp.js';

const temp = tempFolders('mlgrade-uploads-');
const tmp = temp();
const out = path.join(tmp, 'release');
const validator = (name: string) =>
  new Ajv2020({ strict: false }).compile(JSON.parse(readFileSync(path.join(repoRoot, 'schema', name), 'utf8')));

beforeAll(() => {
  buildRelease(out);
  unpackGradescope(out, path.join(tmp, 'autograder'));
  symlinkSync(path.join(repoRoot, 'node_modules'), path.join(out, 'prairielearn', 'mlgrade', 'node_modules'));
});

/** The teacher's exercise (5 of 46 points, the others missing) zipped in `my-hw/`, a 12 MB CSV in its folder. */
function nestedWithData(dir: string): void {
  cpSync(path.join(repoRoot, 'extra', 'tanh-network', 'reference'), path.join(dir, 'my-hw', 'exercises', 'tanh-network'), {
    recursive: true,
  });
  writeBigCsv(path.join(dir, 'my-hw', 'exercises', 'tanh-network', 'data', 'flowers.csv'));
}
const NESTED_SCORE = 5;

/** deep-network in Python (18 points, the other exercises missing) with db squeezed to (n,): db fails, and what calls it. */
function pythonWithMistake(dir: string): void {
  cpSync(path.join(repoRoot, 'reference-python', 'deep-network'), path.join(dir, 'deep-network'), { recursive: true });
  cpSync(path.join(pythonFixturesDir, 'fail', 'db-squeezed'), dir, { recursive: true });
}
/** What the mistake costs: db (1 point) and the two steps that call the student's db (2 + 2). */
const PYTHON_SCORE = 18 - (1 + 2 + 2);
const PYTHON_FAILED = ['db', 'modelBackward', 'train'];

/** Runs the unpacked autograder.zip's run_autograder on a fresh /autograder/submission. */
function gradescope(write: (dir: string) => void): GradescopeResults {
  const root = path.join(tmp, 'autograder');
  rmSync(path.join(root, 'submission'), { recursive: true, force: true });
  write(path.join(root, 'submission'));
  writeFileSync(path.join(root, 'submission_metadata.json'), JSON.stringify({ users: [{ id: 7654321, email: 'bo@example.edu' }] }));
  const ran = runScript(path.join(root, 'source', 'run_autograder'), { AUTOGRADER_ROOT: root });
  expect(ran.status, ran.stdout + ran.stderr).toBe(0);
  const results = JSON.parse(readFileSync(path.join(root, 'results', 'results.json'), 'utf8')) as GradescopeResults;
  expect(validator('gradescope-results.schema.json')(results)).toBe(true);
  return results;
}

/** Runs the PrairieLearn bundle's run.sh on a fresh /grade with the student's files. */
function prairielearn(write: (dir: string) => void, env: Record<string, string> = {}): PrairieLearnResults {
  const bundle = path.join(out, 'prairielearn');
  const root = temp();
  write(path.join(root, 'student'));
  cpSync(path.join(bundle, 'serverFilesCourse'), path.join(root, 'serverFilesCourse'), { recursive: true });
  mkdirSync(path.join(root, 'data'));
  writeFileSync(path.join(root, 'data', 'data.json'), JSON.stringify({ variant_seed: 5550123, submitted_answers: {} }));
  const ran = runScript(path.join(bundle, 'run.sh'), { GRADE_ROOT: root, MLGRADE_HOME: path.join(bundle, 'mlgrade'), ...env });
  expect(ran.status, ran.stdout + ran.stderr).toBe(0);
  const results = JSON.parse(readFileSync(path.join(root, 'results', 'results.json'), 'utf8')) as PrairieLearnResults;
  expect(validator('prairielearn-results.schema.json')(results)).toBe(true);
  return results;
}

const failedSteps = (r: GradescopeResults, exercise: RegExp): string[] =>
  r.tests.filter((t) => exercise.test(t.name) && t.score < t.max_score).map((t) => t.name.replace(/^.*: | \(hidden cases\)$/g, ''));

describe('Gradescope: uploads as students make them', () => {
  it('a workspace zipped in my-hw/ with a 12 MB CSV gets its real score', () => {
    const r = gradescope(nestedWithData);
    expect(r.score).toBe(NESTED_SCORE);
    expect(failedSteps(r, /^Shallow network with a tanh/)).toEqual([]);
  });

  it('a Python submission gets its real score: every step right but db and the two that call it', () => {
    const r = gradescope(pythonWithMistake);
    expect(r.score).toBe(PYTHON_SCORE);
    expect([...new Set(failedSteps(r, /^Deep/))]).toEqual(PYTHON_FAILED);
    const db = r.tests.find((t) => t.name === 'Deep neural network: db');
    expect(db?.output).toMatch(/keepdims/);
  });
});

describe('PrairieLearn: uploads as students make them', () => {
  it('a workspace in my-hw/ with a 12 MB CSV gets its real score', () => {
    const r = prairielearn(nestedWithData);
    expect(r.gradable ? r.score : 'not gradable').toBeCloseTo(NESTED_SCORE / 46, 4);
  });

  it('the image installs python3 with numpy and the grader carries the Python runner', () => {
    const bundle = path.join(out, 'prairielearn');
    expect(readFileSync(path.join(bundle, 'Dockerfile'), 'utf8')).toMatch(/apt-get install[^\n]*python3-numpy/);
    for (const file of ['runner.py', 'mlgrade_wire.py', 'mlgrade_guard.py', 'mlgrade_loader.py'])
      expect(readFileSync(path.join(bundle, 'mlgrade', 'grader', 'runner', 'python', file), 'utf8').length, file).toBeGreaterThan(0);
    expect(readFileSync(path.join(tmp, 'autograder', 'source', 'setup.sh'), 'utf8')).toMatch(/apt-get install[^\n]*python3-numpy/);
  });
});

type QuestionInfo = { uuid: string; title: string; externalGradingOptions: { entrypoint: string; environment: Record<string, string> } };

describe('PrairieLearn questions', () => {
  const questions = (): string => path.join(out, 'prairielearn', 'questions');
  const info = (qid: string): QuestionInfo => JSON.parse(readFileSync(path.join(questions(), qid, 'info.json'), 'utf8')) as QuestionInfo;
  const html = (qid: string): string => readFileSync(path.join(questions(), qid, 'question.html'), 'utf8');
  /** pl-file-upload's file-names: a CSV list, commas in names escaped with a backslash. */
  const fileNames = (qid: string): string[] =>
    (/<pl-file-upload file-names="([^"]*)"/.exec(html(qid))?.[1] ?? '').split(/(?<!\\),\s*/).map((n) => n.replace(/\\,/g, ','));

  it('one per exercise and language, each an externally graded info.json as PrairieLearn documents it', () => {
    const valid = new Ajv2020({ strict: false }).compile(
      JSON.parse(readFileSync(path.join(repoRoot, 'test', 'fixtures', 'platforms', 'prairielearn-question-info.schema.json'), 'utf8')),
    );
    const builtIn = ['computation-graph', 'logistic-regression', 'shallow-network', 'deep-network'];
    const qids = readdirSync(questions()).sort();
    expect(qids).toEqual([...builtIn, ...builtIn.map((id) => `${id}-python`), 'tanh-network'].sort());
    for (const qid of qids) {
      const q = info(qid);
      expect(valid(q), `${qid}: ${JSON.stringify(valid.errors)}`).toBe(true);
      expect(q).toMatchObject({ gradingMethod: 'External', externalGradingOptions: { enabled: true, entrypoint: '/mlgrade/run.sh' } });
      expect(q.externalGradingOptions.environment).toEqual({ MLGRADE_EXERCISE: qid.replace(/-python$/, '') });
      expect(html(qid)).toMatch(/<pl-submission-panel>\s*<pl-external-grader-results>/);
      // what the student uploads is what their workspace holds: the release's starters (TypeScript)
      if (!qid.endsWith('-python'))
        for (const name of fileNames(qid))
          expect(existsSync(path.join(out, 'student', 'exercises', qid, name)), `${qid}/${name}`).toBe(true);
    }
    expect(new Set(qids.map((qid) => info(qid).uuid)).size).toBe(qids.length);
  });

  /** The files question.html names, written from `from`, graded by run.sh with the question's environment. */
  const submit = (qid: string, from: string): PrairieLearnResults =>
    prairielearn((dir) => {
      mkdirSync(dir, { recursive: true });
      for (const name of fileNames(qid)) cpSync(path.join(from, name), path.join(dir, name));
    }, info(qid).externalGradingOptions.environment);

  it('the files a TypeScript question asks for, right, score 1', () => {
    expect(submit('tanh-network', path.join(repoRoot, 'extra', 'tanh-network', 'reference'))).toMatchObject({ gradable: true, score: 1 });
  });

  it('the files a Python question asks for, right, score 1', () => {
    const r = submit('logistic-regression-python', path.join(repoRoot, 'reference-python', 'logistic-regression'));
    expect(r).toMatchObject({ gradable: true, score: 1 });
  });
});

describe('a release for a Python class (--language python)', () => {
  const pyOut = path.join(tmp, 'release-python');
  const student = path.join(pyOut, 'student');
  let log = '';
  beforeAll(() => {
    log = buildRelease(pyOut, ['--language', 'python']);
    // what `npm install` would give the workspace, from this repository's own install
    symlinkSync(path.join(repoRoot, 'node_modules'), path.join(student, 'node_modules'));
  });

  it('gives students the numpy starters, and its grader grades them from its table', () => {
    const files = (id: string): string[] => readdirSync(path.join(student, 'exercises', id)).sort();
    expect(files('logistic-regression')).toEqual([...readdirSync(path.join(repoRoot, 'exercises-python', 'logistic-regression'))].sort());
    expect(existsSync(path.join(student, 'tsconfig.json'))).toBe(false);
    // the teacher's exercise has TypeScript starters only: kept, and said
    expect(files('tanh-network')).toContain('backward.ts');
    expect(log).toMatch(/warning: tanh-network has no Python starters/);
    // one exercise written (the Python reference), the others untouched starters
    cpSync(path.join(repoRoot, 'reference-python', 'logistic-regression'), path.join(student, 'exercises', 'logistic-regression'), {
      recursive: true,
    });
    const grade = path.join(student, 'mlgrade', 'bin', 'grade.js');
    const ran = spawnSync(process.execPath, [grade, '--json', '--out-dir', path.join(tmp, 'python-out')], {
      cwd: student,
      encoding: 'utf8',
      timeout: 120_000,
    });
    expect(ran.status, ran.stderr).toBe(1);
    const results = JSON.parse(ran.stdout) as GradeResults;
    expect(results.exercises.find((e) => e.id === 'logistic-regression')).toMatchObject({ score: 11, maxScore: 11, language: 'python' });
    const deep = results.exercises.find((e) => e.id === 'deep-network');
    expect(deep?.language).toBe('python');
    for (const step of deep?.steps ?? []) expect(step.message, step.id).toMatch(/^not implemented yet/);
    expect(results.score).toBe(11);
  });
});
