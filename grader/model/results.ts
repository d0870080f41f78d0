// The one result model. Plain, read-only data; every writer (console, JSON, HTML, platforms) is a
// pure function over it and never adds fields. Versioned: later changes add optional fields only.
import type { Wire } from './wire.js';

export const SCHEMA_VERSION = 1;

/**
 * Step statuses. `error` (the code could not run) is not `failed` (it ran and was wrong); `not-run`:
 * the submission's time ran out (in another step) before this one started, so it scores 0.
 */
export const STEP_STATUSES = ['passed', 'failed', 'error', 'timeout', 'missing', 'skipped', 'not-run'] as const;
export type StepStatus = (typeof STEP_STATUSES)[number];

export const CASE_STATUSES = ['passed', 'failed', 'error', 'timeout'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

/** Which stage of the comparison funnel found a problem (in funnel order), or another check. */
export type Check = 'type' | 'keys' | 'shape' | 'finite' | 'values' | 'mutation' | 'property';

// not readonly: compare/allclose.ts fills it in one pass over the values
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
  readonly path: string;
  readonly check: Check;
  readonly message: string;
  /** For value mismatches of small enough arrays: both sides, for side-by-side display. */
  readonly expected?: Wire;
  readonly received?: Wire;
  readonly stats?: ValueStats;
  /** For a matrix too large to send whole: a window of both sides around the first wrong entries. */
  readonly excerpt?: Excerpt;
  /** [row, column] of every wrong entry among those sent (expected/received or the excerpt), row-major. */
  readonly wrong?: [number, number][];
  /** For `mutation`: where in the argument the first change was seen (`params.W1[0][2]`). */
  readonly firstChange?: string;
}

/** Rows `row…` and columns `col…` of a (rows, cols) matrix, both sides, as rows of wire numbers. */
export interface Excerpt {
  readonly row: number;
  readonly col: number;
  readonly rows: number;
  readonly cols: number;
  readonly expected: Wire;
  readonly received: Wire;
}

export interface ArgSummary {
  readonly name: string;
  /** `(3, 5)` for a matrix, the value for a number, `{ W1, b1 }` for an object … */
  readonly summary: string;
}

export interface CaseResult {
  readonly name: string;
  readonly status: CaseStatus;
  readonly args: ArgSummary[];
  readonly message: string;
  readonly problems: Problem[];
  /** What the student code printed during this call (captured, capped, plain text). */
  readonly output?: string;
  /** A case that threw: the error, with the student's own frames. */
  readonly error?: ErrorInfo;
  readonly durationMs: number;
  /** A case from a hidden seed (platform mode): only its status is reported. */
  readonly hidden?: true;
  /** `train` cases: the cost curves, the student's and the reference's, for a chart. */
  readonly costs?: CostCurves;
  /** `train` cases on 2-D data: where the student's trained model predicts 1, over the data. */
  readonly boundary?: DecisionBoundary;
}

/** Cost per iteration, downsampled to a few hundred points at most: costs[0], costs[every], … */
export interface CostCurves {
  /** Iterations between two kept points (1 when none was dropped). */
  readonly every: number;
  /** The student's costs; null where one is not a finite number. */
  readonly student: (number | null)[];
  readonly reference: number[];
}

/** The student's trained model evaluated on a grid over a 2-D data set, and the data. */
export interface DecisionBoundary {
  /** [min, max] of the first feature (the grid's columns) and of the second (its rows). */
  readonly x: [number, number];
  readonly y: [number, number];
  /** One string per grid row, from y min up; one character per cell centre, from x min: '1' where the model predicts 1. */
  readonly grid: string[];
  /** The examples: [first feature, second feature, label]. */
  readonly points: [number, number, number][];
}

export interface Diagnosis {
  /** A misconception id of the curriculum (`missing-1-over-m`, `mutates-input`, …). */
  readonly id: string;
  readonly message: string;
  readonly hint: string;
  /** The mistake in a few words, the right formula in this exercise's notation, the notes that show it. */
  readonly title?: string;
  readonly explanation?: string;
  readonly formula?: string;
  readonly note?: string;
}

export interface GradientCheck {
  readonly tensor: string;
  readonly against: 'reference' | 'own-forward';
  readonly relativeDifference: number | null;
  readonly threshold: number;
  readonly passed: boolean;
  readonly case: string;
}

