// The Python reference (reference-python/, every layout: step files with both import styles, a
// module, a package __init__) graded by the real engine in a real Python process: full marks, the
// language recorded, the Python layers reported; and every step's result on every public case
// equal to the TypeScript reference's to 1e-10, asked of the same Python process directly.
import { cpSync, readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gradeSubmission } from '../grader/engine/grade-submission.js';
import { casesOf, runReference } from '../grader/engine/grade-step.js';
import { readSubmission } from '../grader/engine/intake.js';
import { inspectModules, resolveStep } from '../grader/engine/resolve.js';
import { startSession, type StudentSession } from '../grader/engine/session.js';
import { encode, type Wire } from '../grader/model/wire.js';
import { pythonName } from '../grader/python/layout.js';
import { splitLanguages, startPython, type PythonRuntime } from '../grader/python/runtime.js';
import { EXERCISES } from '../grader/spec/index.js';
import { gradeCli } from './helpers/hostile.js';
import { repoRoot } from './helpers/submission.js';
import { tempFolders } from './helpers/temp.js';

const referencePython = path.join(repoRoot, 'reference-python');
const temp = tempFolders('mlgrade-python-');
const resultsSchema = JSON.parse(readFileSync(path.join(repoRoot, 'schema', 'results.schema.json'), 'utf8')) as object;
const validateResults = new Ajv2020({ allErrors: true, strict: true }).compile(resultsSchema);

/** Where two wire values differ by more than 1e-10 (relative to the larger magnitude above 1), or undefined. */
function farApart(a: Wire, b: Wire, where = ''): string | undefined {
  if (typeof a === 'number' && typeof b === 'number') {
    return Math.abs(a - b) <= 1e-10 * Math.max(1, Math.abs(a)) ? undefined : `${where}: ${a} vs ${b}`;
  }
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) return `${where}: length ${a.length} vs ${b.length}`;
    return a.map((x, i) => farApart(x, b[i], `${where}[${i}]`)).find(Boolean);
  }
  if (a && b && typeof a === 'object' && typeof b === 'object' && !Array.isArray(a) && !Array.isArray(b)) {
    const keys = Object.keys(a);
    if (keys.sort().join() !== Object.keys(b).sort().join()) return `${where}: keys ${keys.join()} vs ${Object.keys(b).join()}`;
    return keys.map((k) => farApart((a as Record<string, Wire>)[k], (b as Record<string, Wire>)[k], `${where}.${k}`)).find(Boolean);
  }
  return JSON.stringify(a) === JSON.stringify(b) ? undefined : `${where}: ${JSON.stringify(a)} vs ${JSON.stringify(b)}`;
}

