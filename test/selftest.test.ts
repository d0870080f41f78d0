// `grade selftest` as the test suite runs it: the reference gets full marks, and every mutant,
// handed in as a student's file and graded by the real engine, fails and is diagnosed as itself
// (at least 95% first, none passing), no two mutants of different misconceptions are
// indistinguishable on the cases, and no mutant is named as another misconception.
import { describe, expect, it } from 'vitest';
import { runSelftest, type SelftestReport } from '../grader/selftest/run.js';
import { SELF_DIAGNOSED_GOAL, selftestText, verdictOf } from '../grader/selftest/table.js';
import { PUBLIC_SEED } from '../grader/engine/seeds.js';
import { EXERCISES } from '../grader/spec/index.js';
import type { ExerciseSpec } from '../grader/spec/types.js';
import { gradeCli } from './helpers/cli.js';
import { repoRoot } from './helpers/submission.js';

describe('grade selftest', () => {
  let report: SelftestReport;

  // no wall-time assertion: a loaded machine must not fail it (npm run bench reports the time)
  it('grades the reference and every mutant', async () => {
    report = await runSelftest({ exercises: EXERCISES, seed: PUBLIC_SEED });
    expect(report.mutants.every((m) => m.how === 'engine')).toBe(true);
  }, 180_000);

  it('gives the reference full marks', () => {
    for (const r of report.reference) expect(r.score, r.exercise).toBe(r.maxScore);
  });

  it('fails every mutant, and diagnoses at least 95% of them as themselves first (in fact all)', () => {
    const v = verdictOf(report);
    expect(v.passing).toEqual([]);
    expect(v.selfRate).toBeGreaterThanOrEqual(SELF_DIAGNOSED_GOAL);
    const missed = report.mutants.filter((m) => m.diagnosed[0] !== m.id).map((m) => `${m.name}: ${m.diagnosed.join(', ')}`);
    expect(missed).toEqual([]);
  });

  it("never names a mutant as another misconception: for every mutant A and id B ≠ A's, A is not named B", () => {
    expect(verdictOf(report).misnamed).toEqual([]);
    expect(selftestText(report)).toContain('No mutant is named as another misconception.');
  });

  it('tells apart every two mutants of different misconceptions, and every mutant from the reference', () => {
    expect(report.pairs).toEqual([]);
    expect(report.likeReference).toEqual([]);
  });

  it('prints one line per mutant, the confusion table and the verdict', () => {
    const text = selftestText(report);
    expect(text).toContain('✓ deep-network/dW/missing-1-over-m');
    expect(text).toMatch(/Confusion \(misconception → diagnosed first as\):\n {2}\S+ +→ self \d+/);
    expect(text.trimEnd().split('\n').at(-1)).toBe('selftest passed');
  });

  it("checks a teacher's mutant that has no file in this process, as the engine would judge it", async () => {
    const graph = EXERCISES.find((e) => e.id === 'computation-graph') as ExerciseSpec;
    const withoutThree = (a: number, b: number, c: number) => ({ u: b * c, v: a + b * c, J: a + b * c });
    const mutants = [{ id: 'forgot-the-3', apply: withoutThree as never, message: 'J = v, the 3 forgotten — J = 3v', hint: 'J = 3 * v' }];
    const exercise = { ...graph, steps: graph.steps.map((s) => (s.id === 'forward' ? { ...s, mutants } : s)) };
    const small = await runSelftest({ exercises: [exercise], seed: PUBLIC_SEED });
    expect(small.mutants.find((m) => m.id === 'forgot-the-3')).toMatchObject({
      how: 'in-process',
      status: 'failed',
      diagnosed: ['forgot-the-3'],
    });
    expect(verdictOf(small).ok).toBe(true);
  });

  it('runs as `grade selftest --exercise computation-graph`, exit 0', async () => {
    const { code, stdout } = await gradeCli(['selftest', '--exercise', 'computation-graph'], { cwd: repoRoot });
    expect(stdout).toContain('✓ computation-graph/backward/missing-chain-factor');
    expect(code).toBe(0);
  });
});
