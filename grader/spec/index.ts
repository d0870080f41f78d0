// Every exercise the grader knows, in curriculum order (the contract: shared/curriculum.md).
import { withExtraCases } from './diagnostic-cases.js';
import { computationGraph } from './computation-graph.js';
import { deepNetwork } from './deep-network.js';
import { logisticRegression } from './logistic-regression.js';
import { shallowNetwork } from './shallow-network.js';
import type { ExerciseSpec } from './types.js';

// diagnosis appends the cases that tell its mutants apart (spec/diagnostic-cases.ts)
export const EXERCISES: ExerciseSpec[] = withExtraCases([computationGraph, logisticRegression, shallowNetwork, deepNetwork]);

export function findExercise(id: string): ExerciseSpec | undefined {
  return EXERCISES.find((exercise) => exercise.id === id);
}
