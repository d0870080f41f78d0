// Mutants of different steps of one exercise are graded together, one submission and one student
// process per batch, each step with its own mutant, which makes the selftest several times faster.
// Two steps never share a batch when one's gradient check runs the other through the student's
// own forward and cost (a mutant cost would change backward's check), nor do two mutants of one step.
import { casesOf } from '../engine/grade-step.js';
import type { ExerciseSpec, Mutant, StepSpec } from '../spec/types.js';

export interface Job {
  exercise: ExerciseSpec;
  step: StepSpec;
  mutant: Mutant;
}

/** The steps a step's gradient check calls as the student's own pipeline (`forward`, `cost`). */
function pipelineSteps(exercise: ExerciseSpec, step: StepSpec): string[] {
  const check = step.gradientCheck;
  if (!check?.ownCost) return [];
  const [first] = casesOf({ exercise, spec: step, seed: 1 });
  return first ? check.ownCost(first, check.point(first)).map((call) => call.step) : [];
}

/** Greedy: each job goes into the first batch with no mutant of its step and no step it conflicts with. */
export function batchesOf(jobs: Job[]): Job[][] {
  const uses = new Map<StepSpec, string[]>();
  const usesOf = (j: Job): string[] => {
    if (!uses.has(j.step)) uses.set(j.step, pipelineSteps(j.exercise, j.step));
    return uses.get(j.step) as string[];
  };
  const clash = (a: Job, b: Job): boolean =>
    a.exercise.id !== b.exercise.id || a.step.id === b.step.id || usesOf(a).includes(b.step.id) || usesOf(b).includes(a.step.id);
  const batches: Job[][] = [];
  for (const job of jobs) {
    const home = batches.find((batch) => batch.every((other) => !clash(job, other)));
    if (home) home.push(job);
    else batches.push([job]);
  }
  return batches;
}
