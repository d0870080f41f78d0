// The console reporter on hand-built results: one line per step, details under broken steps, the
// summary, the repro commands, colour only when asked for; and the evidence under broken steps of
// real fixtures, as exact text.
import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { gradeSubmission } from '../grader/engine/grade-submission.js';
import type { GradeResults, StepResult } from '../grader/model/results.js';
import { EXERCISES } from '../grader/spec/index.js';
import { consoleReport, MAX_REPRO_LINES } from '../reports/console.js';
import { chainLines, stepEvidence } from '../reports/evidence.js';
import { stepText } from '../reports/text.js';
import { fixtureSubmission } from './helpers/submission.js';

const ESC = '\x1b[';
const repro = (step: string): string => `grade --exercise ex --step ${step} --seed 7`;
const base = (id: string) => ({ id, score: 0, maxScore: 1, diagnoses: [], cases: [], gradientChecks: [], repro: repro(id), durationMs: 3 });

const STEPS: StepResult[] = [
  { ...base('sigmoid'), status: 'passed', score: 1, message: 'all 6 cases correct' },
  {
    ...base('dW'),
    status: 'failed',
    score: 0.25,
    message: '3 of 4 cases wrong; case m=7: entries differ',
    diagnoses: [{ id: 'missing-1-over-m', message: 'dW is m times too large', hint: 'divide by m' }],
  },
  {
    ...base('db'),
    status: 'error',
    message: 'TypeError: x is not a function\n    at db (ex/db.ts:3:5)',
    error: { name: 'TypeError', message: 'x is not a function' },
  },
  { ...base('train'), status: 'timeout', maxScore: 2, message: 'case 1: did not return within 2000 ms', limitMs: 2000, causedBy: ['dW'] },
  {
    ...base('predict'),
    status: 'missing',
    message: "not implemented yet (ex/predict.ts still throws the starter's error)",
    lookedFor: ['ex/predict.ts'],
  },
  { ...base('cost'), status: 'skipped', maxScore: 0, message: 'not graded in this run' },
];

function results(overrides: Partial<GradeResults> = {}): GradeResults {
  return {
    schemaVersion: 1,
    tool: { name: 'mlgrade', version: '9.9.9' },
    seed: 7,
    submission: '/home/student/exercises',
    startedAt: '2025-01-01T00:00:00.000Z',
    durationMs: 12,
    score: 1.25,
    maxScore: 6,
    exercises: [{ id: 'ex', title: 'An exercise', score: 1.25, maxScore: 6, steps: STEPS }],
    ...overrides,
  };
}

const stepLines = (text: string): string[] => text.split('\n').filter((l) => /^ {2}[✓✗-] /.test(l));

