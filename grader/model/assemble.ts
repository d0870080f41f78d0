// Builds results the one way: the envelope (schema version, tool, totals, status), exercise
// totals and skipped steps. The engine, crash recovery, batch and watch all assemble results here,
// so totals are summed and rounded once and `status` always agrees with the steps.
import { TOOL } from '../version.js';
import { SCHEMA_VERSION, runStatus, type ErrorInfo, type ExerciseResult, type GradeResults, type StepResult } from './results.js';

/** Scores are kept to 3 decimals (points may be fractions): sums are rounded once, here. */
const sum = (xs: number[]): number => Math.round(xs.reduce((a, b) => a + b, 0) * 1000) / 1000;

/** A step this run left out (not selected). */
export function skippedStep(id: string, repro: string): StepResult {
  return { id, status: 'skipped', ...nothingRun(0, 'not graded in this run', repro) };
}

/** A step the grader could not grade (it failed, or the submission could not be opened): an error worth its points. */
export function ungradedStep(step: { id: string; points?: number }, message: string, error: ErrorInfo, repro: string): StepResult {
  return { id: step.id, status: 'error', ...nothingRun(step.points ?? 1, message, repro), error };
}

const nothingRun = (maxScore: number, message: string, repro: string) => ({
  score: 0,
  maxScore,
  message,
  diagnoses: [],
  cases: [],
  gradientChecks: [],
  repro,
  durationMs: 0,
});

/** An exercise's result with its totals summed from its steps. */
export function exerciseResult(spec: { id: string; title: string }, steps: StepResult[]): ExerciseResult {
  return { id: spec.id, title: spec.title, score: sum(steps.map((s) => s.score)), maxScore: sum(steps.map((s) => s.maxScore)), steps };
}

export interface Envelope {
  seed: number;
  submission: string;
  startedAt: Date;
  durationMs: number;
  exercises: ExerciseResult[];
  graderError?: ErrorInfo;
  sandbox?: { layers: string[] };
}

/** Complete results: totals and status computed from the exercises, keys in the schema's order. */
export function gradeResults(e: Envelope): GradeResults {
  const status = runStatus({ exercises: e.exercises, ...(e.graderError ? { graderError: e.graderError } : {}) });
  return {
    schemaVersion: SCHEMA_VERSION,
    tool: TOOL,
    seed: e.seed,
    submission: e.submission,
    startedAt: e.startedAt.toISOString(),
    durationMs: Math.round(e.durationMs),
    score: sum(e.exercises.map((x) => x.score)),
    maxScore: sum(e.exercises.map((x) => x.maxScore)),
    status,
    exercises: e.exercises,
    ...(e.graderError ? { graderError: e.graderError } : {}),
    ...(e.sandbox ? { sandbox: e.sandbox } : {}),
  };
}

/** The same results with other exercises (or a grader error): totals and status computed again. */
export function withExercises(results: GradeResults, exercises: ExerciseResult[], graderError = results.graderError): GradeResults {
  return gradeResults({
    seed: results.seed,
    submission: results.submission,
    startedAt: new Date(results.startedAt),
    durationMs: results.durationMs,
    exercises,
    ...(graderError ? { graderError } : {}),
    ...(results.sandbox ? { sandbox: results.sandbox } : {}),
  });
}

/** The same results without each step's cases and gradient checks: statuses, scores and diagnoses, cheap to keep and write. */
export function withoutEvidence(results: GradeResults): GradeResults {
  const exercises = results.exercises.map((e) => ({ ...e, steps: e.steps.map((s) => ({ ...s, cases: [], gradientChecks: [] })) }));
  return { ...results, exercises };
}

/** Adds the exercises the run left out (not selected) as skipped, in curriculum order. */
export function withSkippedExercises(
  results: GradeResults,
  specs: readonly { id: string; title: string; steps: readonly { id: string }[] }[],
  repro: (exercise: string, step: string) => string,
): GradeResults {
  const graded = new Map(results.exercises.map((e) => [e.id, e]));
  const skipped = (spec: (typeof specs)[number]): ExerciseResult =>
    exerciseResult(
      spec,
      spec.steps.map((s) => skippedStep(s.id, repro(spec.id, s.id))),
    );
  const exercises = specs.map((spec) => graded.get(spec.id) ?? skipped(spec));
  return withExercises(results, exercises);
}
