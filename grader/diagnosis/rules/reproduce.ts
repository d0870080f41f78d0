// Whether a mutant reproduces what the student returned: on every case (the whole step has that
// mistake), or where it applies only — per case (the relu cases but not the sigmoid ones) and per
// tensor (db2 but not dW2). Partly means: every wrong tensor of every case is exactly the
// mutant's, and every other one is exactly right. Anything the mutant does not reproduce, and
// that is wrong, and the mutant names nothing.
import type { Value } from '../../compare/value.js';
import type { Case, Mutant } from '../../spec/types.js';
import type { DiagnosisInput } from '../finding.js';
import { leafPairs, sameValue, valuesWrong } from '../values.js';
import type { MutantRunner, Outcome } from './mutants.js';

export type Match =
  | { full: true }
  /** Where the mistake shows: the tensors (paths, `` the result itself) and the cases (indices). */
  | { full: false; paths: string[]; cases: number[] };

/** What the student gave on case i, as an outcome, or undefined when it timed out. */
export type StudentOutcome = (input: DiagnosisInput, i: number) => Outcome | undefined;
type Same = (a: Outcome, b: Outcome, c: Case) => boolean;

/** On one wrong case: the tensors where the student has the mutant's value, or undefined if one is neither right nor the mutant's. */
function tensorsReproduced(
  expected: Value | undefined,
  student: Outcome,
  mutant: Outcome,
  input: DiagnosisInput,
  c: Case,
): string[] | undefined {
  if (!expected || student.kind !== 'value' || mutant.kind !== 'value') return undefined;
  const theirs = new Map(leafPairs(expected, mutant.value).map((p) => [p.path, p.received]));
  const paths: string[] = [];
  for (const { path, expected: e, received } of leafPairs(expected, student.value)) {
    if (sameValue(e, received, input.step, c)) continue;
    const m = theirs.get(path);
    if (!m || !sameValue(m, received, input.step, c)) return undefined;
    paths.push(path);
  }
  // every tensor of the student's must have been looked at: a missing or extra key is not explained
  return paths.length > 0 && sameKeys(expected, student.value) ? paths : undefined;
}

function sameKeys(a: Value, b: Value): boolean {
  if (a.kind === 'object' && b.kind === 'object') return Object.keys(a.entries).sort().join() === Object.keys(b.entries).sort().join();
  return a.kind !== 'object' && b.kind !== 'object';
}

export function matchOf(
  mutant: Mutant,
  input: DiagnosisInput,
  run: MutantRunner,
  studentOf: StudentOutcome,
  same: Same,
): Match | undefined {
  let everyCase = true;
  let compared = 0;
  const paths = new Set<string>();
  const cases: number[] = [];
  for (const [i, c] of input.cases.entries()) {
    const student = studentOf(input, i);
    if (!student) continue;
    const outcome = run(mutant, c);
    if (!outcome) return undefined;
    compared += 1;
    const wrong = valuesWrong(input.results[i]);
    if (same(outcome, student, c)) {
      if (wrong) cases.push(i);
      if (wrong) wrongTensors(input, i, c, student).forEach((p) => paths.add(p));
      continue;
    }
    everyCase = false;
    if (!wrong) continue;
    const where = tensorsReproduced(input.expected[i], student, outcome, input, c);
    if (!where) return undefined;
    where.forEach((p) => paths.add(p));
    cases.push(i);
  }
  if (compared === 0 || cases.length === 0) return undefined;
  return everyCase ? { full: true } : { full: false, paths: [...paths], cases };
}

/** The wrong tensors of a case the mutant reproduced whole (`` when the call threw). */
function wrongTensors(input: DiagnosisInput, i: number, c: Case, student: Outcome): string[] {
  const expected = input.expected[i];
  if (!expected || student.kind !== 'value') return [''];
  return leafPairs(expected, student.value)
    .filter((p) => !sameValue(p.expected, p.received, input.step, c))
    .map((p) => p.path);
}
