// Release time: asks the live oracle for the reference's result and runs every mutant on every
// public case, in this process, and writes down what the engine would have computed, so that a
// student bundle can grade without their code (grader/oracle/table-oracle.ts reads it back).
// Everything is encoded as the engine encodes it, so decoding gives the same values.
import { casesOf } from '../engine/grade-step.js';
import { UsageError } from '../engine/errors.js';
import { oracleFor } from '../engine/oracle.js';
import { errorClass } from '../diagnosis/values.js';
import { freshArgs } from '../model/live.js';
import { encode } from '../model/wire.js';
import { propertyNames } from '../oracle/properties.js';
import { TABLE_VERSION, type OracleTable, type TableCase, type TableOutcome, type TableStep } from '../oracle/table.js';
import type { Oracle } from '../oracle/types.js';
import type { Case, ExerciseSpec, Mutant, StepSpec } from '../spec/types.js';
import { TOOL } from '../version.js';
import { gradientData } from './table-gradient.js';

export interface BuiltTable {
  table: OracleTable;
  /** What the student bundle will not do exactly as the full grader (said by `grade release`). */
  warnings: string[];
}

export function buildTable(exercises: ExerciseSpec[], seed: number): BuiltTable {
  const warnings: string[] = [];
  const table: OracleTable = {
    version: TABLE_VERSION,
    tool: TOOL,
    seed,
    exercises: exercises.map((exercise) => ({
      id: exercise.id,
      title: exercise.title,
      notes: exercise.notes,
      steps: exercise.steps.map((step) => tableStep(exercise, step, seed, warnings)),
    })),
  };
  return { table, warnings };
}

function tableStep(exercise: ExerciseSpec, step: StepSpec, seed: number, warnings: string[]): TableStep {
  const where = `${exercise.id}/${step.id}`;
  const cases = casesOf({ exercise, spec: step, seed });
  const names = new Set(cases.map((c) => c.name));
  if (names.size !== cases.length)
    throw new UsageError(
      `${where}: two cases have the same name; the student bundle finds cases by name, so each case of a step needs its own`,
    );
  const oracle = oracleFor(exercise);
  const mutants = oracle.mutants(step);
  const rows = cases.map((c) => tableCase(oracle, step, c, mutants));
  const properties = propertyNames(step.properties ?? []);
  if (properties.unknown > 0)
    warnings.push(
      `${where}: ${properties.unknown} property check(s) are not built in; the student bundle cannot run them (the platforms still do)`,
    );
  const check = step.gradientCheck;
  const withData = rows.filter((r) => r.gradient);
  const ownCost = check?.ownCost !== undefined && withData.length > 0 && withData.every((r) => r.gradient?.own);
  if (check?.ownCost && !ownCost)
    warnings.push(
      `${where}: ownCost does not only copy the point into its calls; the student bundle checks gradients against the reference only`,
    );
  if (!ownCost) for (const r of rows) delete r.gradient?.own;
  return {
    id: step.id,
    ...(step.kind ? { kind: step.kind } : {}),
    params: step.params,
    ...(step.points !== undefined ? { points: step.points } : {}),
    ...(step.tolerance ? { tolerance: step.tolerance } : {}),
    ...(step.timeoutMs !== undefined ? { timeoutMs: step.timeoutMs } : {}),
    ...(properties.names.length > 0 ? { properties: properties.names } : {}),
    mutants: mutants.map((m) => ({
      id: m.id,
      ...(m.variant ? { variant: m.variant } : {}),
      ...(m.message ? { message: m.message } : {}),
      ...(m.hint ? { hint: m.hint } : {}),
    })),
    ...(check
      ? {
          gradientCheck: {
            ...(check.single ? { single: check.single } : {}),
            ...(check.cases !== undefined ? { cases: check.cases } : {}),
            ownCost,
          },
        }
      : {}),
    cases: rows,
  };
}

function tableCase(oracle: Oracle, step: StepSpec, c: Case, mutants: Mutant[]): TableCase {
  const gradient = step.gradientCheck ? gradientData(oracle, step, c) : undefined;
  const context = plainValues(c.context);
  return {
    name: c.name,
    args: c.args.map((a) => encode(a)),
    dims: c.dims,
    ...(c.tolerance ? { tolerance: c.tolerance } : {}),
    ...(context ? { context } : {}),
    expected: oracle.expected(step, c),
    mutants: mutants.map((m) => outcomeOf(m, c)),
    ...(gradient ? { gradient } : {}),
  };
}

/** As grader/diagnosis/rules/mutants.ts runs a mutant (the live oracle's way), but keeping the wire value. */
function outcomeOf(mutant: Mutant, c: Case): TableOutcome {
  try {
    return { value: encode((mutant.apply as (...args: unknown[]) => unknown)(...freshArgs(c.args))) };
  } catch (e) {
    const error = e instanceof Error ? e : new Error(String(e));
    return { threw: errorClass(error), message: `${error.name}: ${error.message}` };
  }
}

/** Only the context's plain values: its matrices are inputs or reference results, not for the bundle. */
function plainValues(context: Record<string, unknown> | undefined): TableCase['context'] {
  const kept = Object.entries(context ?? {}).filter((e): e is [string, number | string | boolean] =>
    ['number', 'string', 'boolean'].includes(typeof e[1]),
  );
  return kept.length > 0 ? Object.fromEntries(kept) : undefined;
}
