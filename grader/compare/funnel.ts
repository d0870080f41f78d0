// The one comparison funnel every check goes through: type → shape → finite → values.
// It walks the *expected* value, so a student's extra keys can never make a check pass.
import type { Problem } from '../model/results.js';
import { encodeNumber, type Wire } from '../model/wire.js';
import { describe, type Value } from './value.js';
import { compareValues, type Tolerance } from './allclose.js';

export interface CompareContext {
  /** Named sizes of this case (`m`, `n^[1]` …), used to name dimensions in messages. */
  dims: Record<string, number>;
  tolerance: Tolerance;
  /** What the value itself is called in messages (the step's name). */
  rootName?: string;
}

/** Largest matrix sent along with a mismatch, for side-by-side display in reports. */
const MAX_SHOWN_ENTRIES = 400;

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
    return [typeProblem(path, `${nameOf(path, ctx)} must be an object with keys { ${Object.keys(expected.entries).join(', ')} }; yours is ${describe(received)}`)];
  }
  const missing = Object.keys(expected.entries).filter((k) => !Object.hasOwn(received.entries, k));
  const problems: Problem[] = [];
  if (missing.length > 0) {
    const extra = Object.keys(received.entries).filter((k) => !Object.hasOwn(expected.entries, k));
    const also = extra.length > 0 ? ` (it has ${extra.join(', ')} instead)` : '';
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
    received = { kind: 'list', items: received.data.map((row) => ({ kind: 'matrix', rows: 1, cols: row.length, data: [row], from: 'number[][]' })) };
  }
  if (received.kind !== 'list') return [typeProblem(path, `${name} must be a list of ${expected.items.length}; yours is ${describe(received)}`)];
  if (received.items.length !== expected.items.length) {
    return [{ path, check: 'shape', message: `${name} must have ${expected.items.length} entries; yours has ${received.items.length}` }];
  }
  return expected.items.flatMap((item, i) => compare(item, received.items[i], ctx, `${path}[${i}]`));
}

function compareMatrix(expected: Extract<Value, { kind: 'matrix' }>, received: Value, ctx: CompareContext, path: string): Problem[] {
  const name = nameOf(path, ctx);
  if (received.kind === 'list' && expected.rows === 1 && received.items.every((x) => x.kind === 'number')) {
    return [typeProblem(path, `${name} must be a ${shapeText(expected, ctx)} matrix; yours is a flat list of ${received.items.length} numbers (wrap it as one row: [[…]])`)];
  }
  if (received.kind !== 'matrix') return [typeProblem(path, `${name} must be a ${shapeText(expected, ctx)} matrix; yours is ${describe(received)}`)];
  if (received.rows !== expected.rows || received.cols !== expected.cols) {
    return [{ path, check: 'shape', message: `${name} must be ${shapeText(expected, ctx)}; yours is (${received.rows}, ${received.cols})` }];
  }
  const finite = nonFinite(expected, received, name);
  if (finite) return [finite];
  const stats = compareValues(expected.data, received.data, ctx.tolerance);
  if (stats.wrongCount === 0) return [];
  const shown = expected.rows * expected.cols <= MAX_SHOWN_ENTRIES;
  return [{
    path,
    check: 'values',
    message: `${name}: ${stats.wrongCount} of ${stats.total} entries differ (max abs error ${fmt(stats.maxAbsError)}, first at (${stats.firstPositions[0].join(', ')}))`,
    stats,
    ...(shown ? { expected: wireOf(expected.data), received: wireOf(received.data) } : {}),
  }];
}

function nonFinite(expected: Extract<Value, { kind: 'matrix' }>, received: Extract<Value, { kind: 'matrix' }>, name: string): Problem | undefined {
  const bad: string[] = [];
  received.data.forEach((row, r) => row.forEach((x, c) => {
    if (!Number.isFinite(x) && Number.isFinite(expected.data[r][c])) bad.push(`${x} at (${r}, ${c})`);
  }));
  if (bad.length === 0) return undefined;
  const more = bad.length > 3 ? ` and ${bad.length - 3} more` : '';
  return { path: '', check: 'finite', message: `${name} has ${bad.slice(0, 3).join(', ')}${more}` };
}

/** `(n^[1], n^[0]) = (4, 3)`: dimensions named after the case's sizes when one matches. */
export function shapeText(m: { rows: number; cols: number }, ctx: CompareContext): string {
  const label = (n: number): string => (n === 1 ? '1' : Object.keys(ctx.dims).find((k) => ctx.dims[k] === n) ?? String(n));
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
