// The student bundle's exercises: specs rebuilt from the oracle table, with the table as their
// oracle. Cases come from the table (the public seed's), expected values, mutant outcomes and
// reference gradients too; nothing here can compute a reference value, by construction.
import { decode } from '../compare/value.js';
import { live, liveMatrix } from '../model/live.js';
import type { Wire } from '../model/wire.js';
import type { Case, ExerciseSpec, GradientCheckSpec, Mutant, Point, StepSpec } from '../spec/types.js';
import { propertyNamed } from './properties.js';
import { replayOwnCost } from './replay.js';
import type { OracleTable, TableCase, TableExercise, TableStep } from './table.js';
import { withOracle, type Oracle, type Outcome } from './types.js';

const notInBundle = (what: string) => (): never => {
  throw new Error(`${what} is not in the student grader: it grades from precomputed values`);
};

/** The table's exercises, ready for the engine. */
export function tableExercises(table: OracleTable): ExerciseSpec[] {
  return table.exercises.map((e) =>
    withOracle({ id: e.id, title: e.title, notes: e.notes, steps: e.steps.map(tableStep) }, new TableOracle(e)),
  );
}

function tableStep(s: TableStep): StepSpec {
  return {
    id: s.id,
    ...(s.kind ? { kind: s.kind } : {}),
    params: s.params,
    reference: notInBundle('the reference'),
    // fresh values on every call, as a spec's generator gives
    cases: () => s.cases.map(caseOf),
    ...(s.points !== undefined ? { points: s.points } : {}),
    ...(s.tolerance ? { tolerance: s.tolerance } : {}),
    ...(s.timeoutMs !== undefined ? { timeoutMs: s.timeoutMs } : {}),
    ...(s.properties ? { properties: s.properties.map(propertyNamed) } : {}),
    ...(s.gradientCheck ? { gradientCheck: gradientCheckOf(s) } : {}),
  };
}

function caseOf(t: TableCase): Case {
  return {
    name: t.name,
    args: t.args.map(live),
    dims: t.dims,
    ...(t.tolerance ? { tolerance: t.tolerance } : {}),
    ...(t.context ? { context: { ...t.context } } : {}),
  };
}

function gradientCheckOf(s: TableStep): GradientCheckSpec {
  const byName = new Map(s.cases.map((c) => [c.name, c]));
  const gradientOf = (c: Case): NonNullable<TableCase['gradient']> => {
    const found = byName.get(c.name)?.gradient;
    if (!found) throw new Error(`no gradient-check data for case ${c.name}`);
    return found;
  };
  const check = s.gradientCheck ?? { ownCost: false };
  return {
    ...(check.single ? { single: check.single } : {}),
    ...(check.cases !== undefined ? { cases: check.cases } : {}),
    point: (c): Point => Object.fromEntries(Object.entries(gradientOf(c).point).map(([k, w]) => [k, liveMatrix(w)])),
    // the oracle gives the reference's gradients: the cost itself is never evaluated here
    cost: notInBundle('the reference cost'),
    ...(check.ownCost
      ? { ownCost: (c: Case, p: Point) => replayOwnCost(gradientOf(c).own, p), ownCostTemplate: (c: Case) => gradientOf(c).own }
      : {}),
  };
}

/** Answers the engine's questions from one exercise of the table, by step and case name. */
class TableOracle implements Oracle {
  private readonly steps: Map<string, { step: TableStep; cases: Map<string, TableCase>; mutants: Mutant[] }>;

  constructor(exercise: TableExercise) {
    this.steps = new Map(
      exercise.steps.map((step) => [
        step.id,
        {
          step,
          cases: new Map(step.cases.map((c) => [c.name, c])),
          mutants: step.mutants.map((m): Mutant => ({ ...m, apply: notInBundle(`the mutant ${m.id}`) })),
        },
      ]),
    );
  }

  private caseOf(step: StepSpec, c: Case): TableCase {
    const found = this.steps.get(step.id)?.cases.get(c.name);
    if (!found) throw new Error(`the oracle table has no case "${c.name}" of ${step.id}`);
    return found;
  }

  expected(step: StepSpec, c: Case): Wire {
    return this.caseOf(step, c).expected;
  }

  mutants(step: StepSpec): Mutant[] {
    return this.steps.get(step.id)?.mutants ?? [];
  }

  mutantOutcome(step: StepSpec, mutant: Mutant, c: Case): Outcome | undefined {
    const index = this.mutants(step).indexOf(mutant);
    const outcome = index < 0 ? undefined : this.steps.get(step.id)?.cases.get(c.name)?.mutants[index];
    if (!outcome) return undefined;
    return 'value' in outcome
      ? { kind: 'value', value: decode(outcome.value) }
      : { kind: 'threw', error: outcome.threw, ...(outcome.message ? { message: outcome.message } : {}) };
  }

  /** The table's differences: the point is the table's own (gradientCheckOf), nothing is computed. */
  referenceGradient(step: StepSpec, c: Case, tensor: string): ReturnType<Oracle['referenceGradient']> {
    const w = this.caseOf(step, c).gradient?.reference[tensor];
    return w === undefined ? undefined : liveMatrix(w);
  }
}