export interface ErrorInfo {
  readonly name: string;
  readonly message: string;
  /** Path of the student's file, relative to the submission folder, with position when known. */
  readonly file?: string;
  readonly line?: number;
  readonly column?: number;
  readonly stack?: string;
  /** The student's own frames, innermost first: where it threw, then the calls that led there. */
  readonly frames?: StackFrame[];
}

export interface StackFrame {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  /** The function, when the stack names it. */
  readonly fn?: string;
}

interface StepBase {
  readonly id: string;
  readonly score: number;
  readonly maxScore: number;
  /** One sentence: why this status. */
  readonly message: string;
  /** The student's file for this step, relative to the submission folder. */
  readonly file?: string;
  /** Sub-steps whose failure explains this one's. */
  readonly causedBy?: string[];
  /** TypeScript errors in the step's file (`grade --types`), `file:line:column TS…: …`: a note, no score change. */
  readonly typeErrors?: string[];
  readonly diagnoses: Diagnosis[];
  readonly cases: CaseResult[];
  readonly gradientChecks: GradientCheck[];
  /** Command that grades just this step again. */
  readonly repro: string;
  readonly durationMs: number;
}

export type StepResult =
  | (StepBase & { readonly status: 'passed' })
  | (StepBase & { readonly status: 'failed' })
  | (StepBase & { readonly status: 'error'; readonly error: ErrorInfo })
  | (StepBase & { readonly status: 'timeout'; readonly limitMs: number })
  | (StepBase & { readonly status: 'missing'; readonly lookedFor: string[] })
  | (StepBase & { readonly status: 'skipped' })
  /** `ranOutIn`: the step (`exercise/step`) that was running when the submission's time ran out, when known. */
  | (StepBase & { readonly status: 'not-run'; readonly ranOutIn?: string });

export interface ExerciseResult {
  readonly id: string;
  readonly title: string;
  readonly score: number;
  readonly maxScore: number;
  readonly steps: StepResult[];
  /** Set when the exercise was written in Python (grader/python); absent: TypeScript or JavaScript. */
  readonly language?: 'python';
}

export interface GradeResults {
  readonly schemaVersion: typeof SCHEMA_VERSION;
  readonly tool: { name: string; version: string };
  readonly seed: number;
  readonly submission: string;
  readonly startedAt: string;
  readonly durationMs: number;
  readonly score: number;
  readonly maxScore: number;
  /**
   * The run's outcome, so consumers need not derive it: `error` when the grader failed
   * (graderError), `passed` when every graded step passed, `failed` otherwise. Added in
   * schemaVersion 1 (optional there): results written before it lack it; see runStatus.
   */
  readonly status?: RunStatus;
  readonly exercises: ExerciseResult[];
  /** Set when the grader itself failed: the results are then incomplete, but still written. */
  readonly graderError?: ErrorInfo;
  /** Which layers confined the student code in this run (grader/sandbox/types.ts, docs/security.md). */
  readonly sandbox?: { layers: string[] };
}

export const STATUS_SYMBOL: Record<StepStatus, string> = {
  passed: '✓',
  failed: '✗',
  error: '✗',
  timeout: '✗',
  missing: '✗',
  skipped: '-',
  'not-run': '✗',
};

/** A deep copy one may change (tests that plant what a student could write); wire values stay as they are. */
export type Draft<T> = { -readonly [K in keyof T]: K extends 'expected' | 'received' ? T[K] : Draft<T[K]> };

/** The outcome of a whole run (GradeResults.status). */
export const RUN_STATUSES = ['passed', 'failed', 'error'] as const;
export type RunStatus = (typeof RUN_STATUSES)[number];

/** Graded and not passed: what the reports list and what explains a composite's failure. */
export const isBroken = (step: Pick<StepResult, 'status'>): boolean => step.status !== 'passed' && step.status !== 'skipped';

/** Part of this run (not left out by --exercise / --step). */
export const isGraded = (step: Pick<StepResult, 'status'>): boolean => step.status !== 'skipped';

/** Every graded step of the results. */
export const gradedSteps = (results: Pick<GradeResults, 'exercises'>): StepResult[] =>
  results.exercises.flatMap((e) => e.steps.filter(isGraded));

/** The results' status, read from them or, for results written before the field, derived the same way. */
export function runStatus(results: Pick<GradeResults, 'exercises' | 'graderError' | 'status'>): RunStatus {
  if (results.status) return results.status;
  if (results.graderError) return 'error';
  return gradedSteps(results).some(isBroken) ? 'failed' : 'passed';
}
