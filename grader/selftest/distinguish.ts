// Which mutants the generated cases cannot tell apart, from each other or from the reference:
// every mutant runs in this process on the step's cases of the seed. Two mutants of different ids
// that agree on every case could never be told apart by diagnosis, so the selftest reports them.
import { decode } from '../compare/value.js';
import { runReference, casesOf } from '../engine/grade-step.js';
import { encode } from '../model/wire.js';
import type { ExerciseSpec, Mutant, StepSpec } from '../spec/types.js';
import { mutantName, mutantsOf } from '../diagnosis/mutants/index.js';
import { runMutant, sameOutcome, type Outcome } from '../diagnosis/rules/mutants.js';

export interface Pair {
  a: string;
  b: string;
}

export interface Distinguishability {
  /** Mutants of different ids that agree on every case. */
  pairs: Pair[];
  /** Mutants that agree with the reference on every case (they would pass); mutates-input aside. */
  likeReference: string[];
}

function referenceOutcome(step: StepSpec, args: unknown[]): Outcome {
  try {
    return { kind: 'value', value: decode(encode(runReference(step, args))) };
  } catch {
    return { kind: 'threw', error: 'other' };
  }
}

function stepDistinguishability(exercise: ExerciseSpec, step: StepSpec, seed: number): Distinguishability {
  const cases = casesOf({ exercise, spec: step, seed });
  const mutants = mutantsOf(exercise, step);
  const outcomes = new Map<Mutant, Outcome[]>(mutants.map((m) => [m, cases.map((c) => runMutant(m, c))]));
  const agree = (a: Outcome[], b: Outcome[]): boolean => cases.every((c, i) => sameOutcome(a[i], b[i], step, c));
  const reference = cases.map((c) => referenceOutcome(step, c.args));
  const name = (m: Mutant): string => mutantName(exercise.id, step.id, m);
  const pairs: Pair[] = [];
  mutants.forEach((a, i) =>
    mutants.slice(i + 1).forEach((b) => {
      if (a.id !== b.id && agree(outcomes.get(a) as Outcome[], outcomes.get(b) as Outcome[])) pairs.push({ a: name(a), b: name(b) });
    }),
  );
  const likeReference = mutants.filter((m) => m.id !== 'mutates-input' && agree(outcomes.get(m) as Outcome[], reference)).map(name);
  return { pairs, likeReference };
}

export function distinguishability(exercises: ExerciseSpec[], seed: number): Distinguishability {
  const all = exercises.flatMap((e) => e.steps.map((s) => stepDistinguishability(e, s, seed)));
  return { pairs: all.flatMap((d) => d.pairs), likeReference: all.flatMap((d) => d.likeReference) };
}
