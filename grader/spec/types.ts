// How an exercise is described to the engine: its steps, their seeded cases, the reference that
// computes the expected values, tolerances, points and gradient checks. Plain data and functions.
import type { Matrix } from 'ml-matrix';
import type { Tolerance } from '../compare/allclose.js';
import type { Value } from '../compare/value.js';
import type { Problem } from '../model/results.js';
import type { Rng } from '../random.js';
import type { OwnCostTemplate } from '../model/wire.js';

/** One input on which a step is graded. Arguments are the JS values the reference receives. */
export interface Case {
  /** Short and unique within the step: `m=7, n_x=3`, `z = ±1000`. */
  name: string;
  /** Matrices, numbers, objects, and `RandnArg` for a `randn` stream. */
  args: unknown[];
  /** Named sizes of this case, used to name dimensions in messages: `{ n_x: 3, m: 7 }`. */
  dims: Record<string, number>;
  tolerance?: Partial<Tolerance>;
  /** What the inputs were computed from, for gradient checks (`{ w, b, X, Y }`). */
  context?: Record<string, unknown>;
}

export type Point = Record<string, Matrix>;

/** A call of one of the student's own steps in a pipeline; `ResultRef` arguments point at earlier results. */
export interface PipelineCall {
  step: string;
  args: unknown[];
}

export interface GradientCheckSpec {
  /** Where the gradients are taken, keyed by the gradient's name in the result (`dW1` → W1, `dw` → w). */
  point(c: Case): Point;
  /** The reference cost at a point. */
  cost(c: Case, point: Point): number;
  /** The student's own forward and cost at a point, as calls of the student's steps; the last returns the cost. */
  ownCost?(c: Case, point: Point): PipelineCall[];
  /** The own-cost calls as a template with the places of each point entry, when precomputed (the public table). */
  ownCostTemplate?(c: Case): OwnCostTemplate | undefined;
  /** When the step returns one tensor rather than an object of gradients: its name (`dW`). */
  single?: string;
  /** Cases to check (gradient checks cost 2 calls per parameter); default: the first. */
  cases?: number;
}

export type PropertyCheck = (received: Value, c: Case) => Problem | undefined;

/**
 * The step with exactly one known mistake. When a student's step fails, diagnosis runs its
 * mutants on the same cases; one that reproduces the student's results names the misconception.
 * Teachers add one here (or in grader/diagnosis/mutants/) without touching the engine.
 */
export interface Mutant {
  /** The misconception it stands for: an id of grader/diagnosis/catalogue.ts, or a new one. */
  id: string;
  /** Tells apart several mutants of one id on one step (`rows`, `hidden-only`). */
  variant?: string;
  /** Same signature as the step's reference; runs in the grader process on copies of the args. */
  apply: (...args: never[]) => unknown;
  /** What the student is told when it matches; default: built from the catalogue. */
  message?: string;
  /** What to change; default: the catalogue's fix. */
  hint?: string;
  /** The same mistake as a student's step file (path from the package root), for `grade selftest`. */
  file?: string;
}

/**
 * What a step computes, whatever it is called: the diagnosis rules and the reports read this,
 * never a step's name, so a teacher's step named `gradients` gets what `backward` gets.
 * `output-delta` is dZ = A − Y of a sigmoid output with the log loss; `gradient` any other
 * derivative of the cost; `sizes` counts read off the data (layerSizes).
 */
export const STEP_KINDS = [
  'activation',
  'sizes',
  'init',
  'forward',
  'cost',
  'output-delta',
  'gradient',
  'update',
  'predict',
  'train',
] as const;
export type StepKind = (typeof STEP_KINDS)[number];

export interface StepSpec {
  /** The contract's name of the step, also its file name and export. */
  id: string;
  /** What it computes; without one, only the rules that need no kind run (mutants, shapes, errors, gradient checks). */
  kind?: StepKind;
  /** Argument names in order, for messages (`mutated argument A`). */
  params: string[];
  /** The reference implementation of the step. */
  reference: (...args: never[]) => unknown;
  cases(rng: Rng): Case[];
  points?: number;
  tolerance?: Partial<Tolerance>;
  gradientCheck?: GradientCheckSpec;
  /** Checks beyond equality with the reference, e.g. that `train`'s costs fall. */
  properties?: PropertyCheck[];
  /** Per-call time limit; default 2 s. */
  timeoutMs?: number;
  /** Known mistakes of this step, for diagnosis (optional; see Mutant). */
  mutants?: Mutant[];
}

export interface ExerciseSpec {
  id: string;
  title: string;
  /** The lecture notes the exercise comes from (`004 "Computation graph"`). */
  notes: string;
  steps: StepSpec[];
}
