// Results for a submission that could not be graded (a zip that would not open, no exercise
// folder, a grader process that died or ran past its limit): complete in shape like any other,
// every step an error naming the reason, and `graderError` set, so a gradebook counts it as 0
// and the class report lists it under "could not be graded".
import { reproLine } from '../engine/repro.js';
import { exerciseResult, gradeResults, ungradedStep } from '../model/assemble.js';
import type { ErrorInfo, GradeResults } from '../model/results.js';
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
  const exercises = ctx.specs.map((spec) =>
    exerciseResult(
      spec,
      spec.steps.map((step) =>
        ungradedStep(step, `not graded: ${error.message}`, error, reproLine(ctx.command, spec.id, step.id, ctx.seed)),
      ),
    ),
  );
  return gradeResults({ ...ctx, exercises, graderError: error });
}
