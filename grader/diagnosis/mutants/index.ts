// Every mutant of a step: the ones a teacher put on the StepSpec (`mutants: [...]`), then the
// built-in ones of this folder. Nothing in the engine changes when either list grows.
import type { ExerciseSpec, Mutant, StepSpec } from '../../spec/types.js';
import { COMPUTATION_GRAPH_MUTANTS } from './computation-graph.js';
import { DEEP_NETWORK_MUTANTS } from './deep-network.js';
import type { ExerciseMutants } from './define.js';
import { LOGISTIC_REGRESSION_MUTANTS } from './logistic-regression.js';
import { SHALLOW_NETWORK_MUTANTS } from './shallow-network.js';

export const BUILT_IN: Record<string, ExerciseMutants> = {
  'computation-graph': COMPUTATION_GRAPH_MUTANTS,
  'logistic-regression': LOGISTIC_REGRESSION_MUTANTS,
  'shallow-network': SHALLOW_NETWORK_MUTANTS,
  'deep-network': DEEP_NETWORK_MUTANTS,
};

export function mutantsOf(exercise: Pick<ExerciseSpec, 'id'>, step: StepSpec): Mutant[] {
  return [...(step.mutants ?? []), ...(BUILT_IN[exercise.id]?.[step.id] ?? [])];
}

/** `deep-network/dW/missing-transpose-mmul`: a mutant's name in the selftest's table. */
export const mutantName = (exercise: string, step: string, m: Mutant): string =>
  `${exercise}/${step}/${m.id}${m.variant ? `-${m.variant}` : ''}`;
