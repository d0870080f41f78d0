// Student files are real ES modules: import.meta, top-level await and createRequire work, CommonJS
// files still do, and an import of another exercise's file resolves whatever was selected.
import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { gradeSubmission } from '../grader/engine/grade-submission.js';
import { linkImports, relativeImports } from '../grader/engine/link.js';
import type { ExerciseResult } from '../grader/model/results.js';
import { EXERCISES } from '../grader/spec/index.js';
import { fixtureSubmission } from './helpers/submission.js';

const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function submissionOf(fixture: string): string {
  const dir = fixtureSubmission(fixture);
  made.push(dir);
  return dir;
}

const specs = (...ids: string[]) => ids.map((id) => EXERCISES.find((e) => e.id === id) ?? expect.unreachable(`no exercise ${id}`));
const outcome = (e: ExerciseResult | undefined) => e?.steps.map((s) => `${s.id} ${s.status} ${s.score}: ${s.message}`);

describe('relative imports in compiled code', () => {
  const files = new Set(['a/sigmoid.js', 'a/utils/index.js', 'b/forward.js']);

  it('name the compiled file node loads: extension added, TypeScript extension swapped, a folder its index', () => {
    const code =
      'import { s } from "./sigmoid";\nimport u from "./utils";\nexport * from "../b/forward.ts";\nconst m = await import("./x.mts");\n';
    expect(linkImports(code, 'a/step.js', files)).toBe(
      'import { s } from "./sigmoid.js";\nimport u from ' +
        '"./utils/index.js";\nexport * from "../b/forward.js";\nconst m = await import("./x.js");\n',
    );
  });

  it('give a free `require` one made by createRequire, after the code so that no line moves', () => {
    const linked = linkImports('export const f = () => __mlgradeRequire("./sigmoid");\n', 'a/step.js', files);
    expect(linked.split('\n')[0]).toBe('export const f = () => __mlgradeRequire("./sigmoid.js");');
    expect(linked).toContain('createRequire');
  });

  it('are the dependencies of a step within its exercise', () => {
    const code = 'import { sigmoid } from "./sigmoid.js";\nimport { forward } from "../b/forward.js";\n';
    expect(relativeImports(code, 'step.ts', ['sigmoid.ts', 'step.ts'])).toEqual(['sigmoid.ts']);
  });
});

describe('student files as ES modules', () => {
  it('pass with an import.meta.url guard, top-level await, createRequire and a CommonJS helper', async () => {
    const results = await gradeSubmission({
      submission: submissionOf('pass/es-modules'),
      seed: 1234,
      exercises: specs('computation-graph'),
    });
    const steps = results.exercises[0].steps;
    expect(steps.map((s) => [s.id, s.status, s.message])).toEqual([
      ['forward', 'passed', expect.any(String)],
      ['backward', 'passed', expect.any(String)],
    ]);
    expect(steps.map((s) => s.file)).toEqual(['computation-graph/forward.mjs', 'computation-graph/backward.mjs']);
  });

  it("grade an import of another exercise's file the same with and without that exercise selected", async () => {
    const submission = submissionOf('pass/cross-exercise-import');
    const alone = await gradeSubmission({ submission, seed: 1234, exercises: specs('shallow-network') });
    const both = await gradeSubmission({ submission, seed: 1234, exercises: specs('logistic-regression', 'shallow-network') });
    const shallow = both.exercises.find((e) => e.id === 'shallow-network');
    expect(
      alone.exercises[0].steps.every((s) => s.status === 'passed'),
      outcome(alone.exercises[0])?.join('\n'),
    ).toBe(true);
    expect(outcome(alone.exercises[0])).toEqual(outcome(shallow));
  });
});

describe("packages in the submission's node_modules", () => {
  it('load in the sandbox, even one that assigns hasOwnProperty, toString, constructor and bind on its own objects', async () => {
    const results = await gradeSubmission({
      submission: submissionOf('pass/local-library'),
      seed: 1234,
      exercises: specs('computation-graph'),
    });
    expect(outcome(results.exercises[0])?.filter((s) => !/ passed /.test(s))).toEqual([]);
  });

  it('that fail to load are named as the cause', async () => {
    const results = await gradeSubmission({
      submission: submissionOf('error/library-fails-to-load'),
      seed: 1234,
      exercises: specs('computation-graph'),
    });
    const forward = results.exercises[0].steps.find((s) => s.id === 'forward');
    expect(forward?.status).toBe('error');
    expect(forward?.message).toMatch(/^TypeError: extends-builtins failed to load in the sandbox: Cannot define property times/);
  });
});
