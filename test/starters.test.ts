// The student workspace `exercises/`: one starter per step of the contract (shared/curriculum.md),
// each compiling, exporting the step with the contract's number of parameters, and throwing the
// error the grader recognises as "not started yet".
import { describe, expect, it } from 'vitest';
import { Matrix } from 'ml-matrix';
import { transformSync } from 'esbuild';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

const root = fileURLToPath(new URL('../exercises/', import.meta.url));

/** Every step of the contract, with its number of parameters. */
const CONTRACT: Record<string, Record<string, number>> = {
  'computation-graph': { forward: 3, backward: 3 },
  'logistic-regression': {
    sigmoid: 1,
    initializeWithZeros: 1,
    forward: 3,
    cost: 2,
    dZ: 2,
    dW: 2,
    db: 1,
    update: 3,
    predict: 3,
    train: 3,
  },
  'shallow-network': {
    layerSizes: 3,
    initializeParameters: 4,
    forward: 2,
    cost: 2,
    backward: 4,
    update: 3,
    predict: 2,
    train: 3,
  },
  'deep-network': {
    initializeParameters: 2,
    linearForward: 3,
    sigmoid: 1,
    relu: 1,
    activationForward: 4,
    modelForward: 2,
    cost: 2,
    dZ: 3,
    dW: 2,
    db: 1,
    dAPrev: 2,
    modelBackward: 3,
    update: 3,
    predict: 2,
    train: 4,
  },
};

/** Files in an exercise folder that are not steps (shared types, the README). */
const NOT_STEPS = new Set(['types.ts', 'README.md']);

const exerciseDirs = (): string[] =>
  readdirSync(root)
    .filter((name) => statSync(join(root, name)).isDirectory())
    .sort();

const stepFiles = (exercise: string): string[] =>
  readdirSync(join(root, exercise))
    .filter((f) => !NOT_STEPS.has(f))
    .sort();

const cases = Object.entries(CONTRACT).flatMap(([exercise, steps]) =>
  Object.entries(steps).map(([step, arity]) => ({ exercise, step, arity, file: join(root, exercise, `${step}.ts`) })),
);

describe('exercises/ layout', () => {
  it('has one folder per exercise of the contract', () => {
    expect(exerciseDirs()).toEqual(Object.keys(CONTRACT).sort());
  });

  it.each(Object.keys(CONTRACT))('%s has exactly one starter per step, and no index file', (exercise) => {
    const expected = Object.keys(CONTRACT[exercise])
      .map((step) => `${step}.ts`)
      .sort();
    expect(stepFiles(exercise)).toEqual(expected);
  });

  it.each(Object.keys(CONTRACT))('%s has a README linking every step file, with the grade command', (exercise) => {
    const readme = readFileSync(join(root, exercise, 'README.md'), 'utf8');
    for (const step of Object.keys(CONTRACT[exercise])) expect(readme).toContain(`(${step}.ts)`);
    expect(readme).toContain(`npx grade --exercise ${exercise}`);
  });

  it('has a workspace README', () => {
    expect(existsSync(join(root, 'README.md'))).toBe(true);
  });
});

const named = cases.map((c) => [`${c.exercise}/${c.step}.ts`, c] as const);

describe.each(named)('exercises/%s', (_name, { exercise, step, arity, file }) => {
  it('compiles with esbuild (ts → esm, as the grader does)', () => {
    const source = readFileSync(file, 'utf8');
    const out = transformSync(source, { loader: 'ts', format: 'esm', sourcefile: file });
    expect(out.warnings).toEqual([]);
    expect(out.code).toContain(step);
  });

  it('documents the formula and cites the notes', () => {
    const source = readFileSync(file, 'utf8');
    expect(source).toMatch(/\/\*\*[\s\S]*notes 00[0-4][\s\S]*\*\/\s*export function/);
  });

  it(`exports ${step} with the contract's parameters and throws "not implemented yet"`, async () => {
    const mod = (await import(file)) as Record<string, unknown>;
    const fn = mod[step];
    expect(typeof fn).toBe('function');
    const call = fn as (...args: unknown[]) => unknown;
    expect(call.length).toBe(arity);
    const dummies = Array.from({ length: arity }, () => Matrix.zeros(1, 1));
    expect(() => call(...dummies)).toThrow(new Error(`not implemented yet: ${exercise}/${step}`));
  });
});
