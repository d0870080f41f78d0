// Stands in for grader/diagnosis/mutants/index.ts in the student bundle (see student-build.mjs):
// that module imports every mutant's code. The bundle's exercises carry a table oracle, whose
// precomputed mutant outcomes diagnosis reads instead (grader/diagnosis/rules/mutants.ts).
import type { ExerciseSpec, Mutant, StepSpec } from '../../spec/types.js';

export function mutantsOf(_exercise: Pick<ExerciseSpec, 'id'>, _step: StepSpec): Mutant[] {
  return [];
}
