// `grade release`, the student bundle: it holds no reference and no mutant code — checked on its
// build's import graph and by looking for the reference's and the mutants' code in every file —,
// yet grading the reference inside it gives full marks and a mutant gets its diagnosis, exactly
// as the full grader (with the same configuration) grades them. Needs `npm run build`.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { build, transformSync } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FORBIDDEN, studentGuard } from '../grader/release/student-build.mjs';
import type { GradeResults } from '../grader/model/results.js';
import { fixturesDir, repoRoot } from './helpers/submission.js';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'mlgrade-release-'));
const out = path.join(tmp, 'release');
const student = path.join(out, 'student');
const config = path.join(repoRoot, 'extra', 'grade.config.json');

const run = (args: string[], cwd = repoRoot) => spawnSync(process.execPath, args, { cwd, encoding: 'utf8', timeout: 120_000 });

beforeAll(() => {
  const released = run([path.join(repoRoot, 'dist', 'cli.js'), 'release', '--out', out, '--config', config]);
  expect(released.status, released.stderr).toBe(0);
  // what `npm install` would give the workspace, from this repository's own install
  symlinkSync(path.join(repoRoot, 'node_modules'), path.join(student, 'node_modules'));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    if (name === 'node_modules') return [];
    return statSync(file).isDirectory() ? filesUnder(file) : [file];
  });
}

/**
 * Without spaces, and as a bundler may rewrite it: identifiers without the numbers it appends to
 * tell them apart (`dZ3`, `Matrix20`), namespace imports flattened (`np.dot(` → `dot(`).
 */
