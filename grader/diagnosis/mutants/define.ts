// Turns the built-in mutants' short descriptions into the StepSpec's Mutant shape: the message
// ends with the step's right formula, the hint is the catalogue's fix, and the file is the same
// mutant as a student's step file, for `grade selftest`.
import type { Mutant } from '../../spec/types.js';
import type { MisconceptionId } from '../catalogue.js';
import { fixOf, sayWithFormula } from '../formulas.js';

export interface MutantDef {
  id: MisconceptionId;
  variant?: string;
  /** The mutant step, imported from its file under files/<exercise>/<step>/. */
  apply: (...args: never[]) => unknown;
  /** What the student did, in their terms: `you forgot to average over the m examples in dw`. */
  says: string;
}

/** Where a built-in mutant's student-style file is, from the package root. */
export function mutantFile(exercise: string, step: string, id: string, variant?: string): string {
  return `grader/diagnosis/mutants/files/${exercise}/${step}/${id}${variant ? `-${variant}` : ''}.ts`;
}

export function stepMutants(exercise: string, step: string, defs: MutantDef[]): Mutant[] {
  return defs.map((d) => ({
    id: d.id,
    ...(d.variant ? { variant: d.variant } : {}),
    apply: d.apply,
    message: sayWithFormula(d.says, exercise, step, d.id),
    hint: fixOf(d.id),
    file: mutantFile(exercise, step, d.id, d.variant),
  }));
}

/** The built-in mutants of one exercise, by step. */
export type ExerciseMutants = Record<string, Mutant[]>;

/** All of an exercise's steps' mutants from one table: `{ dW: [...defs], db: [...] }`. */
export function exerciseMutants(exercise: string, table: Record<string, MutantDef[]>): ExerciseMutants {
  return Object.fromEntries(Object.entries(table).map(([step, defs]) => [step, stepMutants(exercise, step, defs)]));
}
