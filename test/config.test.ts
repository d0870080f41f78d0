// grade.config.json: validated against the committed schema (the one editors complete from), and
// every problem is a usage error (exit code 2) naming the key and what is expected there. Also the
// other ways in: --exercises-dir, hidden-seed files, and teachers' exercise files that are wrong.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { assignmentFor } from '../grader/config/assignment.js';
import { readHiddenSeeds } from '../grader/config/hidden-seeds.js';
import { UsageError } from '../grader/engine/errors.js';
import { EXERCISES } from '../grader/spec/index.js';
import { repoRoot } from './helpers/submission.js';
import { tempFolders } from './helpers/temp.js';

const tmp = tempFolders('mlgrade-config-')();
const example = path.join(repoRoot, 'extra', 'tanh-network');

let n = 0;
/** A configuration file in its own folder, next to a copy of the worked example. */
function configFile(content: unknown): string {
  const dir = path.join(tmp, `c${n++}`);
  cpSync(example, path.join(dir, 'tanh-network'), { recursive: true });
  const file = path.join(dir, 'grade.config.json');
  writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content));
  return file;
}

async function problem(args: Parameters<typeof assignmentFor>[0]): Promise<string> {
  const error = await assignmentFor(args).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(UsageError);
  return (error as UsageError).message;
}
const configProblem = (content: unknown): Promise<string> => problem({ config: configFile(content) });

describe('grade.config.json', () => {
  it('without one, grading is the built-in exercises, the very same objects', async () => {
    expect((await assignmentFor({}, tmp)).exercises).toBe(EXERCISES);
  });

  it("chooses built-in exercises, adds the teacher's, and sets points", async () => {
    const a = await assignmentFor({
      config: configFile({
        builtInExercises: ['logistic-regression'],
        exercises: ['./tanh-network'],
        points: { 'logistic-regression/dW': 3, 'tanh-network/backward': 4 },
      }),
    });
    expect(a.exercises.map((e) => e.id)).toEqual(['logistic-regression', 'tanh-network']);
    const points = (id: string, step: string) => a.exercises.find((e) => e.id === id)?.steps.find((s) => s.id === step)?.points;
    expect([points('logistic-regression', 'dW'), points('tanh-network', 'backward'), points('logistic-regression', 'train')]).toEqual([
      3, 4, 2,
    ]);
    // the built-in specs themselves are untouched
    expect(EXERCISES[1].steps.find((s) => s.id === 'dW')?.points).toBeUndefined();
  });

  it.each([
    [{ exercises: 'tanh-network' }, /exercises must be a list \(it is string "tanh-network"\): Exercises of your own/],
    [
      { exercise: ['./tanh-network'] },
      /exercise is not a key this grader knows; the keys are: \$schema, title, builtInExercises, exercises, points, release/,
    ],
    [{ hiddenSeeds: [1, 2] }, /hiddenSeeds: Not allowed here: this file may reach students\. Hidden seeds live in a separate file/],
    [
      { builtInExercises: ['logistic'] },
      new RegExp(
        /builtInExercises\[0\] must be one of "computation-graph", "logistic-regression", /.source +
          /"shallow-network", "deep-network" \(it is string "logistic"\)/.source,
      ),
    ],
    [{ points: { dW: 2 } }, /points\.dW: a key here must be "exercise\/step", like "logistic-regression\/dW"/],
    [
      { points: { 'logistic-regression/dW': -1 } },
      /points\["logistic-regression\/dW"\] must be ≥ 0 \(it is number -1\): The step's points/,
    ],
    [
      { points: { 'logistic-regression/dw': 2 } },
      /points\["logistic-regression\/dw"\]: exercise logistic-regression has no step dw \(its steps: sigmoid, initializeWithZeros/,
    ],
    [{ release: { hiddenSeedCount: 0 } }, /release\.hiddenSeedCount must be ≥ 1 \(it is number 0\): How many hidden seeds/],
    [{ exercises: ['./nowhere'] }, /exercises\[0\] is "\.\/nowhere", which is not a folder next to grade\.config\.json/],
    ['{ "exercises": [', /is not JSON/],
  ])('%j: names the key and what is expected', async (content, message) => {
    const text = await configProblem(content);
    expect(text).toMatch(/grade\.config\.json/);
    expect(text).toMatch(message);
  });

  it('lists every problem at once', async () => {
    const text = await configProblem({ title: '', points: { 'a/b': 'x' }, builtInExercises: ['deep-network', 'deep-network'] });
    expect(text.split('\n').filter((l) => l.startsWith('  - '))).toHaveLength(3);
  });

  it('is read from the working folder, or --config; a broken one stops the grader with exit code 2', () => {
    const file = configFile({ points: { 'logistic-regression/dW': 'two' } });
    const run = spawnSync(process.execPath, [path.join(repoRoot, 'dist', 'cli.js'), '--submission', repoRoot], {
      cwd: path.dirname(file),
      encoding: 'utf8',
    });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/points\["logistic-regression\/dW"\] must be a number \(it is string "two"\)/);
  });

  it('has a schema editors can complete from: draft 2020-12, every key described', () => {
    const schema = JSON.parse(readFileSync(path.join(repoRoot, 'schema', 'grade.config.schema.json'), 'utf8'));
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(() => new Ajv2020({ strict: true }).compile(schema)).not.toThrow();
    const undescribed = (node: Record<string, unknown>, at: string): string[] =>
      Object.entries((node.properties ?? {}) as Record<string, Record<string, unknown>>).flatMap(([key, sub]) => [
        ...(typeof sub.description === 'string' ? [] : [`${at}${key}`]),
        ...undescribed(sub, `${at}${key}.`),
      ]);
    expect(undescribed(schema, '')).toEqual([]);
    // the worked example's configuration is valid
    expect(
      new Ajv2020({ strict: false }).compile(schema)(JSON.parse(readFileSync(path.join(repoRoot, 'extra', 'grade.config.json'), 'utf8'))),
    ).toBe(true);
  });
});

