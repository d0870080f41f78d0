// Grader-side work on student data is bounded (issue 13; docs/security.md, "Bounds on student
// data"): what a student returns, or leaves among its files, never makes the grader's results,
// reports or batch grow or wait without limit. (The 800000-row train return and the signals are
// test/integrity-survive.test.ts.)
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Matrix } from 'ml-matrix';
import { describe, expect, it } from 'vitest';
import { fingerprints } from '../grader/batch/similarity.js';
import { keyList, MAX_KEY_CHARS, MAX_LISTED_KEYS } from '../grader/compare/value.js';
import { casesOf } from '../grader/engine/grade-step.js';
import { gradeSubmission } from '../grader/engine/grade-submission.js';
import { MAX_BOUNDARY_NUMBERS, trainPlots } from '../grader/engine/train-plot.js';
import { decode, type Value } from '../grader/model/wire.js';
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

describe('the decision boundary drawn on the parameters a train returned', () => {
  // the (800000, 2) W1 of hostile/fail/huge-train-return, here without a student process: whether the
  // grader receives it before train's call limit depends on the machine's load (test/integrity-survive.test.ts)
  const shallow = EXERCISES.find((e) => e.id === 'shallow-network');
  const train = shallow?.steps.find((s) => s.id === 'train');
  const returned = (rows: number): Value =>
    decode({ params: { W1: new Array(rows).fill([0, 0]), b1: [[0], [0], [0], [0]], W2: [[0, 0, 0, 0]], b2: [[0]] }, costs: [0.69] });

  it(`is not drawn past ${MAX_BOUNDARY_NUMBERS} numbers of parameters, and is drawn below`, () => {
    if (!shallow || !train) throw new Error('no shallow-network train');
    const c = casesOf({ exercise: shallow, spec: train, seed: 1234 }).find((x) => x.args[0] instanceof Matrix && x.args[0].rows === 2);
    if (!c) throw new Error('no 2-D train case');
    expect(trainPlots(shallow, train, c, returned(4), returned(800_000), true).boundary).toBeUndefined();
    expect(trainPlots(shallow, train, c, returned(4), returned(4), true).boundary).toBeDefined();
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
