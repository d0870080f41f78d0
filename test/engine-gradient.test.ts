// Gradient checks per tensor, against the reference cost and against the student's own forward
// and cost (computed in the student process): a backward wrong in one tensor fails there only.
import { describe, expect, it } from 'vitest';
import { gradeSubmission } from '../grader/engine/grade-submission.js';
import { EXERCISES } from '../grader/spec/index.js';
import { tempFolders } from './helpers/temp.js';

const temp = tempFolders('mlgrade-gradient-');

async function backwardChecks(fixture: string) {
  const submission = temp.fixture(fixture);
  const results = await gradeSubmission({
    submission,
    seed: 1234,
    exercises: EXERCISES.filter((e) => e.id === 'shallow-network'),
    onlySteps: ['backward'],
  });
  const step = results.exercises[0].steps.find((s) => s.id === 'backward');
  return new Map(step?.gradientChecks.map((g) => [`${g.tensor}/${g.against}`, g]));
}

describe('gradient checks', () => {
  it('pass for every tensor of a correct backward, against both the reference and the own forward', async () => {
    const checks = await backwardChecks('pass/loops-and-arrays');
    expect([...checks.keys()].sort()).toEqual(['dW1', 'db1', 'dW2', 'db2'].flatMap((t) => [`${t}/own-forward`, `${t}/reference`]).sort());
    for (const g of checks.values()) expect(g.relativeDifference ?? 1, `${g.tensor} ${g.against}`).toBeLessThan(1e-7);
  });

  it('name the one tensor in which a backward disagrees with its own forward', async () => {
    const checks = await backwardChecks('fail/backward-disagrees-in-db2');
    const failed = [...checks.values()]
      .filter((g) => !g.passed)
      .map((g) => `${g.tensor}/${g.against}`)
      .sort();
    expect(failed).toEqual(['db2/own-forward', 'db2/reference']);
    expect(checks.get('db2/own-forward')?.relativeDifference).toBeGreaterThan(0.1);
  });
});
