// The exact rule: run every mutant of the step (the reference with one known mistake) on the same
// cases, in this process, and compare with what the student returned, through the same funnel and
// tolerances. A mutant that reproduces every result names the misconception.
import { decode, type Value } from '../../compare/value.js';
import { encode } from '../../model/wire.js';
import type { Case, Mutant, StepSpec } from '../../spec/types.js';
import { CATALOGUE, isMisconceptionId } from '../catalogue.js';
import { finding, RANK, type DiagnosisInput, type Finding, type Rule } from '../finding.js';
import { fixOf } from '../formulas.js';
import { mutantsOf } from '../mutants/index.js';
import { oracleOf } from '../../oracle/types.js';
import { errorClass, privateArgs, sameValue, valuesWrong, type ErrorClass } from '../values.js';

/** What one call gave: a value, or an error of some class. */
export type Outcome = { kind: 'value'; value: Value } | { kind: 'threw'; error: ErrorClass; message?: string };

/** Runs a mutant on its own copy of a case's arguments. */
export function runMutant(mutant: Mutant, c: Case): Outcome {
  try {
    const out = (mutant.apply as (...args: unknown[]) => unknown)(...privateArgs(c.args));
    return { kind: 'value', value: decode(encode(out)) };
  } catch (e) {
    const error = e instanceof Error ? e : new Error(String(e));
    return { kind: 'threw', error: errorClass(error), message: `${error.name}: ${error.message}` };
  }
}

/** Two outcomes agree: both values pass as each other, or both calls threw the same class of error. */
export function sameOutcome(a: Outcome, b: Outcome, step: StepSpec, c: Case): boolean {
  if (a.kind === 'value' && b.kind === 'value') return sameValue(a.value, b.value, step, c);
  return a.kind === 'threw' && b.kind === 'threw' && a.error === b.error;
}

/** The student's outcome on case i, or undefined when it timed out (nothing to compare). */
export function studentOutcome(input: DiagnosisInput, i: number): Outcome | undefined {
  const value = input.received[i];
  if (value !== undefined) return { kind: 'value', value };
  const error = input.errors[i];
  return error ? { kind: 'threw', error: errorClass(error) } : undefined;
}

/** What a mutant gives on a case: run here, or read from a release's table (undefined: unknown). */
export type MutantRunner = (mutant: Mutant, c: Case) => Outcome | undefined;

/** Whether the mutant gives what the student gave on every case, and that differs from the right result somewhere. */
export function reproduces(mutant: Mutant, input: DiagnosisInput, run: MutantRunner = runMutant): boolean {
  let compared = 0;
  let wrongShown = false;
  for (const [i, c] of input.cases.entries()) {
    const student = studentOutcome(input, i);
    if (!student) continue;
    const outcome = run(mutant, c);
    if (!outcome || !sameOutcome(outcome, student, input.step, c)) return false;
    compared += 1;
    wrongShown ||= valuesWrong(input.results[i]);
  }
  return compared > 0 && wrongShown;
}

/** The mutant's own words, or the catalogue's title of its id. */
function messageOf(mutant: Mutant, input: DiagnosisInput): Finding {
  if (mutant.message) return { id: mutant.id, message: mutant.message, hint: mutant.hint ?? fixOf(mutant.id), rank: RANK.exact };
  const title = isMisconceptionId(mutant.id) ? CATALOGUE[mutant.id].title : mutant.id;
  return { ...finding(input, mutant.id, `${input.step.id} reproduces "${title}" on every case`, RANK.exact), ...(mutant.hint ? { hint: mutant.hint } : {}) };
}

export const mutantRule: Rule = (input) => {
  // a release's student bundle has no mutant code: its table oracle holds each mutant's outcomes
  const oracle = oracleOf(input.exercise);
  const mutants = oracle ? oracle.mutants(input.step.id) : mutantsOf(input.exercise, input.step);
  const run: MutantRunner = oracle ? (m, c) => oracle.mutantOutcome(input.step.id, m, c) : runMutant;
  return mutants.filter((m) => reproduces(m, input, run)).map((m) => messageOf(m, input));
};
