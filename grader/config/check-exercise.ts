// What a teacher's exercise.ts exports, checked before the engine sees it: each problem names the
// field (`steps[2].reference`) and what the engine expects there, so a mistake in the exercise is
// a clear usage error (exit code 2) rather than a crash in the middle of grading.
import { UsageError } from '../engine/errors.js';
import { STEP_KINDS, type ExerciseSpec } from '../spec/types.js';

type Rec = Record<string, unknown>;
type Rule = [key: string, ok: (v: unknown) => boolean, expected: string, optional?: boolean];

const isRecord = (v: unknown): v is Rec => v !== null && typeof v === 'object' && !Array.isArray(v);
const isFunction = (v: unknown): boolean => typeof v === 'function';
const isText = (v: unknown): boolean => typeof v === 'string' && v.length > 0;
const isKind = (v: unknown): boolean => (STEP_KINDS as readonly unknown[]).includes(v);
const isList =
  (ok: (v: unknown) => boolean) =>
  (v: unknown): boolean =>
    Array.isArray(v) && v.every(ok);

const EXERCISE_RULES: Rule[] = [
  [
    'id',
    (v) => typeof v === 'string' && /^[a-z0-9]+(-[a-z0-9]+)*$/.test(v),
    'the exercise id in kebab-case, also its folder name in a submission (e.g. "tanh-network")',
  ],
  ['title', isText, 'a title for reports (e.g. "Shallow network with a tanh hidden layer")'],
  ['notes', (v) => typeof v === 'string', 'the lecture notes it comes from (a string, may be empty)', true],
  ['steps', (v) => Array.isArray(v) && v.length > 0, 'a non-empty list of steps'],
];

const STEP_RULES: Rule[] = [
  [
    'id',
    (v) => typeof v === 'string' && /^[A-Za-z][A-Za-z0-9]*$/.test(v),
    'the step name, also its file name and export (e.g. "backward")',
  ],
  ['kind', isKind, `what it computes, one of ${STEP_KINDS.join(', ')}`, true],
  ['params', isList((p) => typeof p === 'string'), 'the argument names in order, a list of strings'],
  ['reference', isFunction, 'the reference implementation, a function'],
  ['cases', isFunction, 'a function (rng) => Case[] drawing the seeded cases'],
  ['points', (v) => typeof v === 'number' && v >= 0, 'a number ≥ 0', true],
  ['tolerance', isRecord, 'an object { rtol?, atol? }', true],
  ['timeoutMs', (v) => typeof v === 'number' && v > 0, 'a number of milliseconds > 0', true],
  ['properties', isList(isFunction), 'a list of property-check functions', true],
  [
    'gradientCheck',
    (v) => isRecord(v) && isFunction(v.point) && isFunction(v.cost),
    'an object with point(c) and cost(c, point) functions',
    true,
  ],
  [
    'mutants',
    isList((m) => isRecord(m) && isText(m.id) && isFunction(m.apply)),
    'a list of { id, apply } (apply: the step with one known mistake)',
    true,
  ],
];

function problems(value: Rec, rules: Rule[], where: string): string[] {
  return rules.flatMap(([key, ok, expected, optional]) => {
    if (value[key] === undefined && optional) return [];
    return ok(value[key]) ? [] : [`${where}${key} must be ${expected}${value[key] === undefined ? ' (it is missing)' : ''}`];
  });
}

export function checkExercise(value: unknown, entry: string): ExerciseSpec {
  const fail = (found: string[]): never => {
    throw new UsageError(`${entry} is not a valid exercise:\n${found.map((p) => `  - ${p}`).join('\n')}`);
  };
  if (!isRecord(value))
    return fail(['its default export must be the ExerciseSpec: `export default defineExercise({ id, title, notes, steps })`']);
  const found = problems(value, EXERCISE_RULES, '');
  const steps = Array.isArray(value.steps) ? value.steps : [];
  steps.forEach((step, i) =>
    found.push(...(isRecord(step) ? problems(step, STEP_RULES, `steps[${i}].`) : [`steps[${i}] must be a step object`])),
  );
  const ids = steps.map((s) => (isRecord(s) ? s.id : undefined));
  ids.forEach((id, i) => {
    if (ids.indexOf(id) !== i)
      found.push(`steps[${i}].id ${JSON.stringify(id)} is also steps[${ids.indexOf(id)}].id: step ids must differ`);
  });
  if (found.length > 0) fail(found);
  return { notes: '', ...value } as unknown as ExerciseSpec;
}
