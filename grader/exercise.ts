/**
 * mlgrade/exercise — what a teacher needs to write an exercise of their own (docs/teachers.md).
 *
 *     import { defineExercise, randn, labels, distinctSizes } from 'mlgrade/exercise';
 *     export default defineExercise({ id: 'tanh-network', title: '…', notes: '…', steps: [ … ] });
 *
 * The types say what the engine reads; the helpers are the ones the built-in exercises draw their
 * seeded cases with. When the grader loads a teacher's exercise it hands it these very modules
 * (grader/config/teacher.ts), so a `RandnArg` or `TRAIN_PROPERTIES` from here is the engine's own.
 */
import type { ExerciseSpec } from './spec/types.js';

export type {
  Case,
  ExerciseSpec,
  GradientCheckSpec,
  Mutant,
  PipelineCall,
  Point,
  PropertyCheck,
  StepKind,
  StepSpec,
} from './spec/types.js';
export { STEP_KINDS } from './spec/types.js';
export type { Rng } from './random.js';
export type { Tolerance } from './compare/allclose.js';
export type { Value } from './compare/value.js';
export type { Problem } from './model/results.js';
export { RandnArg, ResultRef } from './model/wire.js';
export {
  centredBias,
  clearOfKink,
  contextOf,
  dimsName,
  distinctSizes,
  drawUntil,
  fmt,
  labels,
  layerParams,
  normOf,
  paramsOf,
  pointOf,
  randn,
  scalar,
  seedOf,
  signed,
  uniformIn,
  withHealthyGradients,
} from './spec/gen.js';
export { TRAIN_PROPERTIES, type TrainContext } from './spec/train-properties.js';
export { blobs, flower, xor, type Dataset } from './datasets.js';

/** Returns the exercise unchanged: it only gives an editor the type to check it against. */
export function defineExercise(exercise: ExerciseSpec): ExerciseSpec {
  return exercise;
}
