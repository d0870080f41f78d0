// What a report needs to *show* a `train` case: both cost curves, and for 2-D data the student's
// decision boundary (the reference's `predict` run on the student's trained parameters over a
// grid). Small by design: curves downsampled, the grid a few hundred cells, coordinates rounded.
import { Matrix } from 'ml-matrix';
import type { Value } from '../compare/value.js';
import { liveOfValue } from '../model/live.js';
import type { CaseResult, CostCurves, DecisionBoundary } from '../model/results.js';
import type { Case, ExerciseSpec, StepSpec } from '../spec/types.js';

/** At most this many points per curve: a chart cannot show more, and results.json stays small. */
export const MAX_CURVE_POINTS = 200;
/** Cells per side of the boundary grid. */
export const GRID_SIZE = 24;
/**
 * Most numbers in a student's parameters for which a boundary is drawn: the reference predict
 * then costs at most ~GRID_SIZE² × this many multiply-adds (30 M, a few ms), while parameters a
 * wrong `train` made huge — W1 of (800000, 2) — would cost gigabytes in the grader itself.
 * Networks of the exercises hold a few dozen.
 */
export const MAX_BOUNDARY_NUMBERS = 50_000;

type TrainPlots = Pick<CaseResult, 'costs' | 'boundary'>;

/**
 * The curves and (when asked) the boundary of a `train` case whose call returned; `{}` for any
 * other step. The report draws boundaries for a step's first case and its wrong ones only, and
 * each costs a reference `predict` over the grid.
 */
export function trainPlots(
  exercise: ExerciseSpec,
  step: StepSpec,
  c: Case,
  expected: Value,
  received: Value,
  withBoundary: boolean,
): TrainPlots {
  if (step.kind !== 'train') return {};
  const costs = costCurves(entry(expected, 'costs'), entry(received, 'costs'));
  const boundary = withBoundary ? decisionBoundary(exercise, c, entry(received, 'params')) : undefined;
  return { ...(costs ? { costs } : {}), ...(boundary ? { boundary } : {}) };
}

const entry = (v: Value, key: string): Value | undefined => (v.kind === 'object' ? v.entries[key] : undefined);

/** A list of numbers, or one row of a matrix (a student may return costs as [[…]]). */
function numbers(v: Value | undefined): number[] | undefined {
  if (v?.kind === 'list' && v.items.every((x) => x.kind === 'number')) return v.items.map((x) => (x as { value: number }).value);
  if (v?.kind === 'matrix' && v.rows === 1) return v.data[0];
  return undefined;
}

function costCurves(expected: Value | undefined, received: Value | undefined): CostCurves | undefined {
  const reference = numbers(expected);
  const student = numbers(received);
  if (!reference || !student) return undefined;
  const every = Math.max(1, Math.ceil(Math.max(reference.length, student.length) / MAX_CURVE_POINTS));
  const keep = <T>(xs: T[]): T[] => xs.filter((_, i) => i % every === 0);
  return {
    every,
    student: keep(student).map((x) => (Number.isFinite(x) ? round(x, 6) : null)),
    reference: keep(reference).map((x) => round(x, 6)),
  };
}

/** The student's model on a grid over the data; undefined unless the data is 2-D and predict runs on the params. */
function decisionBoundary(exercise: ExerciseSpec, c: Case, params: Value | undefined): DecisionBoundary | undefined {
  const [X, Y] = c.args;
  const predict = exercise.steps.find((s) => s.id === 'predict');
  if (!(X instanceof Matrix) || !(Y instanceof Matrix) || X.rows !== 2 || !predict || params?.kind !== 'object') return undefined;
  if (numbersIn(params, MAX_BOUNDARY_NUMBERS) > MAX_BOUNDARY_NUMBERS) return undefined; // the values' comparison says what is wrong
  const x = padded(X.getRow(0));
  const y = padded(X.getRow(1));
  const centres = (r: [number, number]) => Array.from({ length: GRID_SIZE }, (_, i) => r[0] + ((i + 0.5) * (r[1] - r[0])) / GRID_SIZE);
  const [xs, ys] = [centres(x), centres(y)];
  const grid = new Matrix([ys.flatMap(() => xs), ys.flatMap((v) => xs.map(() => v))]);
  const labels = predictions(predict, liveOfValue(params) as Record<string, unknown>, grid);
  if (!labels || labels.length !== GRID_SIZE * GRID_SIZE) return undefined;
  const rows = ys.map((_, r) =>
    labels
      .slice(r * GRID_SIZE, (r + 1) * GRID_SIZE)
      .map((p) => (p === 1 ? '1' : '0'))
      .join(''),
  );
  const points = X.getRow(0).map((v, i): [number, number, number] => [round(v, 4), round(X.get(1, i), 4), Y.get(0, i) === 1 ? 1 : 0]);
  return { x, y, grid: rows, points };
}

/** The data's range with a margin, so points never sit on the chart's edge. */
function padded(values: number[]): [number, number] {
  const [lo, hi] = [Math.min(...values), Math.max(...values)];
  const margin = 0.1 * (hi - lo || 1);
  return [round(lo - margin, 4), round(hi + margin, 4)];
}

/**
 * The reference `predict` on the student's parameters, arguments matched by name: `X` is the
 * grid, `params` the whole parameter set, any other name (`w`, `b`) that entry of it. Student
 * parameters of a wrong shape make predict throw: then there is no boundary to draw.
 */
function predictions(predict: StepSpec, params: Record<string, unknown>, grid: Matrix): number[] | undefined {
  const args = predict.params.map((name) => (name === 'X' ? grid : name === 'params' ? params : params[name]));
  try {
    const out = (predict.reference as (...a: unknown[]) => unknown)(...args);
    if (out instanceof Matrix) return out.getRow(0);
    if (Array.isArray(out) && Array.isArray(out[0])) return (out[0] as unknown[]).map(Number);
  } catch {
    // a malformed parameter set: no boundary
  }
  return undefined;
}

/** How many numbers a value holds, counted no further than just past `max`. */
function numbersIn(v: Value, max: number): number {
  switch (v.kind) {
    case 'number':
      return 1;
    case 'matrix':
      return v.rows * v.cols;
    case 'list':
    case 'object': {
      let total = 0;
      for (const item of v.kind === 'list' ? v.items : Object.values(v.entries)) {
        total += numbersIn(item, max);
        if (total > max) break;
      }
      return total;
    }
    default:
      return 0;
  }
}

const round = (x: number, digits: number): number => Number(x.toPrecision(digits));
