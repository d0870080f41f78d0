// Grader-side work on student data is bounded (issue 13; docs/security.md, "Bounds on student
// data"): what a student returns, or leaves among its files, never makes the grader's results,
// reports or batch grow or wait without limit. (The 800000-row train return and the signals are
// test/integrity-survive.test.ts.)
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fingerprints } from '../grader/batch/similarity.js';
import { keyList, MAX_KEY_CHARS, MAX_LISTED_KEYS } from '../grader/compare/value.js';
import { gradeSubmission } from '../grader/engine/grade-submission.js';
import { EXERCISES } from '../grader/spec/index.js';
import { writeReports } from '../reports/write.js';
import { stepsOf, validateResults } from './helpers/hostile.js';
import { linkedFixture } from './helpers/linked.js';
import { tempFolders } from './helpers/temp.js';

const temp = tempFolders('mlgrade-bounds-');
const EXERCISE_IDS = EXERCISES.map((e) => e.id);

describe('an object of 5000 keys returned where the grader names what it got', () => {
  it('is named by its first keys and a count: complete results of kilobytes, not megabytes', async () => {
    const submission = temp.fixture('hostile/fail/huge-keys');
    const results = await gradeSubmission({ submission, seed: 1234, exercises: EXERCISES, onlyExercises: ['logistic-regression'] });
    const steps = stepsOf(results);
    const more = `… and ${5000 - MAX_LISTED_KEYS} more`;
    expect(steps.get('logistic-regression/initializeWithZeros')).toMatchObject({ status: 'failed', score: 0 });
    expect(steps.get('logistic-regression/initializeWithZeros')?.message).toContain(`is missing w, b (it has key-000000-`);
    expect(steps.get('logistic-regression/dW')?.message).toMatch(/yours is an object with keys \{ key-000000-/);
    for (const step of ['initializeWithZeros', 'dW']) expect(steps.get(`logistic-regression/${step}`)?.message).toContain(more);
    expect(steps.get('logistic-regression/sigmoid')?.status).toBe('passed');
    const [resultsFile, html] = await writeReports(results, ['json', 'html'], temp());
    const text = readFileSync(resultsFile, 'utf8');
    expect(validateResults(JSON.parse(text)), JSON.stringify(validateResults.errors)).toBe(true);
    // unbounded, each case's problem repeated every key: 20 000 keys made 15 MB of results and 10 MB of HTML
    expect(text.length).toBeLessThan(200_000);
    expect(readFileSync(html, 'utf8').length).toBeLessThan(200_000);
  });
});

describe('keyList, which names the keys or exports a student chose', () => {
  it('names the first few, each cut short, and counts the rest', () => {
    expect(keyList(['w', 'b'])).toBe('w, b');
    const names = Array.from({ length: 1000 }, (_, i) => `${'n'.repeat(999)}${i % 10}`);
    const listed = keyList(names);
    expect(listed).toMatch(
      new RegExp(`^(n{${MAX_KEY_CHARS}}…, ){${MAX_LISTED_KEYS - 1}}n{${MAX_KEY_CHARS}}… … and ${1000 - MAX_LISTED_KEYS} more$`),
    );
  });
});

describe('similarity fingerprints of a submission with a link to /dev/zero and a FIFO', () => {
  it('never read through the link: the batch is not held up, the other files still count', () => {
    const submission = temp.removeLater(linkedFixture('hostile/pass/endless-notes'));
    const prints = fingerprints(submission, EXERCISE_IDS);
    expect(prints.has('logistic-regression/notes.ts')).toBe(false);
    expect(prints.has('logistic-regression/train.ts')).toBe(true);
  });

  it('stop at a FIFO named like a source file (intake refuses the submission): no fingerprints, no wait', () => {
    const submission = temp.removeLater(linkedFixture('hostile/pass/endless-notes'));
    execFileSync('mkfifo', [path.join(submission, 'logistic-regression', 'fifo.ts')]);
    expect(fingerprints(submission, EXERCISE_IDS).size).toBe(0);
  });
});