describe('consoleReport', () => {
  const plain = consoleReport(results(), { color: false, written: ['grade-results/results.json'] });

  it('prints one line per step with its symbol, id, score and message', () => {
    const lines = stepLines(plain);
    expect(lines).toHaveLength(STEPS.length);
    expect(lines[0]).toMatch(/^ {2}✓ sigmoid +1\/1 +all 6 cases correct$/);
    expect(lines[1]).toMatch(/^ {2}✗ dW +0\.25\/1 +3 of 4 cases wrong/);
    expect(lines[3]).toMatch(/^ {2}✗ train +0\/2 /);
    expect(lines[5]).toMatch(/^ {2}- cost +- +not graded in this run$/);
  });

  it('heads each exercise with its title, id and score, and the run with the tool, submission and seed', () => {
    expect(plain).toContain('An exercise (ex)  1.25/6');
    expect(plain.split('\n')[0]).toBe('mlgrade 9.9.9 · /home/student/exercises · seed 7');
  });

  it('keeps a multi-line message on its step line', () => {
    expect(stepLines(plain)[2]).toContain('TypeError: x is not a function at db (ex/db.ts:3:5)');
  });

  it('shows the diagnoses and the sub-steps to blame under a broken step, nothing under a passed one', () => {
    const lines = plain.split('\n');
    const dW = lines.findIndex((l) => l.startsWith('  ✗ dW'));
    expect(lines[dW + 1]).toBe('      missing-1-over-m: dW is m times too large');
    const train = lines.findIndex((l) => l.startsWith('  ✗ train'));
    expect(lines[train + 1]).toBe('      fix first: dW');
    const sigmoid = lines.findIndex((l) => l.startsWith('  ✓ sigmoid'));
    expect(lines[sigmoid + 1]).toMatch(/^ {2}✗ dW/);
  });

  it('sums up the score and counts every status that occurs', () => {
    expect(plain).toContain('Score 1.25/6 (21%) · 1 passed · 1 failed · 1 error · 1 timeout · 1 missing · 1 skipped');
  });

  it('always counts passed, failed, error and missing, even at zero', () => {
    const one = results({ exercises: [{ id: 'ex', title: 'T', score: 1, maxScore: 1, steps: [STEPS[0]] }], score: 1, maxScore: 1 });
    expect(consoleReport(one, { color: false })).toContain('Score 1/1 (100%) · 1 passed · 0 failed · 0 error · 0 missing\n');
  });

  it('lists the repro command of every broken step, and not of passed or skipped ones', () => {
    const after = plain.split('To re-run a failure:\n')[1].split('\n\n')[0].split('\n');
    expect(after).toEqual(['dW', 'db', 'train', 'predict'].map((s) => `  ${repro(s)}`));
  });

  it('caps the repro commands, saying how many more there are', () => {
    const many = Array.from(
      { length: MAX_REPRO_LINES + 3 },
      (_, i): StepResult => ({ ...base(`s${i}`), status: 'failed', message: 'wrong' }),
    );
    const text = consoleReport(results({ exercises: [{ id: 'ex', title: 'T', score: 0, maxScore: many.length, steps: many }] }), {
      color: false,
    });
    expect(text.split('\n').filter((l) => l.startsWith('  grade '))).toHaveLength(MAX_REPRO_LINES);
    expect(text).toContain('… and 3 more');
  });

  it('has no repro section when nothing is broken', () => {
    const one = results({ exercises: [{ id: 'ex', title: 'T', score: 1, maxScore: 1, steps: [STEPS[0]] }] });
    expect(consoleReport(one, { color: false })).not.toContain('To re-run');
  });

  it('ends with the written files', () => {
    expect(plain.trimEnd().split('\n').at(-1)).toBe('Results written to grade-results/results.json');
  });

  it('uses no escape codes without colour, and colours statuses with it', () => {
    expect(plain).not.toContain(ESC);
    const coloured = consoleReport(results(), { color: true });
    expect(coloured).toContain(`${ESC}32m✓${ESC}39m`);
    expect(coloured).toContain(`${ESC}31m✗${ESC}39m`);
    expect(coloured).toContain(`${ESC}33m✗${ESC}39m`);
    expect(coloured.replace(/\x1b\[\d+m/g, '')).toBe(consoleReport(results(), { color: false }));
  });

  it('says loudly when the grader itself failed', () => {
    const text = consoleReport(results({ graderError: { name: 'Error', message: 'EACCES: permission denied' } }), { color: false });
    expect(text).toContain('The grader itself failed: Error: EACCES: permission denied');
    expect(text).toContain('incomplete');
  });

  it('truncates a runaway message', () => {
    const long: StepResult = { ...base('x'), status: 'failed', message: 'y'.repeat(5000) };
    const line = stepLines(
      consoleReport(results({ exercises: [{ id: 'ex', title: 'T', score: 0, maxScore: 1, steps: [long] }] }), { color: false }),
    )[0];
    expect(line.length).toBeLessThan(400);
    expect(line.endsWith('…')).toBe(true);
  });
});

describe('consoleReport, exercises left out of the run', () => {
  it('shows an exercise whose steps were all skipped as one line', () => {
    const skipped = STEPS[5];
    const r = results({
      exercises: [
        { id: 'ex', title: 'An exercise', score: 1, maxScore: 1, steps: [STEPS[0], skipped] },
        {
          id: 'other',
          title: 'Another',
          score: 0,
          maxScore: 0,
          steps: [
            { ...skipped, id: 'a' },
            { ...skipped, id: 'b' },
          ],
        },
      ],
    });
    const text = consoleReport(r, { color: false });
    expect(text).toContain('\nAnother (other)  not graded in this run\n');
    expect(stepLines(text)).toHaveLength(2);
  });
});

// The evidence under a broken step, on fixtures graded by the real engine: the exact text, so a
// change to what a student reads is a visible change here.
describe('consoleReport, the evidence of real fixtures', () => {
  const made: string[] = [];
  afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  async function stepBlock(fixture: string, exercise: string, step: string): Promise<{ text: string; result: StepResult }> {
    const submission = fixtureSubmission(fixture);
    made.push(submission);
    const spec = EXERCISES.filter((e) => e.id === exercise);
    const graded = await gradeSubmission({ submission, seed: 1234, exercises: spec, onlySteps: [step] });
    const text = consoleReport(graded, { color: false, written: ['out/results.json', 'out/report.html'] });
    expect(text).not.toContain(ESC);
    const lines = text.split('\n');
    const start = lines.findIndex((l) => l.startsWith(`  ✗ ${step} `));
    // the step's line and its evidence: everything before the diagnoses (their wording is the rules')
    const end = lines.findIndex((l, i) => i > start && !/^ {6}(case | {2})/.test(l));
    const result = graded.exercises[0].steps.find((s) => s.id === step) as StepResult;
    return { text: lines.slice(start, end < 0 ? undefined : end).join('\n'), result };
  }

  it('a number: expected vs yours', async () => {
    const { text } = await stepBlock('fail/cost-sign', 'logistic-regression', 'cost');
    expect(text).toBe(
      [
        '  ✗ cost                 0/1    5 of 5 cases wrong; case n_x=4, m=2: cost: expected 0.368517, yours' + ' -0.368517',
        '      case n_x=4, m=2 (A (1, 2), Y (1, 2)):',
        '        cost: expected 0.368517, yours -0.368517',
      ].join('\n'),
    );
  });

  it('a matrix: the count, then the first wrong entries with both values, aligned', async () => {
    const { text, result } = await stepBlock('diagnosed/missing-1-over-m', 'logistic-regression', 'dW');
    // the platforms' text says the same
    expect(stepText(result)).toContain('(0, 0)   -0.727282   -3.63641');
    expect(text).toBe(
      [
        '  ✗ dW                   0.25/1  3 of 4 cases wrong; case n_x=7, m=5: dW: 7 of 7 entries differ' +
          ' (largest error 2.91); the first, at (0, 0): expected -0.727282, yours -3.63641',
        '      case n_x=7, m=5 (X (7, 5), dZ (1, 5)):',
        '        dW: 7 of 7 entries differ (largest error 2.91); the first, at (0, 0): expected -0.727282,' + ' yours -3.63641',
        '          entry     expected      yours',
        '          (0, 0)   -0.727282   -3.63641',
        '          (1, 0)    0.023615   0.118075',
        '          (2, 0)   -0.330784   -1.65392',
        '          (3, 0)  0.00503109  0.0251555',
        '          … and 3 more wrong entries',
      ].join('\n'),
    );
  });

  it("an error in a correct file: the step's own line first, the calls to where it threw, what it printed", async () => {
    const { text, result } = await stepBlock('error/layer-count-off', 'deep-network', 'modelForward');
    expect(stepText(result)).toContain('→ called deep-network/linearForward.ts:6:12 (linearForward), where it threw');
    expect(text).toBe(
      [
        "  ✗ modelForward          0/2    TypeError: Cannot read properties of undefined (reading 'mmul')" +
          ' (deep-network/modelForward.ts:13:19, thrown in deep-network/linearForward.ts:6:12)',
        '      case L=3 [2,8,3,1], m=7 (X (2, 7), params { W1: (8, 2), b1: (8, 1), W2: (3, 8), b2: (3, 1),' + ' W3: (1, 3), b3: (1, 1) }):',
        "        at deep-network/modelForward.ts:13:19 (modelForward), in this step's file",
        '         → called deep-network/activationForward.ts:24:13 (activationForward)',
        '         → called deep-network/linearForward.ts:6:12 (linearForward), where it threw',
        '        your code printed 4 lines (see out/report.html)',
      ].join('\n'),
    );
  });

  it('a step that throws on 3 of 4 cases is an error and scores 0, though the m = 1 case passes', async () => {
    const { text, result } = await stepBlock('error/throws-except-m-1', 'logistic-regression', 'dW');
    expect(result.status).toBe('error');
    expect(result.score).toBe(0);
    expect(result.cases.map((c) => c.status)).toEqual(['error', 'error', 'error', 'passed']);
    expect(text).toBe(
      [
        '  ✗ dW                   0/1    threw on 3 of 4 cases (case n_x=7, m=5: TypeError: Cannot read' +
          " properties of undefined (reading '0') (logistic-regression/dW.ts:6:12)); a step that throws gets" +
          ' no credit for the 1 case it passed',
        '      case n_x=7, m=5 (X (7, 5), dZ (1, 5)):',
        '        at logistic-regression/dW.ts:6:12 (dW), where it threw',
      ].join('\n'),
    );
  });
});

describe('consoleReport, relu′(0)', () => {
  it("a dZ wrong only where Z is exactly 0 is told the contract's convention, relu′(0) = 0", async () => {
    const submission = fixtureSubmission('fail/relu-prime-at-zero');
    try {
      const exercises = EXERCISES.filter((e) => e.id === 'deep-network');
      const graded = await gradeSubmission({ submission, seed: 1234, exercises, onlySteps: ['dZ'] });
      const step = graded.exercises[0].steps.find((s) => s.id === 'dZ') as StepResult;
      expect(step.status).toBe('failed');
      const wrong = step.cases.filter((c) => c.status !== 'passed');
      expect(wrong.map((c) => c.name)).toEqual([expect.stringMatching(/^relu, Z with exact zeros/)]);
      const text = consoleReport(graded, { color: false });
      expect(text).toContain('where yours passes dA through: the contract takes relu′(0) = 0 (relu′(z) = 1 only for z > 0), so use Z > 0');
      // the fact that says what kind of wrong comes before the entries it explains
      expect(text.indexOf('relu′(0) = 0')).toBeLessThan(text.indexOf('        dZ: 8 of 96 entries differ'));
    } finally {
      rmSync(submission, { recursive: true, force: true });
    }
  });
});

describe('stepEvidence', () => {
  it('lists every problem of the first failing case, a length before the values it explains', () => {
    const step: StepResult = {
      ...base('train'),
      status: 'failed',
      message: 'wrong',
      cases: [
        {
          name: 'blobs',
          status: 'failed',
          args: [],
          message: 'w',
          durationMs: 1,
          output: 'a\nb\nc\n',
          problems: [
            { path: 'params.w', check: 'values', message: 'params.w: expected 1, yours 2' },
            { path: 'params.b', check: 'values', message: 'params.b: expected 0, yours 1' },
            { path: 'costs', check: 'shape', message: 'costs must have 30 entries; yours has 31' },
          ],
        },
      ],
    };
    expect(stepEvidence(step, { report: 'out/report.html' })).toEqual([
      'case blobs:',
      '  costs must have 30 entries; yours has 31',
      '  params.w: expected 1, yours 2',
      '  params.b: expected 0, yours 1',
      '  your code printed 3 lines (see out/report.html)',
    ]);
  });

  it("without a frame in the step's own file, gives the whole chain from the outermost own frame", () => {
    const frames = [
      { file: 'ex/helper.ts', line: 3, column: 9, fn: 'helper' },
      { file: 'ex/other.ts', line: 7, column: 2 },
    ];
    expect(chainLines({ name: 'Error', message: 'x', frames }, 'ex/step.ts')).toEqual([
      'at ex/other.ts:7:2',
      ' → called ex/helper.ts:3:9 (helper), where it threw',
    ]);
    expect(chainLines({ name: 'Error', message: 'x' }, 'ex/step.ts')).toEqual([]);
  });
});
