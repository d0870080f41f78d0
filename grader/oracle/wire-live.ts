// Wire values back to what the engine handles (the inverse of encode for every value a case can
// hold), and the few path operations the own-cost templates need. encode(live(w)) is w again, so
// a case read from the table reaches the student process exactly as the live case would.
import { Matrix } from 'ml-matrix';
import { decodeNumber, isTagged, RandnArg, ResultRef, type Wire } from '../model/wire.js';
import type { WirePath } from './table.js';

export function live(w: Wire): unknown {
  if (w === null || typeof w !== 'object') return w;
  if (Array.isArray(w)) return w.map(live);
  if (isTagged(w, '$m')) return new Matrix(w.$m.map((row) => row.map((x) => decodeNumber(x) ?? Number.NaN)));
  if (isTagged(w, '$num')) return Number(w.$num);
  if (isTagged(w, '$randn')) return new RandnArg(w.$randn);
  if (isTagged(w, '$undefined')) return undefined;
  if (isTagged(w, '$ref')) {
    const [index, ...path] = w.$ref;
    return new ResultRef(Number(index), path);
  }
  if (isTagged(w, '$other')) throw new TypeError(`a case input cannot be ${w.$other}`);
  return Object.fromEntries(Object.entries(w).map(([k, v]) => [k, live(v)]));
}

/** A wire matrix as a Matrix (gradient points and reference gradients are always matrices). */
export function liveMatrix(w: Wire): Matrix {
  const m = live(w);
  if (!(m instanceof Matrix)) throw new TypeError('expected a matrix in the oracle table');
  return m;
}

type Container = Record<string | number, Wire>;

/** Sets the leaf at `path` (which must exist) to `value`. */
export function setAt(root: Wire, path: WirePath, value: Wire): void {
  let node = root as unknown as Container;
  for (const key of path.slice(0, -1)) node = node[key] as unknown as Container;
  node[path[path.length - 1]] = value;
}

/**
 * The paths of the numeric leaves (matrix entries included) where `a` and `b` differ, or
 * undefined when they differ in structure (then no template can replay one as the other).
 */
export function changedLeaves(a: Wire, b: Wire, path: WirePath = []): WirePath[] | undefined {
  const [x, y] = [decodeNumber(a), decodeNumber(b)];
  if (x !== undefined || y !== undefined) return x === undefined || y === undefined ? undefined : Object.is(x, y) ? [] : [path];
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return a === b ? [] : undefined;
  if (Array.isArray(a) !== Array.isArray(b)) return undefined;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return undefined;
  const found: WirePath[] = [];
  for (const key of keys) {
    const step = Array.isArray(a) ? Number(key) : key;
    const inner = changedLeaves((a as Container)[key], (b as Container)[key], [...path, step]);
    if (inner === undefined) return undefined;
    found.push(...inner);
  }
  return found;
}

export function leafAt(root: Wire, path: WirePath): number | undefined {
  let node: Wire | undefined = root;
  for (const key of path) node = node !== null && typeof node === 'object' ? (node as Container)[key] : undefined;
  return node === undefined ? undefined : decodeNumber(node);
}
