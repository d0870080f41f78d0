// Which exercises and steps a run grades: validated against the exercises the grader knows, so a
// typo is a usage error listing the valid ids rather than a run that silently grades nothing.
import { UsageError } from '../errors.js';
import type { ExerciseSpec } from '../spec/types.js';

export interface Selection {
  /** Exercise ids to grade; all when empty. */
  exercises: string[];
  /** Step ids to grade within them; all when empty. */
  steps: string[];
}

export function validateSelection(specs: ExerciseSpec[], selection: Selection): Selection {
  const known = specs.map((e) => e.id);
  for (const id of selection.exercises) {
    if (!known.includes(id)) throw new UsageError(`unknown exercise ${id}; the exercises are: ${known.join(', ')}`);
  }
  const chosen = selectedExercises(specs, selection);
  const steps = [...new Set(chosen.flatMap((e) => e.steps.map((s) => s.id)))];
  for (const id of selection.steps) {
    if (steps.includes(id)) continue;
    const where = selection.exercises.length > 0 ? `of ${selection.exercises.join(', ')}` : 'in any exercise';
    const hint = chosen.map((e) => `  ${e.id}: ${e.steps.map((s) => s.id).join(', ')}`).join('\n');
    throw new UsageError(`unknown step ${id} ${where}; the steps are:\n${hint}`);
  }
  return { exercises: [...new Set(selection.exercises)], steps: [...new Set(selection.steps)] };
}

export function selectedExercises(specs: ExerciseSpec[], selection: Selection): ExerciseSpec[] {
  return specs.filter((e) => selection.exercises.length === 0 || selection.exercises.includes(e.id));
}

export function isSelected(selection: Selection, exercise: string, step: string): boolean {
  return (
    (selection.exercises.length === 0 || selection.exercises.includes(exercise)) &&
    (selection.steps.length === 0 || selection.steps.includes(step))
  );
}

export function countSelectedSteps(specs: ExerciseSpec[], selection: Selection): number {
  return specs.reduce((n, e) => n + e.steps.filter((s) => isSelected(selection, e.id, s.id)).length, 0);
}
