// Hidden cases (platform mode): graded in a student process of their own after the visible run,
// reported by status only, never repeating a public case, and the only source of credit; hidden
// seeds per student from a keyed hash of the teacher's secret.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readHiddenSeeds } from '../grader/config/hidden-seeds.js';
import { casesOf } from '../grader/engine/grade-step.js';
import { gradeSubmission } from '../grader/engine/grade-submission.js';
import { hiddenCases } from '../grader/engine/hidden.js';
import { studentSeeds } from '../grader/engine/seeds.js';
import type { StepResult } from '../grader/model/results.js';
import { encode } from '../grader/model/wire.js';
import { EXERCISES } from '../grader/spec/index.js';
import { fixtureSubmission } from './helpers/submission.js';

const logistic = EXERCISES.filter((e) => e.id === 'logistic-regression');
const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

async function grade(fixture: string, hiddenSeeds?: number[]): Promise<Map<string, StepResult>> {
  const submission = fixtureSubmission(fixture);
  made.push(submission);
  const results = await gradeSubmission({ submission, seed: 1234, hiddenSeeds, exercises: logistic });
  return new Map(results.exercises[0].steps.map((s) => [s.id, s]));
}

/** Everything a student may see of a step before publication: what the public cases say. */
const visibleText = (step?: StepResult): string =>
  JSON.stringify([step?.message, step?.diagnoses, step?.cases.filter((c) => !c.hidden).map(({ durationMs: _ms, ...c }) => c)]);

describe('hidden seeds', () => {
  it('add cases that count in the score and reveal nothing but their status', async () => {
    const [plain, hidden] = await Promise.all([grade('fail/wrong-shape'), grade('fail/wrong-shape', [77, 78])]);
    const dW = hidden.get('dW');
    const publicCount = plain.get('dW')?.cases.length ?? 0;
    const secret = dW?.cases.filter((c) => c.hidden) ?? [];
    expect(secret.length).toBeGreaterThan(0);
    for (const c of secret) {
      const only = { status: 'failed', args: [], message: 'wrong (failed)', problems: [], durationMs: 0, hidden: true };
      expect(c).toEqual({ name: expect.stringMatching(/^hidden case \d+$/), ...only });
    }
    expect(dW?.cases.length).toBe(publicCount + secret.length);
    // the public cases and what is said about them are those of a run without hidden seeds
    expect(visibleText(dW)).toBe(visibleText(plain.get('dW')));
    expect(hidden.get('db')).toMatchObject({ status: 'passed', score: 1 });
  });

  it("never repeat a public case: the fixed ones (±1000, the notes' example) recur under every seed", { timeout: 60_000 }, () => {
    // every step of every exercise keeps hidden cases of its own, so no step's credit can come from a lookup
    for (const exercise of EXERCISES) {
      for (const spec of exercise.steps) {
        const publicCases = casesOf({ exercise, spec, seed: 1234 });
        const keys = new Set(publicCases.map((c) => JSON.stringify(c.args.map((a) => encode(a)))));
        const hidden = hiddenCases(exercise, spec, [77, 78, 79], publicCases);
        expect(hidden.length, `${exercise.id}/${spec.id}`).toBeGreaterThan(0);
        for (const c of hidden) expect(keys.has(JSON.stringify(c.args.map((a) => encode(a)))), `${spec.id} ${c.name}`).toBe(false);
      }
    }
    const sigmoid = logistic[0].steps.find((s) => s.id === 'sigmoid');
    const publicSigmoid = sigmoid ? casesOf({ exercise: logistic[0], spec: sigmoid, seed: 1234 }) : [];
    const names = sigmoid ? hiddenCases(logistic[0], sigmoid, [77], publicSigmoid).map((c) => c.name) : [];
    expect(names.join()).not.toMatch(/1000/);
  });

  it('run in a process of their own: inputs a step keeps in a module variable never reach a visible message', async () => {
    const [plain, hidden] = await Promise.all([grade('hostile/fail/remembers-inputs'), grade('hostile/fail/remembers-inputs', [77, 78])]);
    const message = hidden.get('db')?.message ?? '';
    const seen = JSON.parse(/sigmoid saw (\[[^\]]*\])/.exec(message)?.[1] ?? 'null') as number[] | null;
    // the numbers db throws are those the public cases gave sigmoid, and nothing hidden
    expect(seen?.length).toBeGreaterThan(0);
    const sigmoid = logistic[0].steps.find((s) => s.id === 'sigmoid');
    const publicCases = sigmoid ? casesOf({ exercise: logistic[0], spec: sigmoid, seed: 1234 }) : [];
    const publicNumbers = publicCases.map((c) => c.args[0]).filter((a) => typeof a === 'number');
    for (const z of seen ?? []) expect(publicNumbers).toContain(z);
    expect(visibleText(hidden.get('db'))).toBe(visibleText(plain.get('db')));
    expect(hidden.get('sigmoid')).toMatchObject({ status: 'passed', score: 1 });
  });
});

describe('per-student hidden seeds', () => {
  const secret = Buffer.from('00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff', 'hex');

  it('differ per student and are stable for one', () => {
    const alice = studentSeeds(secret, 'alice@example.edu', 3);
    expect(studentSeeds(secret, 'alice@example.edu', 3)).toEqual(alice);
    expect(new Set(alice).size).toBe(3);
    const bob = studentSeeds(secret, 'bob@example.edu', 3);
    expect(bob.filter((s) => alice.includes(s))).toEqual([]);
    // another teacher's secret gives other seeds for the same student
    expect(studentSeeds(Buffer.alloc(32, 7), 'alice@example.edu', 3)).not.toEqual(alice);
    for (const seed of [...alice, ...bob]) expect(seed).not.toBe(1234);
  });

  it('refuse a secret shorter than 128 bits, in code and in the file', () => {
    expect(() => studentSeeds(Buffer.alloc(15), 'alice', 3)).toThrow(/120 bits; it needs at least 128/);
    const dir = mkdtempSync(path.join(os.tmpdir(), 'mlgrade-seeds-'));
    made.push(dir);
    const file = path.join(dir, 'hidden-seeds.json');
    writeFileSync(file, JSON.stringify({ secret: 'ab'.repeat(15), seedsPerStudent: 3 }));
    expect(() => readHiddenSeeds(file, 'alice')).toThrow(/secret must be at least 32 hex digits \(128 bits\)/);
    writeFileSync(file, JSON.stringify({ secret: secret.toString('hex'), seedsPerStudent: 2 }));
    expect(readHiddenSeeds(file, 'alice')).toEqual(studentSeeds(secret, 'alice', 2));
    expect(() => readHiddenSeeds(file, '')).toThrow(/derives hidden seeds per student: set MLGRADE_STUDENT_ID/);
  });
});
