// Small helpers the rules share: walking two results side by side, comparing through the one
// funnel with the step's tolerances, classifying the errors students' code throws, and giving a
// mutant its own copy of a case's arguments.
import { Matrix } from 'ml-matrix';
import { DEFAULT_TOLERANCE, type Tolerance } from '../compare/allclose.js';
import { compare } from '../compare/funnel.js';
import type { Value } from '../compare/value.js';
import type { CaseResult } from '../model/results.js';
import { RandnArg } from '../model/wire.js';
import { randnStream } from '../random.js';
import type { Case, StepSpec } from '../spec/types.js';

/** The tolerance a case is judged with, as in the engine: default, then the step's, then the case's. */
export const toleranceOf = (step: StepSpec, c: Case): Tolerance => ({ ...DEFAULT_TOLERANCE, ...step.tolerance, ...c.tolerance });

/** Whether `received` passes as `expected` through the comparison funnel, with the case's tolerance. */
export function sameValue(expected: Value, received: Value, step: StepSpec, c: Case): boolean {
  return compare(expected, received, { dims: c.dims, tolerance: toleranceOf(step, c) }).length === 0;
}

/** Whether a case's values were wrong (not only an argument changed in place, or a property). */
export function valuesWrong(result: CaseResult): boolean {
  if (result.status === 'error' || result.status === 'timeout') return true;
  return result.problems.some((p) => p.check !== 'mutation' && p.check !== 'property');
}

/** A number or a matrix: the leaves the scale and shape rules compare tensor by tensor. */
export type Leaf = Extract<Value, { kind: 'number' | 'matrix' }>;

interface LeafPair {
  /** `dW1`, `caches[0].Z`, or `` for the result itself. */
  path: string;
  expected: Leaf;
  received: Value;
}

/** The leaves of `expected` with what `received` has at the same place (objects by key, lists by index). */
export function leafPairs(expected: Value, received: Value | undefined, path = ''): LeafPair[] {
  if (received === undefined) return [];
  if (expected.kind === 'number' || expected.kind === 'matrix') return [{ path, expected, received }];
  if (expected.kind === 'object' && received.kind === 'object') {
    return Object.keys(expected.entries).flatMap((k) => leafPairs(expected.entries[k], received.entries[k], path ? `${path}.${k}` : k));
  }
  if (expected.kind === 'list' && received.kind === 'list') {
    return expected.items.flatMap((item, i) => leafPairs(item, received.items[i], `${path}[${i}]`));
  }
  return [];
}

/**
 * What kind of error a step threw. `product`: the inner sizes of a matrix product disagree
 * (the helper's np.dot says so; ml-matrix's mmul reads past the last row of the right matrix,
 * which surfaces as reading a numbered property of undefined). `elementwise`: shapes that do not
 * broadcast. Everything else is `other`.
 */
export type ErrorClass = 'product' | 'elementwise' | 'other';

export function errorClass(e: { name: string; message: string }): ErrorClass {
  const text = `${e.name}: ${e.message}`;
  if (/ShapeError: dot:|inner dimensions|Cannot read properties of undefined \(reading '\d+'\)/.test(text)) return 'product';
  if (/cannot be broadcast|Matrices dimensions must be equal|vector size must be the same/.test(text)) return 'elementwise';
  return 'other';
}

/** A case's arguments as a mutant may use them: matrices copied, `randn` streams started afresh. */
export function privateArgs(args: unknown[]): unknown[] {
  return args.map(copy);
}

function copy(x: unknown): unknown {
  if (x instanceof RandnArg) return randnStream(x.seed);
  if (x instanceof Matrix) return x.clone();
  if (Array.isArray(x)) return x.map(copy);
  if (x !== null && typeof x === 'object' && Object.getPrototypeOf(x) === Object.prototype) {
    return Object.fromEntries(Object.entries(x).map(([k, v]) => [k, copy(v)]));
  }
  return x;
}

/** Layer by layer, dW before db: `dW1, db1, dW2, db2`. */
function byLayer(a: string, b: string): number {
  const layer = (p: string): number => Number(/(\d+)$/.exec(p)?.[1] ?? 0);
  return layer(a) - layer(b) || (a < b ? -1 : a > b ? 1 : 0);
}

/** `dW1`, `dW1 and db1`, `dW1, db1 and dW2`; `the result` for the value itself. */
export function listOf(paths: string[]): string {
  const names = [...paths].sort(byLayer).map((p) => (p === '' ? 'the result' : p));
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}
