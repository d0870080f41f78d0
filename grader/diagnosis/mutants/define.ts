// Turns the built-in mutant files into the StepSpec's Mutant shape: each file exports its step and
// its own description; the message ends with the step's right formula, the hint is the catalogue's
// fix, and the file is the same mutant as a student's step file, for `grade selftest`.
import type { Mutant } from '../../spec/types.js';
import { isMisconceptionId } from '../catalogue.js';
import { fixOf, sayWithFormula } from '../formulas.js';

/** What a mutant file exports beside its step: `export const mutant = { id, variant?, says }`. */
export interface MutantAbout {
  id: string;
  variant?: string;
  /** What the student did, in their terms: `you forgot to average over the m examples in dw`. */
  says: string;
}

/** A mutant file as imported: its step (the export named like the step) and its description. */
export type MutantModule = { mutant: MutantAbout } & Record<string, unknown>;

/** Where a built-in mutant's student-style file is, from the package root. */
export function mutantFile(exercise: string, step: string, id: string, variant?: string): string {
  return `grader/diagnosis/mutants/files/${exercise}/${step}/${id}${variant ? `-${variant}` : ''}.ts`;
}

/** A file that does not describe itself as a catalogued mistake of its step is left out (test/diagnosis-mutants.test.ts fails). */
export function stepMutants(exercise: string, step: string, modules: MutantModule[]): Mutant[] {
  return modules.flatMap(({ mutant: d, [step]: apply }): Mutant[] => {
    if (!isMisconceptionId(d.id) || typeof apply !== 'function') return [];
    return [
      {
        id: d.id,
        ...(d.variant ? { variant: d.variant } : {}),
        apply: apply as Mutant['apply'],
        message: sayWithFormula(d.says, exercise, step, d.id),
        hint: fixOf(d.id, exercise, step),
        file: mutantFile(exercise, step, d.id, d.variant),
      },
    ];
  });
}

/** The built-in mutants of one exercise, by step. */
export type ExerciseMutants = Record<string, Mutant[]>;

/** All of an exercise's steps' mutants from one table of imported files: `{ dW: [...], db: [...] }`. */
export function exerciseMutants(exercise: string, table: Record<string, MutantModule[]>): ExerciseMutants {
  return Object.fromEntries(Object.entries(table).map(([step, modules]) => [step, stepMutants(exercise, step, modules)]));
}