const squeeze = (text: string): string =>
  text
    .replace(/\bnp\d*\.(?=\w+\()/g, '')
    .replace(/\s+/g, '')
    .replace(/([A-Za-z_$])\d+\b/g, '$1');

/**
 * Lines of code that only that file has, as esbuild prints them (what a bundle would contain):
 * statements of some length that compute something, not imports, types or comments.
 */
function probes(file: string): string[] {
  const { code } = transformSync(readFileSync(file, 'utf8'), { loader: 'ts', format: 'esm' });
  return code
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => !/^(import|export \{|\/\/|\/\*|\*)/.test(line) && /[(=]/.test(line))
    .map(squeeze)
    .filter((line) => line.length >= 30);
}

const sourcesUnder = (...dir: string[]): string[] => filesUnder(path.join(repoRoot, ...dir)).filter((f) => f.endsWith('.ts'));
const probesOf = (files: string[]): string[] => [...new Set(files.flatMap(probes))];
const builtIn = {
  reference: probesOf(sourcesUnder('reference')),
  mutants: probesOf(sourcesUnder('grader', 'diagnosis', 'mutants', 'files')),
};
const teachers = probesOf([...sourcesUnder('extra', 'tanh-network', 'reference'), ...sourcesUnder('extra', 'tanh-network', 'mutants')]);

describe('the student bundle holds no reference and no mutant code', () => {
  it("by construction: its grader's build imports nothing of the reference, the specs or the mutants", () => {
    const meta = JSON.parse(readFileSync(path.join(repoRoot, 'dist', 'student', 'meta.json'), 'utf8')) as {
      inputs: Record<string, unknown>;
    };
    const inputs = Object.keys(meta.inputs);
    expect(inputs).toContain('grader/release/student-main.ts');
    expect(inputs.filter((input) => FORBIDDEN.some((re) => re.test(input)))).toEqual([]);
    expect(inputs.some((input) => input.startsWith('reference/') || input.includes('mutants/files/'))).toBe(false);
  });

  it('by construction: its build fails when anything imports the specs (which import the reference)', async () => {
    const failed = await build({
      absWorkingDir: repoRoot,
      stdin: {
        contents: "import { EXERCISES } from './grader/spec/index.ts'; console.log(EXERCISES);",
        resolveDir: repoRoot,
        loader: 'ts',
      },
      bundle: true,
      write: false,
      platform: 'node',
      format: 'esm',
      packages: 'external',
      logLevel: 'silent',
      plugins: [studentGuard(repoRoot)],
    }).then(
      () => undefined,
      (e: { errors: { text: string }[] }) => e.errors[0]?.text,
    );
    expect(failed).toMatch(/grader\/spec\/index\.ts must not be part of the student grader/);
  });

  it('in fact: no line of a reference function or of a mutant is in any of its files', () => {
    // the probes find code where it is: the full grader bundles the built-in reference and mutants
    const full = squeeze(
      filesUnder(path.join(repoRoot, 'dist'))
        .filter((f) => f.endsWith('.js') && !f.includes(`${path.sep}student${path.sep}`))
        .map((f) => readFileSync(f, 'utf8'))
        .join('\n'),
    );
    const inFull = (ps: string[]): number => ps.filter((p) => full.includes(p)).length;
    expect(builtIn.reference.length).toBeGreaterThan(50);
    expect(inFull(builtIn.reference)).toBeGreaterThan(0.9 * builtIn.reference.length);
    expect(inFull(builtIn.mutants), builtIn.mutants.filter((p) => !full.includes(p)).join('\n')).toBeGreaterThan(
      0.9 * builtIn.mutants.length,
    );
    expect(teachers.length).toBeGreaterThan(10);
    const leaks = (file: string): string[] => {
      const text = squeeze(readFileSync(file, 'utf8'));
      return [...builtIn.reference, ...builtIn.mutants, ...teachers]
        .filter((p) => text.includes(p))
        .map((p) => `${path.relative(student, file)}: ${p}`);
    };
    // and they would find a reference or a teacher's mutant copied as it is
    expect(leaks(path.join(repoRoot, 'reference', 'shallow-network', 'backward.ts')).length).toBeGreaterThan(3);
    expect(leaks(path.join(repoRoot, 'extra', 'tanh-network', 'mutants', 'backward', 'tanh-derivative.ts')).length).toBeGreaterThan(3);
    const files = filesUnder(student);
    expect(files.length).toBeGreaterThan(60);
    expect(files.flatMap(leaks)).toEqual([]);
    expect(files.some((f) => /hidden-seeds/.test(f))).toBe(false);
  });
});

/** A submission: the reference of every exercise (tanh-network's too), with fixtures laid over it. */
function submission(name: string, overlay: (dir: string) => void = () => {}): string {
  const dir = path.join(tmp, name);
  cpSync(path.join(repoRoot, 'reference'), dir, { recursive: true });
  mkdirSync(path.join(dir, 'tanh-network'));
  cpSync(path.join(repoRoot, 'extra', 'tanh-network', 'reference'), path.join(dir, 'tanh-network'), { recursive: true });
  overlay(dir);
  return dir;
}

function graded(args: string[], cwd: string): GradeResults {
  const result = run(args, cwd);
  expect(result.status, result.stderr).toBeLessThan(2);
  return JSON.parse(result.stdout) as GradeResults;
}

const studentGrade = (sub: string): GradeResults =>
  graded(
    [
      path.join(student, 'mlgrade', 'bin', 'grade.js'),
      '--submission',
      sub,
      '--json',
      '--reporter',
      'json',
      '--out-dir',
      path.join(tmp, 'out'),
    ],
    student,
  );
const byStep = (r: GradeResults) =>
  r.exercises.flatMap((e) =>
    e.steps.map((s) => ({
      step: `${e.id}/${s.id}`,
      status: s.status,
      score: s.score,
      message: s.message,
      diagnoses: s.diagnoses.map((d) => d.id),
    })),
  );

describe('the student bundle grades without them', () => {
  it('gives the reference full marks, every exercise of the assignment included', () => {
    const results = studentGrade(submission('reference'));
    expect(results.exercises.map((e) => e.id)).toEqual([
      'computation-graph',
      'logistic-regression',
      'shallow-network',
      'deep-network',
      'tanh-network',
    ]);
    expect(results.score).toBe(results.maxScore);
    expect(results.maxScore).toBe(46);
  });

  it('diagnoses mutants as the full grader does', () => {
    const sub = submission('mutants', (dir) => {
      cpSync(path.join(fixturesDir, 'diagnosed', 'missing-transpose', 'deep-network'), path.join(dir, 'deep-network'), { recursive: true });
      cpSync(
        path.join(repoRoot, 'extra', 'tanh-network', 'mutants', 'backward', 'tanh-derivative.ts'),
        path.join(dir, 'tanh-network', 'backward.ts'),
      );
    });
    const inBundle = studentGrade(sub);
    const full = graded(
      [
        path.join(repoRoot, 'dist', 'cli.js'),
        '--submission',
        sub,
        '--config',
        config,
        '--json',
        '--reporter',
        'json',
        '--out-dir',
        path.join(tmp, 'out'),
      ],
      repoRoot,
    );
    const diagnosed = (r: GradeResults, step: string) => byStep(r).find((s) => s.step === step)?.diagnoses[0];
    expect(diagnosed(inBundle, 'deep-network/dW')).toBe('missing-transpose');
    expect(diagnosed(inBundle, 'tanh-network/backward')).toBe('tanh-derivative');
    // repro commands differ (--config): everything else is the same
    expect(byStep(inBundle)).toEqual(byStep(full));
  });

  it("refuses a seed it has no cases for, and the teachers' options", () => {
    const grade = path.join(student, 'mlgrade', 'bin', 'grade.js');
    const seeded = run([grade, '--seed', '7'], student);
    expect(seeded.status).toBe(2);
    expect(seeded.stderr).toMatch(/public seed 1234 only, so it cannot grade --seed 7/);
    expect(run([grade, '--config', config], student).stderr).toMatch(/--config is an option of the teacher's grader/);
    expect(run([grade, '--help'], student).stdout).not.toMatch(/--hidden-seeds|--config/);
  });

  it("explains the misconceptions its diagnoses name, the teacher's own included", () => {
    const grade = path.join(student, 'mlgrade', 'bin', 'grade.js');
    const one = run([grade, 'explain', 'missing-transpose'], student);
    expect(one.status, one.stderr).toBe(0);
    expect(one.stdout).toMatch(/^missing-transpose — [\s\S]*Right formula: [\s\S]*Looked for in: .*deep-network\/dW/);
    expect(run([grade, 'explain', 'tanh-derivative'], student).stdout).toMatch(
      /^tanh-derivative — [\s\S]*Looked for in: {2}tanh-network\/backward/,
    );
    const list = run([grade, 'explain'], student).stdout;
    expect(list).toMatch(/missing-1-over-m/);
    expect(list).toMatch(/tanh-derivative/);
    const unknown = run([grade, 'explain', 'no-such-id'], student);
    expect([unknown.status, unknown.stderr]).toEqual([2, expect.stringMatching(/no misconception no-such-id; the ids are: /)]);
  });

  it('its hints teach rather than give the line of code', () => {
    const table = readFileSync(path.join(student, 'mlgrade', 'oracle.json'), 'utf8');
    const hints = [...table.matchAll(/"hint":"([^"]*)"/g)].map((m) => m[1]);
    expect(hints.length).toBeGreaterThan(20);
    for (const hint of hints) expect(hint).not.toMatch(/np\.|Math\.|\.mmul|=>|\breturn\b|\bconst\b/);
    expect(table).not.toContain('np.add(np.dot(W, APrev), b)');
  });

  it('is a workspace with starters for every exercise, the grader as a package, and a README', () => {
    expect(readdirSync(path.join(student, 'exercises')).sort()).toEqual([
      'README.md',
      'computation-graph',
      'deep-network',
      'logistic-regression',
      'shallow-network',
      'tanh-network',
    ]);
    expect(readFileSync(path.join(student, 'exercises', 'tanh-network', 'backward.ts'), 'utf8')).toContain(
      "throw new Error('not implemented yet: tanh-network/backward')",
    );
    const pkg = JSON.parse(readFileSync(path.join(student, 'mlgrade', 'package.json'), 'utf8')) as {
      dependencies: Record<string, string>;
      bin: object;
    };
    expect(Object.keys(pkg.dependencies).sort()).toEqual(['esbuild', 'ml-matrix', 'pure-rand']);
    expect(pkg.bin).toEqual({ grade: 'bin/grade.js' });
    expect(readFileSync(path.join(student, 'README.md'), 'utf8')).toContain('Backpropagation, with an exercise of our own');
    expect(existsSync(path.join(student, 'mlgrade', 'types', 'np.ts'))).toBe(true);
  });
});
