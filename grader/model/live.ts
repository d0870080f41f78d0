// The grader's live values: wire values made into ml-matrix matrices, randn markers and pipeline
// references by the one codec (wire.ts); and a case's arguments as one call may use them.
import { Matrix } from 'ml-matrix';
import { randnStream } from '../random.js';
import { RandnArg, ResultRef, toLive, valueToLive, type LiveKinds, type Value, type Wire } from './wire.js';

const GRADER_KINDS: LiveKinds = {
  matrix: (rows) => new Matrix(rows),
  randn: (seed) => new RandnArg(seed),
  ref: (index, path) => new ResultRef(index, path),
};

/** A wire value as the engine handles it: a case read from a table reaches the student as the live case would. */
export const live = (w: Wire): unknown => toLive(w, GRADER_KINDS);

/** A wire matrix as a Matrix (gradient points and reference gradients are always matrices). */
export function liveMatrix(w: Wire): Matrix {
  const m = live(w);
  if (!(m instanceof Matrix)) throw new TypeError('expected a matrix in the oracle table');
  return m;
}

/** A decoded value as the reference takes it: matrices as ml-matrix, lists and objects of them. */
export const liveOfValue = (v: Value): unknown => valueToLive(v, (rows) => new Matrix(rows));

/**
 * A case's arguments as one call of the reference or a mutant may use them: matrices copied (a
 * call that writes into its input changes no other call's), `randn` markers started afresh as
 * streams (so each call sees the same numbers).
 */
export function freshArgs(args: unknown[]): unknown[] {
  return args.map(fresh);
}

function fresh(x: unknown): unknown {
  if (x instanceof RandnArg) return randnStream(x.seed);
  if (x instanceof Matrix) return x.clone();
  if (Array.isArray(x)) return x.map(fresh);
  if (x !== null && typeof x === 'object' && Object.getPrototypeOf(x) === Object.prototype) {
    return Object.fromEntries(Object.entries(x).map(([k, v]) => [k, fresh(v)]));
  }
  return x;
}
