// The one result model. Plain, read-only data; every writer (console, JSON, HTML, platforms) is a
// pure function over it and never adds fields. Versioned: later changes add optional fields only.
import type { Wire } from './wire.js';

export const SCHEMA_VERSION = 1;

/** Step statuses. `error` (the code could not run) is not `failed` (it ran and was wrong). */
export const STEP_STATUSES = ['passed', 'failed', 'error', 'timeout', 'missing', 'skipped'] as const;
export type StepStatus = (typeof STEP_STATUSES)[number];

export const CASE_STATUSES = ['passed', 'failed', 'error', 'timeout'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

/** Which stage of the comparison funnel found a problem (in funnel order), or another check. */
export type Check = 'type' | 'keys' | 'shape' | 'finite' | 'values' | 'mutation' | 'property';

export interface ValueStats {
  maxAbsError: number;
  maxRelError: number;
  wrongCount: number;
  total: number;
  /** [row, column] of the first wrong entries, row-major. */
  firstPositions: [number, number][];
  rtol: number;
  atol: number;
}

export interface Problem {
  /** Where in the returned value: `dW1`, `cache.Z1`, `caches[0].Z`, or `` for the value itself. */
  path: string;
  check: Check;
  message: string;
  /** For value mismatches of small enough arrays: both sides, for side-by-side display. */
  expected?: Wire;
  received?: Wire;
  stats?: ValueStats;
}

export interface ArgSummary {
  name: string;
  /** `(3, 5)` for a matrix, the value for a number, `{ W1, b1 }` for an object … */
  summary: string;
}

export interface CaseResult {
  name: string;
  status: CaseStatus;
  args: ArgSummary[];
  message: string;
  problems: Problem[];
  /** What the student code printed during this call (captured, capped, plain text). */
  output?: string;
  durationMs: number;
  /** A case from a hidden seed (platform mode): only its status is reported. */
  hidden?: true;
  /** `train` cases: the cost curves, the student's and the reference's, for a chart. */
  costs?: CostCurves;
  /** `train` cases on 2-D data: where the student's trained model predicts 1, over the data. */
  boundary?: DecisionBoundary;
}

/** Cost per iteration, downsampled to a few hundred points at most: costs[0], costs[every], … */
export interface CostCurves {
  /** Iterations between two kept points (1 when none was dropped). */
  every: number;
  /** The student's costs; null where one is not a finite number. */
  student: (number | null)[];
  reference: number[];
}

/** The student's trained model evaluated on a grid over a 2-D data set, and the data. */
export interface DecisionBoundary {
  /** [min, max] of the first feature (the grid's columns) and of the second (its rows). */
  x: [number, number];
  y: [number, number];
  /** One string per grid row, from y min up; one character per cell centre, from x min: '1' where the model predicts 1. */
  grid: string[];
  /** The examples: [first feature, second feature, label]. */
  points: [number, number, number][];
}

export interface Diagnosis {
  /** A misconception id of the curriculum (`missing-1-over-m`, `mutates-input`, …). */
  id: string;
  message: string;
  hint: string;
}

export interface GradientCheck {
  tensor: string;
  against: 'reference' | 'own-forward';
  relativeDifference: number | null;
  threshold: number;
  passed: boolean;
  case: string;
}

export interface ErrorInfo {
  name: string;
  message: string;
  /** Path of the student's file, relative to the submission folder, with position when known. */
  file?: string;
  line?: number;
  column?: number;
  stack?: string;
}

interface StepBase {
  id: string;
  score: number;
  maxScore: number;
  /** One sentence: why this status. */
  message: string;
  /** The student's file for this step, relative to the submission folder. */
  file?: string;
  /** Sub-steps whose failure explains this one's. */
  causedBy?: string[];
  diagnoses: Diagnosis[];
  cases: CaseResult[];
  gradientChecks: GradientCheck[];
  /** Command that grades just this step again. */
  repro: string;
  durationMs: number;
}

export type StepResult =
  | (StepBase & { status: 'passed' })
  | (StepBase & { status: 'failed' })
  | (StepBase & { status: 'error'; error: ErrorInfo })
  | (StepBase & { status: 'timeout'; limitMs: number })
  | (StepBase & { status: 'missing'; lookedFor: string[] })
  | (StepBase & { status: 'skipped' });

export interface ExerciseResult {
  id: string;
  title: string;
  score: number;
  maxScore: number;
  steps: StepResult[];
}

export interface GradeResults {
  schemaVersion: typeof SCHEMA_VERSION;
  tool: { name: string; version: string };
  seed: number;
  submission: string;
  startedAt: string;
  durationMs: number;
  score: number;
  maxScore: number;
  exercises: ExerciseResult[];
  /** Set when the grader itself failed: the results are then incomplete, but still written. */
  graderError?: ErrorInfo;
  /** Which layers confined the student code in this run (grader/sandbox/types.ts, docs/security.md). */
  sandbox?: { layers: string[] };
}

export const STATUS_SYMBOL: Record<StepStatus, string> = {
  passed: '✓',
  failed: '✗',
  error: '✗',
  timeout: '✗',
  missing: '✗',
  skipped: '-',
};
