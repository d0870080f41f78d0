// The precomputed table a student bundle grades from (oracle.json): every public case of every
// step with its inputs, the reference's result, each mutant's result and the gradient-check data,
// all as wire values (grader/model/wire.ts). Plain JSON: no code, so none can leak through it.
// Inputs are stored rather than regenerated because case generators compute derived inputs
// (A, dZ, caches …) with the reference itself.
import type { Tolerance } from '../compare/allclose.js';
import type { ErrorClass } from './types.js';
import type { OwnCostTemplate, Wire } from '../model/wire.js';
import type { StepKind } from '../spec/types.js';

export const TABLE_VERSION = 1;

export interface OracleTable {
  version: typeof TABLE_VERSION;
  tool: { name: string; version: string };
  /** The seed every case was drawn from: the only one this table can grade. */
  seed: number;
  exercises: TableExercise[];
}

export interface TableExercise {
  id: string;
  title: string;
  notes: string;
  steps: TableStep[];
}

export interface TableStep {
  id: string;
  /** The step's kind (rules and train plots read it). */
  kind?: StepKind;
  params: string[];
  points?: number;
  tolerance?: Partial<Tolerance>;
  timeoutMs?: number;
  /** Property checks by name (grader/oracle/properties.ts): functions cannot be stored. */
  properties?: string[];
  /** The step's mutants, in order; each case lists their outcomes in the same order. */
  mutants: TableMutant[];
  gradientCheck?: { single?: string; cases?: number; ownCost: boolean };
  cases: TableCase[];
}

export interface TableMutant {
  id: string;
  variant?: string;
  message?: string;
  hint?: string;
}

/** A mutant's result on a case: its value, or the class of error it threw. */
export type TableOutcome = { value: Wire } | { threw: ErrorClass; message?: string };

export interface TableCase {
  name: string;
  args: Wire[];
  dims: Record<string, number>;
  tolerance?: Partial<Tolerance>;
  /** The case context's plain values (numbers, strings, booleans): what property checks read. */
  context?: Record<string, number | string | boolean>;
  expected: Wire;
  mutants: TableOutcome[];
  gradient?: TableGradient;
}

export interface TableGradient {
  /** The tensors the gradients are taken at, by gradient name (`dW1`). */
  point: Record<string, Wire>;
  /** The reference cost's central differences, by gradient name. */
  reference: Record<string, Wire>;
  /** The student's own forward and cost as calls, with where each point entry goes. */
  own?: OwnCostTemplate;
}
