// The exact rule: every mutant of the step (the reference with one known mistake) on the same cases,
// as the oracle gives them (run here, or read from a release's table), compared with what the
// student returned, through the same funnel and tolerances. A mutant that reproduces every result names the misconception.
import { decode } from '../../compare/value.js';
import { encode } from '../../model/wire.js';
import type { Case, Mutant, StepSpec } from '../../spec/types.js';
import { CATALOGUE, isMisconceptionId } from '../catalogue.js';
import { finding, RANK, type DiagnosisInput, type Finding, type Rule } from '../finding.js';
import { fixOf } from '../formulas.js';
import type { Outcome } from '../../oracle/types.js';
import { errorClass, leafPairs, listOf, sameValue } from '../values.js';
import { freshArgs } from '../../model/live.js';
import { matchOf, type Match } from './reproduce.js';

export type { Outcome };

/** Runs a mutant on its own copy of a case's arguments. */
export function runMutant(mutant: Mutant, c: Case): Outcome {
  try {
    const out = (mutant.apply as (...args: unknown[]) => unknown)(...freshArgs(c.args));
    return { kind: 'value', value: decode(encode(out)) };
  } catch (e) {
    const error = e instanceof Error ? e : new Error(String(e));
    const stack = error.stack ? { stack: error.stack } : {};
    return { kind: 'threw', error: errorClass(error), message: `${error.name}: ${error.message}`, ...stack };
  }
}

/**
 * What tells two thrown errors apart: a failed np.dot by its operand shapes, a failed ml-matrix mmul
 * as such (it carries no shapes), anything else by its class. Two different products both failing
 * prove nothing about each other.
 */
function errorSignature(o: Extract<Outcome, { kind: 'threw' }>): string {
  if (o.error !== 'product') return o.error;
  return /dot: \([^)]*\)·\([^)]*\)/.exec(o.message ?? '')?.[0] ?? (/inner dimensions/.test(o.message ?? '') ? 'product' : 'mmul');
}

/** Two outcomes agree: both values pass as each other, or both calls threw the same error (see errorSignature). */
export function sameOutcome(a: Outcome, b: Outcome, step: StepSpec, c: Case): boolean {
  if (a.kind === 'value' && b.kind === 'value') return sameValue(a.value, b.value, step, c);
  return a.kind === 'threw' && b.kind === 'threw' && errorSignature(a) === errorSignature(b);
}

/** The student's outcome on case i, or undefined when it timed out (nothing to compare). */
export function studentOutcome(input: DiagnosisInput, i: number): Outcome | undefined {
  const value = input.received[i];
  if (value !== undefined) return { kind: 'value', value };
  const error = input.errors[i];
  return error ? { kind: 'threw', error: errorClass(error), message: `${error.name}: ${error.message}` } : undefined;
}

/** What a mutant gives on a case (the oracle's answer; undefined: unknown). */
export type MutantRunner = (mutant: Mutant, c: Case) => Outcome | undefined;

/** Whether the mutant gives what the student gave on every case, and that differs from the right result somewhere. */
export function reproduces(mutant: Mutant, input: DiagnosisInput, run: MutantRunner = runMutant): boolean {
  return matchOf(mutant, input, run, studentOutcome, (a, b, c) => sameOutcome(a, b, input.step, c))?.full === true;
}

/** `only in db2`, `only on 2 of 4 cases (relu, …; relu, …)`: where a partly matching mutant's mistake shows. */
function whereOf(match: Extract<Match, { full: false }>, input: DiagnosisInput): string {
  const tensors = new Set(input.expected.flatMap((e) => (e ? leafPairs(e, e).map((p) => p.path) : [])));
  const inTensors = match.paths.length < tensors.size ? ` in ${listOf(match.paths)}` : '';
  const onCases =
    match.cases.length < input.cases.length
      ? ` on ${match.cases.length} of ${input.cases.length} cases (${match.cases.map((i) => input.cases[i].name).join('; ')})`
      : '';
  return `only${inTensors}${onCases}, the rest is right`;
}

/** The mutant's own words, or the catalogue's title of its id; where it applies when it matches partly. */
function messageOf(mutant: Mutant, input: DiagnosisInput, match: Match): Finding {
  const where = match.full ? '' : `${whereOf(match, input)}: `;
  const rank = match.full ? RANK.exact : RANK.partial;
  if (mutant.message) return { id: mutant.id, message: `${where}${mutant.message}`, hint: mutant.hint ?? fixOf(mutant.id), rank };
  const title = isMisconceptionId(mutant.id) ? CATALOGUE[mutant.id].title : mutant.id;
  const what = match.full ? `${input.step.id} reproduces "${title}" on every case` : `${where}${input.step.id} reproduces "${title}"`;
  return { ...finding(input, mutant.id, what, rank), ...(mutant.hint ? { hint: mutant.hint } : {}) };
}

/**
 * Mutants that reproduce every case win; without one, a mutant that reproduces every wrong tensor
 * (and the rest is right) names its mistake — unless mutants of two ids do, which proves neither.
 */
function named(matches: { m: Mutant; match: Match }[]): { m: Mutant; match: Match }[] {
  const full = matches.filter((x) => x.match.full);
  if (full.length > 0) return full;
  return new Set(matches.map((x) => x.m.id)).size === 1 ? matches.slice(0, 1) : [];
}

export const mutantRule: Rule = (input) => {
  const { oracle, step } = input;
  const run: MutantRunner = (m, c) => oracle.mutantOutcome(step, m, c);
  const same = (a: Outcome, b: Outcome, c: Case): boolean => sameOutcome(a, b, step, c);
  const matches = oracle.mutants(step).flatMap((m) => {
    const match = matchOf(m, input, run, studentOutcome, same);
    return match ? [{ m, match }] : [];
  });
  return named(matches).map(({ m, match }) => messageOf(m, input, match));
};
