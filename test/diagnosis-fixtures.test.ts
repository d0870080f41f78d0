// Diagnosis on submissions written the way students write (loops, ml-matrix calls, the np
// helper, their own steps imported), graded by the real engine in real student processes: each
// `diagnosed/` fixture is named first as its misconception, and the `pass/` fixtures — correct but
// written differently — pass without a single diagnosis (no false alarms).
import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CONTRACT_IDS, MISCONCEPTION_IDS } from '../grader/diagnosis/catalogue.js';
import { FACT_IDS } from '../grader/diagnosis/finding.js';
import { gradeSubmission } from '../grader/engine/grade-submission.js';
import type { StepResult } from '../grader/model/results.js';
import { EXERCISES } from '../grader/spec/index.js';
import { fixtureSubmission, fixturesDir } from './helpers/submission.js';

interface Diagnosed {
  /** `missing-1-over-m-cost`: the misconception id, then a variant. */
  fixture: string;
  exercise: string;
  step: string;
}

/** Every folder of diagnosed/: <id>[-variant]/<exercise>/<step>.ts, one changed step each. */
function diagnosedFixtures(): Diagnosed[] {
  const root = path.join(fixturesDir, 'diagnosed');
  return readdirSync(root)
    .sort()
    .map((fixture) => {
      const [exercise] = readdirSync(path.join(root, fixture));
      const [file] = readdirSync(path.join(root, fixture, exercise));
      return { fixture, exercise, step: file.replace(/\.ts$/, '') };
    });
}

/** The misconception a fixture stands for: the longest id its name starts with. */
const idOf = (fixture: string, ids: readonly string[]): string =>
  [...ids].sort((a, b) => b.length - a.length).find((id) => fixture === id || fixture.startsWith(`${id}-`)) ?? fixture;

const PASSING = [
  'pass/stable-sigmoid-forms',
  'pass/dA-through-sigmoid',
  'pass/z-greater-than-zero',
  'pass/loops-networks',
  'pass/loops-and-arrays',
];

const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

async function grade(fixture: string, exercises: string[], steps?: string[]): Promise<StepResult[]> {
  const submission = fixtureSubmission(fixture);
  made.push(submission);
  const specs = EXERCISES.filter((e) => exercises.includes(e.id));
  const results = await gradeSubmission({ submission, seed: 1234, exercises: specs, ...(steps ? { onlySteps: steps } : {}) });
  return results.exercises.flatMap((e) => e.steps);
}

const ALL = diagnosedFixtures();

describe('diagnosed fixtures: named first as their misconception', () => {
  it('cover every misconception id of the contract', () => {
    const covered = new Set(ALL.map((f) => idOf(f.fixture, CONTRACT_IDS)));
    expect(CONTRACT_IDS.filter((id) => !covered.has(id))).toEqual([]);
  });

  it.concurrent.each(ALL.map((f) => [f.fixture, f] as const))('%s', async (_name, f) => {
    const [step] = (await grade(`diagnosed/${f.fixture}`, [f.exercise], [f.step])).filter((s) => s.id === f.step);
    expect(step.status, step.message).not.toBe('passed');
    const want = idOf(f.fixture, MISCONCEPTION_IDS);
    expect(
      step.diagnoses.map((d) => d.id),
      step.message,
    ).toContain(want);
    expect(step.diagnoses[0].id, JSON.stringify(step.diagnoses, null, 1)).toBe(want);
    // every diagnosis says what was wrong, the right formula, and what to change
    for (const d of step.diagnoses) expect(d.message.length * d.hint.length).toBeGreaterThan(0);
  });
});

describe('pass fixtures, correct but written differently: no diagnosis at all', () => {
  it.concurrent.each(PASSING)('%s', async (fixture) => {
    const exercises = readdirSync(path.join(fixturesDir, fixture));
    const steps = await grade(fixture, exercises);
    const broken = steps.filter((s) => s.status !== 'passed').map((s) => `${s.id}: ${s.message}`);
    expect(broken).toEqual([]);
    expect(steps.flatMap((s) => s.diagnoses)).toEqual([]);
  });
});

/** fail/ fixtures of mistakes no misconception names, each with an UNCATALOGUED.md saying what it is. */
const UNCATALOGUED = readdirSync(path.join(fixturesDir, 'fail'))
  .sort()
  .filter((f) => existsSync(path.join(fixturesDir, 'fail', f, 'UNCATALOGUED.md')));

describe('uncatalogued mistakes: the step fails, and no misconception is named', () => {
  it('there are some', () => expect(UNCATALOGUED.length).toBeGreaterThanOrEqual(8));

  it.concurrent.each(UNCATALOGUED)('fail/%s', async (fixture) => {
    const root = path.join(fixturesDir, 'fail', fixture);
    const exercises = readdirSync(root).filter((e) => statSync(path.join(root, e)).isDirectory());
    const changed = exercises.flatMap((e) => readdirSync(path.join(root, e)).map((f) => f.replace(/\.ts$/, '')));
    const steps = (await grade(`fail/${fixture}`, exercises, changed)).filter((s) => changed.includes(s.id));
    expect(steps.map((s) => s.status)).not.toContain('passed');
    const named = steps.flatMap((s) => s.diagnoses).filter((d) => !FACT_IDS.includes(d.id));
    expect(named.map((d) => `${d.id}: ${d.message}`)).toEqual([]);
  });
});
