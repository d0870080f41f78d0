// Results for a submission that could not be graded (a zip that would not open, no exercise
// folder, a grader process that died or ran past its limit): complete in shape like any other,
// every step an error naming the reason, and `graderError` set, so a gradebook counts it as 0
// and the class report lists it under "could not be graded".
import { resultsEnvelope } from '../cli/complete.js';
import type { ErrorInfo, ExerciseResult, GradeResults, StepResult } from '../model/results.js';
import type { ExerciseSpec } from '../spec/types.js';

export interface UngradedContext {
  specs: ExerciseSpec[];
  seed: number;
  submission: string;
  startedAt: Date;
  durationMs: number;
  /** Repro command prefix: `grade --submission …`. */
  command: string;
}

export function ungradedResults(error: ErrorInfo, ctx: UngradedContext): GradeResults {
  const exercises = ctx.specs.map((spec): ExerciseResult => {
    const steps = spec.steps.map((step): StepResult => ({
      id: step.id,
      status: 'error',
      score: 0,
      maxScore: step.points ?? 1,
      message: `not graded: ${error.message}`,
      diagnoses: [],
      cases: [],
      gradientChecks: [],
      repro: `${ctx.command} --exercise ${spec.id} --step ${step.id} --seed ${ctx.seed}`,
      durationMs: 0,
      error,
    }));
    return { id: spec.id, title: spec.title, score: 0, maxScore: steps.reduce((s, r) => s + r.maxScore, 0), steps };
  });
  return resultsEnvelope(ctx, exercises, error);
}
