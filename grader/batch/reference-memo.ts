// The reference's results, computed once per batch worker rather than once per submission: cases
// depend only on the seed, so every student of a batch is graded against the same reference
// values (about a third of the grader's own CPU time per submission). A wrapper oracle: it asks
// the exercise's own oracle once per (step, encoded arguments), so a different seed or hidden case
// can never hit a stale entry.
import { createHash } from 'node:crypto';
import { oracleFor } from '../engine/oracle.js';
import { encode, type Wire } from '../model/wire.js';
import { attachedOracle, withOracle, type Oracle } from '../oracle/types.js';
import type { Case, ExerciseSpec, Mutant, Point, StepSpec } from '../spec/types.js';

/** Far more than the (step, case) pairs of the curriculum (a few hundred); a bound, not a tuning knob. */
const MAX_ENTRIES = 4000;

export class MemoOracle implements Oracle {
  private readonly memo = new Map<string, Wire>();

  constructor(private readonly inner: Oracle) {}

  expected(step: StepSpec, c: Case): Wire {
    const encoded = JSON.stringify(c.args.map((a) => encode(a)));
    // an argument the wire cannot describe (a function …) would make two different cases look equal
    if (encoded.includes('"$other"')) return this.inner.expected(step, c);
    const key = createHash('sha256').update(`${step.id}\0${encoded}`).digest('base64');
    const hit = this.memo.get(key);
    if (hit !== undefined) return hit;
    const value = this.inner.expected(step, c);
    if (this.memo.size >= MAX_ENTRIES) this.memo.clear();
    this.memo.set(key, value);
    return value;
  }

  mutants(step: StepSpec): Mutant[] {
    return this.inner.mutants(step);
  }

  mutantOutcome(step: StepSpec, mutant: Mutant, c: Case): ReturnType<Oracle['mutantOutcome']> {
    return this.inner.mutantOutcome(step, mutant, c);
  }

  referenceGradient(step: StepSpec, c: Case, tensor: string, point: Point): ReturnType<Oracle['referenceGradient']> {
    return this.inner.referenceGradient(step, c, tensor, point);
  }
}

const wrapped = new WeakMap<ExerciseSpec[], ExerciseSpec[]>();

/**
 * The exercises with their oracles memoized, the same array on every call for the same list, so
 * the memo lives as long as the worker. A precomputed table (the public seed's) is a lookup already.
 */
export function memoized(exercises: ExerciseSpec[]): ExerciseSpec[] {
  let found = wrapped.get(exercises);
  if (!found) {
    found = exercises.map((e) => (attachedOracle(e) ? e : withOracle({ ...e }, new MemoOracle(oracleFor(e)))));
    wrapped.set(exercises, found);
  }
  return found;
}
