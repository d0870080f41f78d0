// Says which mistake the student made. Every rule runs; every finding is reported, most likely first.
import type { Value } from '../compare/value.js';
import type { CaseResult, Diagnosis, ErrorInfo, GradientCheck } from '../model/results.js';
import type { Case, ExerciseSpec, StepSpec } from '../spec/types.js';

/** What a failed step left behind, for the rules to read. Arrays are indexed like `cases`. */
export interface DiagnosisInput {
  exercise: ExerciseSpec;
  step: StepSpec;
  cases: Case[];
  results: CaseResult[];
  /** The student's decoded results (undefined where the call threw or timed out). */
  received: (Value | undefined)[];
  /** The reference's decoded results. */
  expected: (Value | undefined)[];
  errors: (ErrorInfo | undefined)[];
  gradientChecks: GradientCheck[];
}

export type Rule = (input: DiagnosisInput) => Diagnosis[];

const mutatesInput: Rule = ({ results }) => {
  const mutation = results.flatMap((c) => c.problems).find((p) => p.check === 'mutation');
  if (!mutation) return [];
  return [{ id: 'mutates-input', message: mutation.message, hint: 'ml-matrix methods such as A.sub(Y), A.add(b) and A.mul(k) change A itself: use Matrix.sub(A, Y), A.clone().sub(Y), or the np helper, which never changes its arguments.' }];
};

export const RULES: Rule[] = [mutatesInput];

export function diagnose(input: DiagnosisInput): Diagnosis[] {
  const found = RULES.flatMap((rule) => rule(input));
  const seen = new Set<string>();
  return found.filter((d) => !seen.has(d.id) && seen.add(d.id));
}
