// The platform writers (Gradescope, PrairieLearn) against schemas written from each platform's
// public specification, on passing, failing, erroring and ungradable submissions graded by the
// real engine; and the results model's train plots against the project's own schema.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { afterAll, describe, expect, it } from 'vitest';
import { resultsAfterCrash } from '../grader/cli/complete.js';
import type { GradeResults } from '../grader/model/results.js';
import { EXERCISES } from '../grader/spec/index.js';
import { gradescopeReport, gradescopeResults } from '../reports/gradescope.js';
import { prairielearnReport, prairielearnResults } from '../reports/prairielearn.js';
import { REPORTER_NAMES } from '../reports/registry.js';
import { gradedSteps, ungradableReasons } from '../reports/text.js';
import { cleanUp, graded, OUTCOMES } from './helpers/graded.js';
import { repoRoot } from './helpers/submission.js';

const ajv = new Ajv2020({ allErrors: true, strict: true });
const schema = (name: string) => ajv.compile(JSON.parse(readFileSync(path.join(repoRoot, 'schema', name), 'utf8')));
const validGradescope = schema('gradescope-results.schema.json');
const validPrairieLearn = schema('prairielearn-results.schema.json');
const validResults = schema('results.schema.json');

afterAll(cleanUp);

const step = (r: GradeResults, id: string) => {
  const [exercise, name] = id.split('/');
  const found = r.exercises.find((e) => e.id === exercise)?.steps.find((s) => s.id === name);
  if (!found) throw new Error(`no step ${id}`);
  return found;
};

describe('the fixtures', () => {
  it.each(OUTCOMES)('%s: graded results are valid against the results schema, train plots included', async (outcome) => {
    const results = await graded(outcome);
    expect(validResults(results), JSON.stringify(validResults.errors)).toBe(true);
    expect(ungradableReasons(results).length > 0).toBe(outcome === 'ungradable');
  });

  it("a train case carries both cost curves and the student's boundary over 2-D data", async () => {
    const train = step(await graded('failing'), 'shallow-network/train');
    const c = train.cases[0];
    expect(c.costs?.every).toBe(1);
    expect(c.costs?.student.length).toBe(c.costs?.reference.length);
    expect(c.boundary?.grid).toHaveLength(24);
    expect(c.boundary?.grid.every((row) => row.length === 24)).toBe(true);
    const m = Number(/m=(\d+)/.exec(c.name)?.[1]);
    expect(c.boundary?.points).toHaveLength(m);
    // update-sign climbs the cost: the student's curve ends above where it starts
    const student = c.costs?.student ?? [];
    expect(Number(student.at(-1))).toBeGreaterThan(Number(student[0]));
    // the reference's does not
    expect(Number(c.costs?.reference.at(-1))).toBeLessThanOrEqual(Number(c.costs?.reference[0]));
  });

  it('no other step carries train plots', async () => {
    const results = await graded('passing');
    const withPlots = results.exercises.flatMap((e) => e.steps.filter((s) => s.cases.some((c) => c.costs || c.boundary)).map((s) => s.id));
    expect(new Set(withPlots)).toEqual(new Set(['train']));
  });
});

describe('Gradescope results', () => {
  it.each(OUTCOMES)('%s: valid against the documented format, one test per graded step', async (outcome) => {
    const results = await graded(outcome);
    const out = gradescopeResults(results);
    expect(validGradescope(out), JSON.stringify(validGradescope.errors)).toBe(true);
    expect(out.tests).toHaveLength(gradedSteps(results).length);
    expect(new Set(out.tests.map((t) => t.number)).size).toBe(out.tests.length);
    expect(out.tests.reduce((s, t) => s + t.score, 0)).toBeCloseTo(out.score, 6);
    expect(out.tests.reduce((s, t) => s + t.max_score, 0)).toBeCloseTo(results.maxScore, 6);
    for (const t of out.tests) expect(t.status === 'passed').toBe(t.score === t.max_score);
  });

  it('tags a failed test with its misconception ids and explains it in the output', async () => {
    const results = await graded('failing');
    const test = gradescopeResults(results).tests.find((t) => t.name === 'Shallow neural network: update');
    expect(test?.status).toBe('failed');
    expect(test?.tags).toEqual(step(results, 'shallow-network/update').diagnoses.map((d) => d.id));
    expect(test?.tags).toContain('update-sign');
    expect(test?.output).toMatch(/^FAILED: /);
    // a repro the student runs in their own workspace, not the platform's paths
    expect(test?.output).toMatch(/^Re-run: npx grade --exercise shallow-network --step update$/m);
  });

  it('writes gradescope-results.json', async () => {
    const [file] = gradescopeReport(await graded('passing'));
    expect(file.file).toBe('gradescope-results.json');
    expect(JSON.parse(file.content).score).toBe((await graded('passing')).maxScore);
  });
});

describe('PrairieLearn results', () => {
  it.each(['passing', 'failing', 'erroring'] as const)(
    '%s: gradable, valid, score in [0, 1], one test per graded step',
    async (outcome) => {
      const results = await graded(outcome);
      const out = prairielearnResults(results);
      expect(validPrairieLearn(out), JSON.stringify(validPrairieLearn.errors)).toBe(true);
      if (!out.gradable) throw new Error('not gradable');
      expect(out.score).toBeCloseTo(results.score / results.maxScore, 4);
      expect(out.tests).toHaveLength(gradedSteps(results).length);
      if (outcome === 'passing') expect(out.score).toBe(1);
      else expect(out.score).toBeLessThan(1);
    },
  );

  it('an erroring step says the error in its test', async () => {
    const out = prairielearnResults(await graded('erroring'));
    const relu = out.gradable ? out.tests.find((t) => t.name === 'deep-network/relu') : undefined;
    expect(relu?.points).toBe(0);
    expect(relu?.output).toMatch(/Error: TypeError: .*deep-network\/relu\.ts:5/);
  });

  it('a submission of the wrong layout is not gradable, with the reason as a format error', async () => {
    const out = prairielearnResults(await graded('ungradable'));
    expect(validPrairieLearn(out), JSON.stringify(validPrairieLearn.errors)).toBe(true);
    expect(out.gradable).toBe(false);
    expect(out).not.toHaveProperty('score');
    expect(out.gradable === false && out.format_errors[0]).toMatch(/laid out like exercises/);
  });

  it('a grader failure is not gradable either: the student keeps the attempt', () => {
    const crashed = resultsAfterCrash({
      error: new Error('disk full'),
      specs: EXERCISES,
      selection: { exercises: [], steps: [] },
      completed: new Map(),
      seed: 1,
      submission: '/tmp/x',
      startedAt: new Date(),
      repro: () => 'grade',
    });
    const out = prairielearnResults(crashed);
    expect(validPrairieLearn(out)).toBe(true);
    expect(out.gradable === false && out.format_errors.join()).toContain('disk full');
    expect(validGradescope(gradescopeResults(crashed))).toBe(true);
  });

  it('writes prairielearn-results.json', async () => {
    expect(prairielearnReport(await graded('passing'))[0].file).toBe('prairielearn-results.json');
  });
});

describe('the registry', () => {
  it('offers every format by the name --reporter takes', () => {
    expect(REPORTER_NAMES).toEqual(expect.arrayContaining(['json', 'html', 'junit', 'gradescope', 'prairielearn', 'github']));
  });
});