describe('the Python reference', () => {
  it('gets full marks, in Python, inside the Python layers', async () => {
    const results = await gradeSubmission({ submission: referencePython, seed: 1234, exercises: EXERCISES });
    const notPassed = results.exercises.flatMap((e) =>
      e.steps.filter((s) => s.status !== 'passed').map((s) => `${e.id}/${s.id}: ${s.message}`),
    );
    expect(notPassed).toEqual([]);
    expect(results.score).toBe(results.maxScore);
    expect(results.exercises.map((e) => e.language)).toEqual(EXERCISES.map(() => 'python'));
    expect(validateResults(JSON.parse(JSON.stringify(results))), JSON.stringify(validateResults.errors)).toBe(true);
    expect(results.sandbox?.layers).toContain('python-guard');
    expect(results.sandbox?.layers).not.toContain('node-permissions');
    // backward steps are checked against numerical gradients of the student's own Python forward
    const backward = results.exercises.find((e) => e.id === 'deep-network')?.steps.find((s) => s.id === 'modelBackward');
    expect(backward?.gradientChecks.some((g) => g.against === 'own-forward' && g.passed)).toBe(true);
  });

  it('says so when it runs without the operating-system layers (a laptop: no root, no bubblewrap)', async () => {
    const without = ['namespaces', 'dedicated-uid', 'process-sweep', 'rlimits'] as const;
    const deep = EXERCISES.filter((e) => e.id === 'deep-network');
    const results = await gradeSubmission({ submission: referencePython, seed: 1234, exercises: deep, sandbox: { without: [...without] } });
    expect(results.score).toBe(results.maxScore);
    expect(results.sandbox?.layers).toEqual(['python-guard', 'memory-cap', 'empty-env', 'time-limits']);
  });

  it('grades a mixed submission: TypeScript and Python exercises side by side, each in its own runtime', async () => {
    const submission = temp();
    cpSync(path.join(repoRoot, 'reference', 'computation-graph'), path.join(submission, 'computation-graph'), { recursive: true });
    cpSync(path.join(referencePython, 'logistic-regression'), path.join(submission, 'logistic-regression'), { recursive: true });
    const results = await gradeSubmission({ submission, seed: 1234, exercises: EXERCISES.slice(0, 2) });
    expect(results.score).toBe(results.maxScore);
    expect(results.exercises.map((e) => e.language)).toEqual([undefined, 'python']);
    expect(results.sandbox?.layers).toEqual(expect.arrayContaining(['node-permissions', 'python-guard']));
  });

  it('grade batch over a mixed class (TypeScript and Python students) writes one gradebook', async () => {
    const dir = temp();
    cpSync(path.join(repoRoot, 'reference'), path.join(dir, 'class', 'ada-typescript'), { recursive: true });
    cpSync(referencePython, path.join(dir, 'class', 'bob-python'), { recursive: true });
    const run = await gradeCli(['batch', path.join(dir, 'class'), '--out-dir', path.join(dir, 'out'), '--jobs', '1']);
    expect(run.code, run.stderr).toBe(0);
    const [header, ...rows] = readFileSync(path.join(dir, 'out', 'grades.csv'), 'utf8')
      .trim()
      .split(/\r?\n/);
    const columns = header.split(',');
    const pick = (row: string): string => {
      const cells = row.split(',');
      return ['student', 'status', 'score', 'max_score'].map((name) => cells[columns.indexOf(name)]).join(',');
    };
    expect(rows.map(pick)).toEqual(['ada-typescript,graded,41,41', 'bob-python,graded,41,41']);
  });

  it('has starters: every step graded 0 with "not implemented yet"', async () => {
    const results = await gradeSubmission({ submission: path.join(repoRoot, 'exercises-python'), seed: 1234, exercises: EXERCISES });
    expect(results.score).toBe(0);
    for (const exercise of results.exercises) {
      for (const step of exercise.steps) {
        expect(step.status, `${exercise.id}/${step.id}`).toBe('missing');
        expect(step.message).toBe(`not implemented yet (${exercise.id}/${pythonName(step.id)}.py still throws the starter's error)`);
      }
    }
  });

  describe('agrees with the TypeScript reference to 1e-10 on every case', () => {
    let session: StudentSession;
    let python: PythonRuntime;
    beforeAll(async () => {
      session = await startSession({});
      python = startPython(
        splitLanguages(
          readSubmission(
            referencePython,
            EXERCISES.map((e) => e.id),
          ),
        ).python,
        session.sandbox,
      );
    });
    afterAll(async () => {
      await python.close();
      await session.close();
    });

    for (const exercise of EXERCISES) {
      it(exercise.id, async () => {
        const proc = python.proc;
        const compiled = python.exercises.get(exercise.id);
        if (!proc || !compiled) throw new Error(`${exercise.id} was not staged as Python`);
        const infos = await inspectModules(proc, compiled);
        const problems: string[] = [];
        for (const spec of exercise.steps) {
          const found = resolveStep(exercise, spec.id, compiled, infos, { root: session.sandbox.root, sourceMaps: new Map() });
          if (found.kind !== 'found') throw new Error(`${spec.id}: ${JSON.stringify(found)}`);
          for (const c of casesOf({ exercise, spec, seed: 1234 })) {
            const call = { module: found.target.module, name: found.target.name, args: c.args.map((a) => encode(a)) };
            const outcome = await proc.send({ type: 'call', call, checkMutation: false }, 20_000);
            if (outcome.type !== 'returned') throw new Error(`${spec.id} ${c.name}: ${JSON.stringify(outcome)}`);
            const apart = farApart(encode(runReference(spec, c.args)), outcome.value);
            if (apart) problems.push(`${spec.id} ${c.name} ${apart}`);
          }
        }
        expect(problems).toEqual([]);
      });
    }
  });
});
