// schema/results.schema.json: strict under ajv, in step with the TypeScript model, precise enough to
// reject malformed results, and satisfied by every results.json the CLI produces.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { CASE_STATUSES, STEP_STATUSES, type Check, type GradeResults } from '../grader/model/results.js';
import { gradeCli } from './helpers/cli.js';
import { repoRoot } from './helpers/submission.js';
import { tempFolders } from './helpers/temp.js';

const schema = JSON.parse(readFileSync(path.join(repoRoot, 'schema', 'results.schema.json'), 'utf8'));
const validate = new Ajv2020({ allErrors: true, strict: true }).compile<GradeResults>(schema);
const errorsOf = (value: unknown): string => (validate(value) ? '' : JSON.stringify(validate.errors, null, 1));

// A Record over the model's Check type: a new check fails to compile here until it is listed.
const CHECKS: Record<Check, true> = { type: true, keys: true, shape: true, finite: true, values: true, mutation: true, property: true };

/** Results using every optional field and every step variant. */
function maximal(): GradeResults {
  const base = { score: 0, maxScore: 1, message: 'm', file: 'ex/s.ts', causedBy: ['a'], repro: 'grade', durationMs: 1 };
  const full = {
    ...base,
    diagnoses: [{ id: 'missing-1-over-m', message: 'm', hint: 'h' }],
    cases: [
      {
        name: 'm=3',
        status: 'failed' as const,
        args: [{ name: 'X', summary: '(2, 3)' }],
        message: 'm',
        output: 'printed',
        durationMs: 1,
        problems: [
          {
            path: 'dW1',
            check: 'values' as const,
            message: 'm',
            expected: { $m: [[1, { $num: 'NaN' as const }]] },
            received: { w: [1, 'a', true, null, { $undefined: true }] },
            stats: {
              maxAbsError: 1,
              maxRelError: 0.5,
              wrongCount: 1,
              total: 2,
              firstPositions: [[0, 1]] as [number, number][],
              rtol: 1e-5,
              atol: 1e-8,
            },
          },
        ],
      },
    ],
    gradientChecks: [
      { tensor: 'dW1', against: 'own-forward' as const, relativeDifference: null, threshold: 1e-7, passed: false, case: 'm=3' },
    ],
  };
  const error = { name: 'TypeError', message: 'm', file: 'ex/s.ts', line: 3, column: 5, stack: 's' };
  return {
    schemaVersion: 1,
    tool: { name: 'mlgrade', version: '0.1.0' },
    seed: 1234,
    submission: '/s',
    startedAt: '2025-01-01T00:00:00.000Z',
    durationMs: 5,
    score: 1,
    maxScore: 6,
    graderError: error,
    exercises: [
      {
        id: 'ex',
        title: 'Ex',
        score: 1,
        maxScore: 6,
        steps: [
          { ...full, id: 'a', status: 'passed' },
          { ...full, id: 'b', status: 'failed' },
          { ...full, id: 'c', status: 'error', error },
          { ...full, id: 'd', status: 'timeout', limitMs: 2000 },
          { ...full, id: 'e', status: 'missing', lookedFor: ['ex/e.ts'] },
          { ...full, id: 'f', status: 'skipped' },
        ],
      },
    ],
  };
}

type Mutable = Record<string, unknown>;
const firstStep = (r: GradeResults, i: number): Mutable => r.exercises[0].steps[i] as unknown as Mutable;

describe('the results schema', () => {
  it('lists exactly the statuses and checks of the model', () => {
    expect(schema.$defs.step.properties.status.enum).toEqual([...STEP_STATUSES]);
    expect(schema.$defs.step.oneOf.map((v: { properties: { status: { const: string } } }) => v.properties.status.const)).toEqual([
      ...STEP_STATUSES,
    ]);
    expect(schema.$defs.case.properties.status.enum).toEqual([...CASE_STATUSES]);
    expect(schema.$defs.problem.properties.check.enum).toEqual(Object.keys(CHECKS));
  });

  it('accepts results with every optional field and every step variant', () => {
    expect(errorsOf(maximal())).toBe('');
  });

  const rejects: [string, (r: GradeResults) => void][] = [
    ['an error step without its error', (r) => delete firstStep(r, 2).error],
    ['a timeout step without limitMs', (r) => delete firstStep(r, 3).limitMs],
    ['a passed step carrying lookedFor', (r) => (firstStep(r, 0).lookedFor = [])],
    ['an unknown step status', (r) => (firstStep(r, 1).status = 'partial')],
    ['an unknown field on a step', (r) => (firstStep(r, 0).extra = 1)],
    ['an unknown field at the top', (r) => ((r as unknown as Mutable).extra = 1)],
    ['a missing required field', (r) => delete (r as unknown as Mutable).seed],
    ['another schema version', (r) => ((r as unknown as Mutable).schemaVersion = 2)],
    ['an unknown check', (r) => ((r.exercises[0].steps[0].cases[0].problems[0] as unknown as Mutable).check = 'vibes')],
    ['an unknown gradient-check reference', (r) => ((r.exercises[0].steps[0].gradientChecks[0] as unknown as Mutable).against = 'numpy')],
    ['a diagnosis id that is not kebab-case', (r) => ((r.exercises[0].steps[0].diagnoses[0] as unknown as Mutable).id = 'Missing 1/m')],
    ['a negative score', (r) => ((r as unknown as Mutable).score = -1)],
    ['a date that is not ISO 8601', (r) => ((r as unknown as Mutable).startedAt = 'yesterday')],
  ];
  it.each(rejects)('rejects %s', (_name, spoil) => {
    const r = maximal();
    spoil(r);
    expect(validate(r)).toBe(false);
  });
});

describe('every results.json the CLI writes validates', () => {
  const temp = tempFolders('mlgrade-schema-');
  const outDir = temp();
  let runs = 0;

  /** Grades and returns both the --json stdout and the written results.json, which must agree. */
  async function grade(submission: string, extra: string[] = []): Promise<unknown> {
    const out = path.join(outDir, String(runs++));
    const { code, stdout, stderr } = await gradeCli(['--submission', submission, '--json', '--out-dir', out, ...extra], { cwd: repoRoot });
    // exit 1 (not passed) and 2 (grader error, results still written) both give results
    expect([0, 1, 2], stderr).toContain(code);
    expect(readFileSync(path.join(out, 'results.json'), 'utf8')).toBe(stdout);
    return JSON.parse(stdout);
  }

  it('for the reference and the untouched exercises', async () => {
    expect(errorsOf(await grade('reference'))).toBe('');
    expect(errorsOf(await grade('exercises'))).toBe('');
  });

  // the infinite loop is graded on its own step: every later step that calls it would wait out a limit too
  const fixtures: [string, string[]][] = [
    ['fail/wrong-shape', ['logistic-regression']],
    ['fail/nan', ['logistic-regression']],
    ['fail/mutates-input', ['logistic-regression']],
    ['error/syntax', ['logistic-regression']],
    ['error/throws', ['deep-network']],
    ['missing/misnamed-export', ['logistic-regression']],
    ['fail/missing-1-over-m', ['deep-network']],
    ['timeout/infinite-loop', ['deep-network', '--step', 'dAPrev']],
  ];
  it.each(fixtures)('for the fixture %s', async (fixture, [exercise, ...rest]) => {
    const dir = temp.fixture(fixture);
    expect(errorsOf(await grade(dir, ['--exercise', exercise, ...rest]))).toBe('');
  });
});
