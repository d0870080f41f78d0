// The oracle seam: what the engine asks of the reference and of the mutants. Live, the engine
// computes it (runReference, runMutant, finite differences of spec.cost). A release's student
// bundle has neither reference nor mutant code: there an exercise carries a table oracle
// (grader/oracle/table-oracle.ts) that reads the same answers from a table precomputed for the
// public seed. The oracle hangs on the exercise under a symbol rather than a spec field, so a
// teacher's ExerciseSpec never shows it and copies of an exercise (`{ ...exercise }`) keep it.
import type { Matrix } from 'ml-matrix';
import type { Outcome } from '../diagnosis/rules/mutants.js';
import type { Wire } from '../model/wire.js';
import type { Case, ExerciseSpec, Mutant } from '../spec/types.js';

export interface Oracle {
  /** The reference's result on a case, encoded as the engine would encode it. */
  expected(step: string, c: Case): Wire;
  /** The step's mutants, for diagnosis (their `apply` is not callable: use mutantOutcome). */
  mutants(step: string): Mutant[];
  /** What a mutant gave on a case; undefined when the table does not know (never a match). */
  mutantOutcome(step: string, mutant: Mutant, c: Case): Outcome | undefined;
  /** Central differences of the reference cost for one tensor of the case's gradient-check point. */
  referenceGradient(step: string, c: Case, tensor: string): Matrix | undefined;
}

const ORACLE = Symbol.for('mlgrade.oracle');
type WithOracle = { [ORACLE]?: Oracle };

/** The exercise's table oracle, or undefined when the engine computes everything live. */
export function oracleOf(exercise: ExerciseSpec): Oracle | undefined {
  return (exercise as ExerciseSpec & WithOracle)[ORACLE];
}

export function withOracle<T extends ExerciseSpec>(exercise: T, oracle: Oracle): T {
  return Object.assign(exercise, { [ORACLE]: oracle });
}
