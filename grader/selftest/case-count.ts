// Selftest refuses a step with fewer than MIN_CASES cases: with one or two, a transpose, a missing
// 1/m or a mutant can agree with the reference by chance (m = 1, a square shape), so diagnosis has
// too little to go on — docs/teachers.md asks for at least 3, this makes it a rule.
import { casesOf } from '../engine/grade-step.js';
import type { ExerciseSpec } from '../spec/types.js';

export const MIN_CASES = 3;

/** One sentence per step with too few cases on this seed, naming it, the count and why it matters. */
export function tooFewCases(exercises: readonly ExerciseSpec[], seed: number): string[] {
  return exercises.flatMap((exercise) =>
    exercise.steps.flatMap((spec) => {
      const count = casesOf({ exercise, spec, seed }).length;
      if (count >= MIN_CASES) return [];
      return [
        `${exercise.id}/${spec.id} has ${count} case${count === 1 ? '' : 's'}; a step needs at least ${MIN_CASES} ` +
          '(different shapes, one with m = 1), or a wrong step can match the reference by chance: add cases in its cases(rng)',
      ];
    }),
  );
}