describe("teachers' exercises and hidden seeds", () => {
  it('--exercises-dir takes an exercise folder or a folder of them', async () => {
    expect((await assignmentFor({ exercisesDirs: [path.join(repoRoot, 'extra')] })).teacher.map((t) => t.id)).toEqual(['tanh-network']);
    expect((await assignmentFor({ exercisesDirs: [example] })).exercises.at(-1)?.id).toBe('tanh-network');
    expect(await problem({ exercisesDirs: [tmp] })).toMatch(/neither it nor a folder in it has an exercise\.ts/);
  });

  it('an exercise file that is not a valid exercise says which field is wrong', async () => {
    const dir = path.join(tmp, 'broken');
    mkdirSync(dir);
    writeFileSync(
      path.join(dir, 'exercise.js'),
      'export default { id: "Broken One", title: "x", steps: [{ id: "f", params: ["x"], cases: () => [] }, ' +
        '{ id: "f", params: "x", reference: (x) => x, cases: () => [] }] };\n',
    );
    const text = await problem({ exercisesDirs: [dir] });
    expect(text).toMatch(/id must be the exercise id in kebab-case/);
    expect(text).toMatch(/steps\[0\]\.reference must be the reference implementation, a function \(it is missing\)/);
    expect(text).toMatch(/steps\[1\]\.params must be the argument names in order/);
    expect(text).toMatch(/steps\[1\]\.id "f" is also steps\[0\]\.id/);
  });

  it('an exercise must not import from outside its folder, nor fail to compile', async () => {
    const outside = path.join(tmp, 'outside');
    mkdirSync(outside);
    writeFileSync(path.join(tmp, 'shared.ts'), 'export const k = 1;\n');
    writeFileSync(path.join(outside, 'exercise.ts'), "import { k } from '../shared';\nexport default { k };\n");
    expect(await problem({ exercisesDirs: [outside] })).toMatch(/imports \.\.\/shared\.ts, outside its folder/);
    writeFileSync(path.join(outside, 'exercise.ts'), 'export default {\n');
    expect(await problem({ exercisesDirs: [outside] })).toMatch(/does not compile: .*exercise\.ts:2:\d+/);
  });

  it('hidden seeds come from their own file: whole numbers, never the public seed', () => {
    const file = path.join(tmp, 'seeds.json');
    writeFileSync(file, JSON.stringify({ hiddenSeeds: [5, 6, 5] }));
    expect(readHiddenSeeds(file)).toEqual([5, 6]);
    for (const bad of [{ hiddenSeeds: [] }, { hiddenSeeds: [1234] }, { hiddenSeeds: [1.5] }, { seeds: [1] }]) {
      writeFileSync(file, JSON.stringify(bad));
      expect(() => readHiddenSeeds(file)).toThrow(
        /hiddenSeeds must be a non-empty list of whole numbers ≥ 0 other than the public seed 1234/,
      );
    }
  });
});
