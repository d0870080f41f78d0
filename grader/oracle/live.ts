// The live oracle: the reference run in this process, the mutants run on their own copies of a
// case's arguments, the reference cost differentiated numerically. The mutants and how to run one
// are handed in (engine/oracle.ts), so nothing here imports diagnosis code.
import { GRADIENT_EPS, numericGradient } from '../gradcheck.js';
import { freshArgs } from '../model/live.js';
import { encode, type Wire } from '../model/wire.js';
import type { Case, ExerciseSpec, Mutant, Point, StepSpec } from '../spec/types.js';
import type { Oracle, Outcome } from './types.js';

/** Runs the reference on its own copy of a case's arguments (`randn` streams started afresh). */
export function runReference(spec: StepSpec, args: unknown[]): unknown {
  return (spec.reference as (...a: unknown[]) => unknown)(...freshArgs(args));
}

export interface MutantParts {
  /** The exercise's mutants of a step. */
  mutantsOf(exercise: ExerciseSpec, step: StepSpec): Mutant[];
  /** Runs one mutant on a case. */
  runMutant(mutant: Mutant, c: Case): Outcome;
}

export class LiveOracle implements Oracle {
  constructor(
    private readonly exercise: ExerciseSpec,
    private readonly parts: MutantParts,
  ) {}

  expected(step: StepSpec, c: Case): Wire {
    return encode(runReference(step, c.args));
  }

  mutants(step: StepSpec): Mutant[] {
    return this.parts.mutantsOf(this.exercise, step);
  }

  mutantOutcome(_step: StepSpec, mutant: Mutant, c: Case): Outcome {
    return this.parts.runMutant(mutant, c);
  }

  referenceGradient(step: StepSpec, c: Case, tensor: string, point: Point): ReturnType<Oracle['referenceGradient']> {
    const check = step.gradientCheck;
    return check && point[tensor] ? numericGradient(() => check.cost(c, point), point[tensor], GRADIENT_EPS) : undefined;
  }
}
