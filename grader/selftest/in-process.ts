// A step run in this process instead of a student process: its outputs judged on the step's cases
// through the same funnel and diagnosed as the engine would (without the argument-mutation check,
// which needs the student process). For teachers' mutants without a file, and for tests.
import { compare } from '../compare/funnel.js';
import { decode, type Value } from '../compare/value.js';
import { casesOf, runReference } from '../engine/grade-step.js';
import { oracleFor } from '../engine/oracle.js';
import type { CaseResult, Diagnosis, ErrorInfo, GradientCheck } from '../model/results.js';
import { encode } from '../model/wire.js';
import type { ExerciseSpec, StepSpec } from '../spec/types.js';
import type { DiagnosisInput } from '../diagnosis/finding.js';
import { diagnose } from '../diagnosis/index.js';
import { runMutant, type Outcome } from '../diagnosis/rules/mutants.js';
import { toleranceOf } from '../diagnosis/values.js';

/** The thrown error as the engine reports it: `TypeError` and its message apart, and its stack. */
function errorInfoOf(o: Extract<Outcome, { kind: 'threw' }>): ErrorInfo {
  const [, name, message] = /^(\w+): ([\s\S]*)$/.exec(o.message ?? '') ?? [undefined, 'Error', o.message ?? o.error];
  return { name, message, ...(o.stack ? { stack: o.stack } : {}) };
}

export interface InProcess {
  passed: boolean;
  input: DiagnosisInput;
  diagnoses: Diagnosis[];
}

/** What the engine would have handed to diagnose, had `apply` been the student's step. */
export function inputOf(
  exercise: ExerciseSpec,
  step: StepSpec,
  apply: (...args: never[]) => unknown,
  seed: number,
  gradientChecks: GradientCheck[] = [],
): DiagnosisInput {
  const cases = casesOf({ exercise, spec: step, seed });
  const expected: Value[] = cases.map((c) => decode(encode(runReference(step, c.args))));
  const outcomes = cases.map((c) => runMutant({ id: 'student', apply }, c));
  const received = outcomes.map((o) => (o.kind === 'value' ? o.value : undefined));
  const errors = outcomes.map((o): ErrorInfo | undefined => (o.kind === 'threw' ? errorInfoOf(o) : undefined));
  const results: CaseResult[] = cases.map((c, i) => {
    const got = received[i];
    const problems = got ? compare(expected[i], got, { dims: c.dims, tolerance: toleranceOf(step, c) }) : [];
    const status = !got ? 'error' : problems.length > 0 ? 'failed' : 'passed';
    return { name: c.name, status, args: [], message: problems[0]?.message ?? errors[i]?.message ?? 'correct', problems, durationMs: 0 };
  });
  return { exercise, step, oracle: oracleFor(exercise), cases, results, received, expected, errors, gradientChecks };
}

export function diagnoseInProcess(exercise: ExerciseSpec, step: StepSpec, apply: (...args: never[]) => unknown, seed: number): InProcess {
  const input = inputOf(exercise, step, apply, seed);
  const passed = input.results.every((r) => r.status === 'passed');
  return { passed, input, diagnoses: passed ? [] : diagnose(input) };
}
