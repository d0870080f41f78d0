// Small helpers the rules share: walking two results side by side, comparing through the one
// funnel with the step's tolerances, and classifying the errors students' code throws.
import { DEFAULT_TOLERANCE, type Tolerance } from '../compare/allclose.js';
import { compare } from '../compare/funnel.js';
import type { Value } from '../compare/value.js';
import type { CaseResult } from '../model/results.js';
import type { ErrorClass } from '../oracle/types.js';
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
 * What kind of error a step threw (ErrorClass, grader/oracle/types.ts). `product`: the inner sizes
 * of a matrix product disagree — the helper's np.dot says so with the shapes, or ml-matrix's mmul
 * read past the last row of its right matrix (a numbered property of undefined, thrown inside
 * `Matrix.mmul`: the same message from a loop or a `get` elsewhere proves nothing). `elementwise`:
 * shapes that do not broadcast. Everything else is `other`.
 */
export type { ErrorClass };

export function errorClass(e: { name: string; message: string; stack?: string }): ErrorClass {
  const text = `${e.name}: ${e.message}`;
  if (/ShapeError: dot:|inner dimensions/.test(text)) return 'product';
  if (/Cannot read properties of undefined \(reading '\d+'\)/.test(text) && thrownInMmul(e.stack)) return 'product';
  if (/cannot be broadcast|Matrices dimensions must be equal|vector size must be the same/.test(text)) return 'elementwise';
  return 'other';
}

/** Whether the frames above the first one outside ml-matrix include its `mmul`. */
function thrownInMmul(stack: string | undefined): boolean {
  const frames = (stack ?? '')
    .split('\n')
    .slice(1)
    .map((l) => l.trim());
  // `Matrix3.mmul` where the grader is bundled, `MatrixTransposeView.mmul` for a view
  const inside = frames.slice(
    0,
    Math.max(
      0,
      frames.findIndex((f) => !/^at \w*Matrix\w*\.\w+ /.test(f)),
    ),
  );
  return inside.some((f) => /^at \w*Matrix\w*\.mmul /.test(f));
}

type Shape = [rows: number, cols: number];

/** The operand shapes np.dot names in its error: `dot: (3,6)·(1,6): inner dimensions 6 ≠ 1`. */
export function dotShapes(message: string): [Shape, Shape] | undefined {
  const m = /dot: \((\d+),(\d+)\)·\((\d+),(\d+)\)/.exec(message);
  return m
    ? [
        [Number(m[1]), Number(m[2])],
        [Number(m[3]), Number(m[4])],
      ]
    : undefined;
}

/** The shapes the product would have with one operand, or both, transposed (where it then multiplies). */
export function transposedProducts([[a, b], [c, d]]: [Shape, Shape]): Shape[] {
  const fixes: [Shape, Shape][] = [
    [
      [b, a],
      [c, d],
    ],
    [
      [a, b],
      [d, c],
    ],
    [
      [b, a],
      [d, c],
    ],
  ];
  return fixes.filter(([l, r]) => l[1] === r[0]).map(([l, r]): Shape => [l[0], r[1]]);
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
