// What a rule reports: a diagnosis and how sure the rule can be, so that the most likely
// misconception comes first. Exact reproductions and observed facts first, inferences after.
import type { Value } from '../compare/value.js';
import type { CaseResult, Diagnosis, ErrorInfo, GradientCheck } from '../model/results.js';
import type { Oracle } from '../oracle/types.js';
import type { Case, ExerciseSpec, StepSpec } from '../spec/types.js';
import { fixOf, sayWithFormula } from './formulas.js';

/** What a failed step left behind, for the rules to read. Arrays are indexed like `cases`. */
export interface DiagnosisInput {
  exercise: ExerciseSpec;
  step: StepSpec;
  /** The reference's and the mutants' answers (grader/oracle): live, from a release's table, or memoized. */
  oracle: Oracle;
  cases: Case[];
  results: CaseResult[];
  /** The student's decoded results (undefined where the call threw or timed out). */
  received: (Value | undefined)[];
  /** The reference's decoded results. */
  expected: (Value | undefined)[];
  errors: (ErrorInfo | undefined)[];
  gradientChecks: GradientCheck[];
}

/**
 * Lower is more likely: a mutant that reproduces every result, or a change seen happening, first;
 * a factor computed from the student's own inputs before a mutant that reproduces only some tensors.
 */
export const RANK = { exact: 0, observed: 0, scale: 1, partial: 2, shape: 3, exception: 4, gradient: 5 } as const;
export type Rank = (typeof RANK)[keyof typeof RANK];

/**
 * Ids that state a measured fact and name no misconception: `gradient-mismatch` says which tensor
 * disagrees with the slope of the student's own cost, not what mistake made it so.
 */
export const FACT_IDS: readonly string[] = ['gradient-mismatch', 'fact-ratio', 'fact-column-order', 'fact-only-in'];

/** Facts stated only when no misconception is named (rules/facts.ts). */
export const isNamelessFact = (id: string): boolean => id.startsWith('fact-');

export interface Finding extends Diagnosis {
  rank: Rank;
}

export type Rule = (input: DiagnosisInput) => Finding[];

/** A finding whose message ends with the step's right formula and whose hint is the catalogue's fix. */
export function finding(input: DiagnosisInput, id: string, what: string, rank: Rank): Finding {
  return {
    id,
    message: sayWithFormula(what, input.exercise.id, input.step.id, id),
    hint: fixOf(id, input.exercise.id, input.step.id),
    rank,
  };
}
