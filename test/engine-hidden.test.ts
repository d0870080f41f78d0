// Hidden cases (platform mode): graded and counted, reported by status only.
import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { gradeSubmission } from '../grader/engine/grade-submission.js';
import { EXERCISES } from '../grader/spec/index.js';
import { fixtureSubmission } from './helpers/submission.js';

const logistic = EXERCISES.filter((e) => e.id === 'logistic-regression');
const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

async function grade(fixture: string, hiddenSeeds?: number[]) {
  const submission = fixtureSubmission(fixture);
  made.push(submission);
  const results = await gradeSubmission({ submission, seed: 1234, hiddenSeeds, exercises: logistic });
  return new Map(results.exercises[0].steps.map((s) => [s.id, s]));
}

describe('hidden seeds', () => {
  it('add cases that count in the score and reveal nothing but their status', async () => {
    const [plain, hidden] = await Promise.all([grade('fail/wrong-shape'), grade('fail/wrong-shape', [77, 78])]);
    const dW = hidden.get('dW');
    const publicCount = plain.get('dW')?.cases.length ?? 0;
    expect(dW?.cases.length).toBeGreaterThan(publicCount * 2);
    const secret = dW?.cases.filter((c) => c.hidden) ?? [];
    expect(secret.length).toBe((dW?.cases.length ?? 0) - publicCount);
    for (const c of secret) {
      expect(c).toEqual({ name: expect.stringMatching(/^hidden case \d+$/), status: 'failed', args: [], message: 'wrong (failed)', problems: [], durationMs: 0, hidden: true });
    }
    // the public cases and what is said about them are those of a run without hidden seeds
    expect(dW?.cases.filter((c) => !c.hidden).map((c) => c.name)).toEqual(plain.get('dW')?.cases.map((c) => c.name));
    // the reason given is the first public case's, whatever the hidden ones did
    const reason = (m?: string) => m?.slice(m.indexOf('; case'));
    expect(reason(dW?.message)).toBe(reason(plain.get('dW')?.message));
    expect(hidden.get('db')?.status).toBe('passed');
  });
});
