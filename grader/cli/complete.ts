// Results are complete in shape whatever happens: every exercise and step of the curriculum is
// present. Exercises left out of a run are added as skipped; when the grader itself throws
// mid-run, the steps that finished keep their result, the rest are `error`, and `graderError`
// says what happened. Results are never lost to a grader bug.
import type { ErrorInfo, ExerciseResult, GradeResults, StepResult } from '../model/results.js';
import { SCHEMA_VERSION } from '../model/results.js';
import type { ExerciseSpec, StepSpec } from '../spec/types.js';
import { TOOL } from '../version.js';
import { isSelected, type Selection } from './selection.js';

export interface CrashContext {
  error: unknown;
  specs: ExerciseSpec[];
  selection: Selection;
  /** Results the engine reported before it failed, by `exercise/step`. */
  completed: Map<string, StepResult>;
  seed: number;
  submission: string;
  startedAt: Date;
  repro: (exercise: string, step: string) => string;
}

export function errorInfo(error: unknown): ErrorInfo {
  if (error instanceof Error) return { name: error.name, message: error.message, ...(error.stack ? { stack: error.stack } : {}) };
  return { name: 'Error', message: String(error) };
}

export function resultsAfterCrash(ctx: CrashContext): GradeResults {
  const graderError = errorInfo(ctx.error);
  const exercises = ctx.specs.map((spec): ExerciseResult => {
    const steps = spec.steps.map((step) => ctx.completed.get(`${spec.id}/${step.id}`) ?? unfinished(ctx, spec, step, graderError));
    return { id: spec.id, title: spec.title, score: sum(steps, 'score'), maxScore: sum(steps, 'maxScore'), steps };
  });
  return resultsEnvelope({ ...ctx, durationMs: Date.now() - ctx.startedAt.getTime() }, exercises, graderError);
}

/** Results around exercises that could not all be graded: totals summed, `graderError` set. */
export function resultsEnvelope(
  ctx: { seed: number; submission: string; startedAt: Date; durationMs: number },
  exercises: ExerciseResult[],
  graderError: ErrorInfo,
): GradeResults {
  return {
    schemaVersion: SCHEMA_VERSION,
    tool: TOOL,
    seed: ctx.seed,
    submission: ctx.submission,
    startedAt: ctx.startedAt.toISOString(),
    durationMs: Math.round(ctx.durationMs),
    score: sum(exercises, 'score'),
    maxScore: sum(exercises, 'maxScore'),
    exercises,
    graderError,
  };
}

/** Adds the exercises the run left out (not selected) as skipped, in curriculum order. */
export function withSkippedExercises(results: GradeResults, specs: ExerciseSpec[], repro: CrashContext['repro']): GradeResults {
  const graded = new Map(results.exercises.map((e) => [e.id, e]));
  const exercises = specs.map((spec): ExerciseResult => graded.get(spec.id) ?? {
    id: spec.id,
    title: spec.title,
    score: 0,
    maxScore: 0,
    steps: spec.steps.map((step) => skipped(step.id, repro(spec.id, step.id))),
  });
  return { ...results, exercises };
}

function skipped(id: string, repro: string): StepResult {
  return { id, status: 'skipped', score: 0, maxScore: 0, message: 'not graded in this run', diagnoses: [], cases: [], gradientChecks: [], repro, durationMs: 0 };
}

function unfinished(ctx: CrashContext, spec: ExerciseSpec, step: StepSpec, error: ErrorInfo): StepResult {
  const repro = ctx.repro(spec.id, step.id);
  if (!isSelected(ctx.selection, spec.id, step.id)) return skipped(step.id, repro);
  const base = { id: step.id, score: 0, diagnoses: [], cases: [], gradientChecks: [], repro, durationMs: 0 };
  return { ...base, status: 'error', maxScore: step.points ?? 1, message: `not graded: the grader failed (${error.name}: ${error.message})`, error };
}

function sum<K extends 'score' | 'maxScore'>(items: Record<K, number>[], key: K): number {
  return Math.round(items.reduce((s, item) => s + item[key], 0) * 1000) / 1000;
}
