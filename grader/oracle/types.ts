// The oracle seam: what the engine asks of the reference and of the mutants, behind one interface.
// The live oracle (live.ts) computes the answers; a release's student bundle has neither reference
// nor mutant code, so there an exercise carries a table oracle (table-oracle.ts) that reads the same
// answers from a table precomputed for the public seed; `grade batch` wraps either in a memo
// (grader/batch/reference-memo.ts). The engine takes whichever the exercise has (engine/oracle.ts)
// and never asks which kind it is. An attached oracle hangs on the exercise under a symbol rather
// than a spec field, so a teacher's ExerciseSpec never shows it and copies (`{ ...exercise }`) keep it.
import type { Matrix } from 'ml-matrix';
import type { Value, Wire } from '../model/wire.js';
import type { Case, ExerciseSpec, Mutant, Point, StepSpec } from '../spec/types.js';

/**
 * What kind of error a call threw. `product`: the inner sizes of a matrix product disagree;
 * `elementwise`: shapes that do not broadcast; everything else `other` (grader/diagnosis/values.ts).
 */
export type ErrorClass = 'product' | 'elementwise' | 'other';

/** What one call gave: a value, or an error of some class. */
export type Outcome = { kind: 'value'; value: Value } | { kind: 'threw'; error: ErrorClass; message?: string; stack?: string };

export interface Oracle {
  /** The reference's result on a case, encoded as the engine would encode it. */
  expected(step: StepSpec, c: Case): Wire;
  /** The step's mutants, for diagnosis (call them through mutantOutcome only). */
  mutants(step: StepSpec): Mutant[];
  /** What a mutant gave on a case; undefined when the oracle does not know (never a match). */
  mutantOutcome(step: StepSpec, mutant: Mutant, c: Case): Outcome | undefined;
  /** Central differences of the reference cost for one tensor of the case's gradient-check point. */
  referenceGradient(step: StepSpec, c: Case, tensor: string, point: Point): Matrix | undefined;
}

const ORACLE = Symbol.for('mlgrade.oracle');
type WithOracle = { [ORACLE]?: Oracle };

/** The oracle attached to the exercise (a table, a memo), or undefined: then the engine's live one. */
export function attachedOracle(exercise: ExerciseSpec): Oracle | undefined {
  return (exercise as ExerciseSpec & WithOracle)[ORACLE];
}

export function withOracle<T extends ExerciseSpec>(exercise: T, oracle: Oracle): T {
  return Object.assign(exercise, { [ORACLE]: oracle });
}
