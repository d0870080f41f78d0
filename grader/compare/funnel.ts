// The one comparison funnel every check goes through: type → shape → finite → values.
// It walks the *expected* value, so a student's extra keys can never make a check pass.
import type { Excerpt, Problem, ValueStats } from '../model/results.js';
import { encodeNumber, type Wire } from '../model/wire.js';
import { describe, keyList, type Value } from './value.js';
import { compareValues, isClose, type Tolerance } from './allclose.js';

export interface CompareContext {
  /** Named sizes of this case (`m`, `n^[1]` …), used to name dimensions in messages. */
  dims: Record<string, number>;
  tolerance: Tolerance;
  /** What the value itself is called in messages (the step's name). */
  rootName?: string;
}

/** Largest matrix sent along with a mismatch, for side-by-side display in reports. */
const MAX_SHOWN_ENTRIES = 400;
/** A larger one sends this window of both sides instead, from near its first wrong entry. */
const EXCERPT_ROWS = 20;
const EXCERPT_COLS = 20;

export function compare(expected: Value, received: Value, ctx: CompareContext, path = ''): Problem[] {
  const name = nameOf(path, ctx);
  if (expected.kind === 'matrix') return compareMatrix(expected, received, ctx, path);
  if (expected.kind === 'number') {
    if (received.kind !== 'number') return [typeProblem(path, `${name} must be a number; yours is ${describe(received)}`)];
    return compareMatrix(asMatrix(expected.value), asMatrix(received.value), ctx, path);
  }
  if (expected.kind === 'object') return compareObject(expected, received, ctx, path);
  if (expected.kind === 'list') return compareList(expected, received, ctx, path);
  if (received.kind !== 'other' || received.type !== expected.type || received.text !== expected.text) {
    return [typeProblem(path, `${name} must be ${describe(expected)}; yours is ${describe(received)}`)];
  }
  return [];
}

function compareObject(expected: Extract<Value, { kind: 'object' }>, received: Value, ctx: CompareContext, path: string): Problem[] {
  if (received.kind !== 'object') {
    return [
      typeProblem(
        path,
        `${nameOf(path, ctx)} must be an object with keys { ${Object.keys(expected.entries).join(', ')} }; yours is ${describe(received)}`,
      ),
    ];
  }
  const missing = Object.keys(expected.entries).filter((k) => !Object.hasOwn(received.entries, k));
  const problems: Problem[] = [];
  if (missing.length > 0) {
    const extra = Object.keys(received.entries).filter((k) => !Object.hasOwn(expected.entries, k));
    const also = extra.length > 0 ? ` (it has ${keyList(extra)} instead)` : '';
    problems.push({ path, check: 'keys', message: `${nameOf(path, ctx)} is missing ${missing.join(', ')}${also}` });
  }
  for (const key of Object.keys(expected.entries)) {
    if (!Object.hasOwn(received.entries, key)) continue;
    problems.push(...compare(expected.entries[key], received.entries[key], ctx, join(path, key)));
  }
  return problems;
}

function compareList(expected: Extract<Value, { kind: 'list' }>, received: Value, ctx: CompareContext, path: string): Problem[] {
  const name = nameOf(path, ctx);
  if (received.kind === 'matrix' && received.rows === expected.items.length) {
    // number[][] rows decode as a matrix; compare them as the list of rows they are.
    received = {
      kind: 'list',
      items: received.data.map((row) => ({ kind: 'matrix', rows: 1, cols: row.length, data: [row], from: 'number[][]' })),
    };
  }
  if (received.kind !== 'list')
    return [typeProblem(path, `${name} must be a list of ${expected.items.length}; yours is ${describe(received)}`)];
  if (received.items.length !== expected.items.length) {
    return [{ path, check: 'shape', message: `${name} must have ${expected.items.length} entries; yours has ${received.items.length}` }];
  }
  return expected.items.flatMap((item, i) => compare(item, received.items[i], ctx, `${path}[${i}]`));
}

function compareMatrix(expected: Extract<Value, { kind: 'matrix' }>, received: Value, ctx: CompareContext, path: string): Problem[] {
  const name = nameOf(path, ctx);
  if (received.kind === 'list' && expected.rows === 1 && received.items.every((x) => x.kind === 'number')) {
    return [
      typeProblem(
        path,
        `${name} must be a ${shapeText(expected, ctx)} matrix; yours is a flat ` +
          `list of ${received.items.length} numbers (wrap it as one row: [[…]])`,
      ),
    ];
  }
  if (holdsBooleans(received)) {
    const due = `${name} must be a ${shapeText(expected, ctx)} matrix of numbers`;
    return [typeProblem(path, `${due}; yours holds true/false values: use 1 and 0 (a > 0.5 ? 1 : 0)`)];
  }
  if (received.kind !== 'matrix')
    return [typeProblem(path, `${name} must be a ${shapeText(expected, ctx)} matrix; yours is ${describe(received)}`)];
  if (received.rows !== expected.rows || received.cols !== expected.cols) {
    return [
      { path, check: 'shape', message: `${name} must be ${shapeText(expected, ctx)}; yours is (${received.rows}, ${received.cols})` },
    ];
  }
  const finite = nonFinite(expected, received, name, path);
  if (finite) return [finite];
  const stats = compareValues(expected.data, received.data, ctx.tolerance);
  if (stats.wrongCount === 0) return [];
  const shown = expected.rows * expected.cols <= MAX_SHOWN_ENTRIES;
  const excerpt = shown ? undefined : excerptOf(expected.data, received.data, stats);
  const sent = excerpt ? { excerpt } : { expected: wireOf(expected.data), received: wireOf(received.data) };
  const wrong = wrongIn(expected.data, received.data, ctx.tolerance, excerpt);
  return [{ path, check: 'values', message: valuesMessage(name, expected.data, received.data, stats), stats, ...sent, wrong }];
}

