// Property checks by name. A table cannot hold functions, so it names each check of a step and
// the student bundle looks the name up here: the built-in ones, which teachers reuse through
// `mlgrade/exercise` (TRAIN_PROPERTIES), are the same functions in both graders.
import { reluAtZero } from '../compare/relu-at-zero.js';
import { TRAIN_PROPERTIES } from '../spec/train-properties.js';
import type { PropertyCheck } from '../spec/types.js';

const NAMED: Record<string, PropertyCheck> = {
  ...Object.fromEntries(TRAIN_PROPERTIES.map((check, i) => [`train:${i}`, check])),
  'relu-at-zero': reluAtZero,
};

/** The names of the known checks, and how many are not known (a teacher's own). */
export function propertyNames(checks: PropertyCheck[]): { names: string[]; unknown: number } {
  const names = checks.map((check) => Object.keys(NAMED).find((name) => NAMED[name] === check));
  return { names: names.filter((n): n is string => n !== undefined), unknown: names.filter((n) => n === undefined).length };
}

export function propertyNamed(name: string): PropertyCheck {
  const check = NAMED[name];
  if (!check) throw new Error(`the oracle table names a property check this grader does not have: ${name}`);
  return check;
}
