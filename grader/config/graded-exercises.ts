// What a run grades, chosen in one place for `grade`, `grade batch` and `--watch`: the built-in
// exercises at the public seed come with their cases and expected values precomputed at build
// time (oracle/public-table.ts); anything else is computed live. With the assignment (config/),
// not in engine/run.ts: a release's student grader bundles the run without the specs.
import { publicTableExercises } from '../oracle/public-table.js';
import { EXERCISES } from '../spec/index.js';
import type { ExerciseSpec } from '../spec/types.js';
import { PUBLIC_SEED } from '../engine/seeds.js';

let publicTable: ExerciseSpec[] | undefined;

export function gradedExercises(exercises: ExerciseSpec[], seed: number, hiddenSeeds?: readonly number[]): ExerciseSpec[] {
  if (exercises !== EXERCISES || seed !== PUBLIC_SEED || hiddenSeeds) return exercises;
  return (publicTable ??= publicTableExercises(EXERCISES, PUBLIC_SEED) ?? EXERCISES);
}