/** Every wrong entry, or those inside the excerpt's window: what a report marks, decided here once. */
function wrongIn(expected: number[][], received: number[][], tol: Tolerance, window?: Pick<Excerpt, 'row' | 'col'>): [number, number][] {
  const [r0, c0] = window ? [window.row, window.col] : [0, 0];
  const [r1, c1] = window ? [r0 + EXCERPT_ROWS, c0 + EXCERPT_COLS] : [Infinity, Infinity];
  const out: [number, number][] = [];
  expected.forEach((row, r) =>
    row.forEach((e, c) => {
      if (r >= r0 && r < r1 && c >= c0 && c < c1 && !isClose(received[r][c], e, tol)) out.push([r, c]);
    }),
  );
  return out;
}

/**
 * `db: expected 0.25, yours 0.5` for a number; for a matrix the count, then the first wrong entry
 * with both values. The largest error is said apart: it is often at another entry than the first.
 */
function valuesMessage(name: string, expected: number[][], received: number[][], stats: ValueStats): string {
  const [r, c] = stats.firstPositions[0];
  const pair = `expected ${short(expected[r][c])}, yours ${short(received[r][c])}`;
  if (stats.total === 1) return `${name}: ${pair}`;
  if (stats.wrongCount === 1) return `${name}: 1 of ${stats.total} entries differs, at (${r}, ${c}): ${pair}`;
  const count = `${stats.wrongCount} of ${stats.total} entries differ (largest error ${fmt(stats.maxAbsError)})`;
  return `${name}: ${count}; the first, at (${r}, ${c}): ${pair}`;
}

/** A window of both sides from a little before the first wrong entry, for a matrix too large to send. */
function excerptOf(expected: number[][], received: number[][], stats: ValueStats): Excerpt {
  const [rows, cols] = [expected.length, expected[0].length];
  const [r, c] = stats.firstPositions[0];
  const row = Math.max(0, Math.min(r - 2, rows - EXCERPT_ROWS));
  const col = Math.max(0, Math.min(c - 2, cols - EXCERPT_COLS));
  const cut = (data: number[][]): number[][] => data.slice(row, row + EXCERPT_ROWS).map((line) => line.slice(col, col + EXCERPT_COLS));
  return { row, col, rows, cols, expected: wireOf(cut(expected)), received: wireOf(cut(received)) };
}

/** `[[true, false]]` or `[true, false]`: labels returned as booleans instead of the numbers 1 and 0. */
function holdsBooleans(v: Value): boolean {
  if (v.kind === 'other') return v.type === 'boolean';
  return v.kind === 'list' && v.items.length > 0 && v.items.every(holdsBooleans);
}

function nonFinite(
  expected: Extract<Value, { kind: 'matrix' }>,
  received: Extract<Value, { kind: 'matrix' }>,
  name: string,
  path: string,
): Problem | undefined {
  const bad: string[] = [];
  received.data.forEach((row, r) =>
    row.forEach((x, c) => {
      if (!Number.isFinite(x) && Number.isFinite(expected.data[r][c])) bad.push(`${x} at (${r}, ${c})`);
    }),
  );
  if (bad.length === 0) return undefined;
  const more = bad.length > 3 ? ` and ${bad.length - 3} more` : '';
  return { path, check: 'finite', message: `${name} has ${bad.slice(0, 3).join(', ')}${more}` };
}

/** `(n^[1], n^[0]) = (4, 3)`: dimensions named after the case's sizes when one matches. */
export function shapeText(m: { rows: number; cols: number }, ctx: CompareContext): string {
  const label = (n: number): string => (n === 1 ? '1' : (Object.keys(ctx.dims).find((k) => ctx.dims[k] === n) ?? String(n)));
  const named = `(${label(m.rows)}, ${label(m.cols)})`;
  const plain = `(${m.rows}, ${m.cols})`;
  return named === plain ? plain : `${named} = ${plain}`;
}

function asMatrix(x: number): Extract<Value, { kind: 'matrix' }> {
  return { kind: 'matrix', rows: 1, cols: 1, data: [[x]], from: 'Matrix' };
}

function typeProblem(path: string, message: string): Problem {
  return { path, check: 'type', message };
}

const wireOf = (data: number[][]): Wire => data.map((row) => row.map(encodeNumber));
const nameOf = (path: string, ctx: CompareContext): string => path || ctx.rootName || 'the result';
const join = (path: string, key: string): string => (path ? `${path}.${key}` : key);
const fmt = (x: number): string => x.toPrecision(3);
/** Up to 6 significant digits, without trailing zeros: 0.25, 0.123457, 1.63555e-6, NaN; tiny and huge ones as powers of ten. */
export function short(x: number): string {
  const a = Math.abs(x);
  if (a !== 0 && Number.isFinite(a) && (a < 1e-4 || a >= 1e7)) return x.toExponential(5).replace(/\.?0+e/, 'e');
  return String(Number(x.toPrecision(6)));
}
