// Values as they cross the process boundary: JSON-safe, with tags for what JSON cannot carry.
// The one codec (docs/protocol.md documents the format for other runtimes): encoding, decoding
// into the comparison funnel's Value tree, conversion to live values and paths into wire values.
// Shared by the grader and the student process, so it depends on nothing: live values are made by
// the caller's constructors (LiveKinds), since each side has its own ml-matrix and randn.

export type Wire =
  | number
  | string
  | boolean
  | null
  | Wire[]
  | { $m: (number | { $num: string })[][] } // a Matrix (any ml-matrix matrix or view)
  | { $num: 'NaN' | 'Infinity' | '-Infinity' } // a non-finite number
  | { $randn: number } // a seeded standard-normal stream, recreated on the other side
  | { $undefined: true }
  | { $ref: (string | number)[] } // in a pipeline: a path into an earlier call's result
  | { $other: string } // a function, symbol, bigint … described, never executed
  | { [key: string]: Wire };

/** Marks a `randn` argument: callable where it is materialised, `{ $randn: seed }` on the wire. */
export class RandnArg {
  constructor(readonly seed: number) {}
}

/** In a pipeline of calls: a path into the result of an earlier call. */
export class ResultRef {
  constructor(
    readonly index: number,
    readonly path: (string | number)[] = [],
  ) {}
}

export function encodeNumber(x: number): number | { $num: 'NaN' | 'Infinity' | '-Infinity' } {
  if (Number.isFinite(x)) return x;
  return { $num: Number.isNaN(x) ? 'NaN' : x > 0 ? 'Infinity' : '-Infinity' };
}

export function isMatrixLike(x: object): x is { rows: number; columns: number; to2DArray(): number[][] } {
  const m = x as { rows?: unknown; columns?: unknown; to2DArray?: unknown };
  return typeof m.rows === 'number' && typeof m.columns === 'number' && typeof m.to2DArray === 'function';
}

const MAX_DEPTH = 12;

/** Encodes any value; unknown kinds are described as `$other`, never called. */
export function encode(x: unknown, depth = 0): Wire {
  if (depth > MAX_DEPTH) return { $other: 'nesting too deep' };
  switch (typeof x) {
    case 'number':
      return encodeNumber(x);
    case 'string':
    case 'boolean':
      return x;
    case 'undefined':
      return { $undefined: true };
    case 'object':
      return x === null ? null : encodeObject(x, depth);
    default:
      return { $other: typeof x };
  }
}

function encodeObject(x: object, depth: number): Wire {
  if (x instanceof RandnArg) return { $randn: x.seed };
  if (x instanceof ResultRef) return { $ref: [x.index, ...x.path] };
  if (isMatrixLike(x)) return { $m: x.to2DArray().map((row) => row.map((v) => encodeNumber(Number(v)) as number)) };
  if (Array.isArray(x)) return x.map((item) => encode(item, depth + 1));
  const out: { [key: string]: Wire } = {};
  for (const key of Object.keys(x)) out[key] = encode((x as Record<string, unknown>)[key], depth + 1);
  return out;
}

/** Reads a tagged number back (used for matrix entries too). */
export function decodeNumber(w: Wire): number | undefined {
  if (typeof w === 'number') return w;
  if (w !== null && typeof w === 'object' && '$num' in w) return Number(w.$num);
  return undefined;
}

export function isTagged<K extends string>(w: Wire, tag: K): w is Extract<Wire, Record<K, unknown>> {
  return w !== null && typeof w === 'object' && !Array.isArray(w) && tag in w && Object.keys(w).length === 1;
}

/** A path into a wire value: keys and indices; `$m`, then row and column, for a matrix entry. */
export type WirePath = (string | number)[];

/**
 * A pipeline as a template (the numgrad request's `calls` and `slots`; a table's own-cost data):
 * the calls of `ownCost` at the point, and for each tensor, entry by entry (row-major), the places
 * in those calls that hold that entry: replaying sets them to a perturbed point's entries.
 */
export interface OwnCostTemplate {
  calls: { step: string; args: Wire[] }[];
  slots: Record<string, WirePath[][]>;
}

/** What came back, decoded from the wire into a small tree the comparison funnel walks. */
export type Value =
  | { kind: 'number'; value: number }
  | { kind: 'matrix'; rows: number; cols: number; data: number[][]; from: 'Matrix' | 'number[][]' }
  | { kind: 'list'; items: Value[] }
  | { kind: 'object'; entries: Record<string, Value> }
  | { kind: 'other'; type: string; text: string };

export function decode(w: Wire): Value {
  const n = decodeNumber(w);
  if (n !== undefined) return { kind: 'number', value: n };
  if (w === null) return { kind: 'other', type: 'null', text: 'null' };
  if (typeof w === 'string') return { kind: 'other', type: 'string', text: JSON.stringify(w.slice(0, 60)) };
  if (typeof w !== 'object') return { kind: 'other', type: typeof w, text: String(w) };
  if (Array.isArray(w)) return decodeArray(w);
  if ('$m' in w && Array.isArray(w.$m)) return matrixOf(w.$m as Wire[][], 'Matrix');
  if ('$undefined' in w) return { kind: 'other', type: 'undefined', text: 'undefined' };
  if ('$other' in w) return { kind: 'other', type: String(w.$other), text: String(w.$other) };
  // A null prototype: a key named __proto__ stays a plain key.
  const entries: Record<string, Value> = Object.create(null);
  for (const key of Object.keys(w)) entries[key] = decode((w as Record<string, Wire>)[key]);
  return { kind: 'object', entries };
}

function decodeArray(items: Wire[]): Value {
  const isRow = (row: Wire): row is Wire[] => Array.isArray(row) && row.length > 0 && row.every((x) => decodeNumber(x) !== undefined);
  const rectangular = items.length > 0 && items.every(isRow) && items.every((r) => (r as Wire[]).length === (items[0] as Wire[]).length);
  if (rectangular) return matrixOf(items as Wire[][], 'number[][]');
  return { kind: 'list', items: items.map(decode) };
}

function matrixOf(rows: Wire[][], from: 'Matrix' | 'number[][]'): Value {
  // copied: the wire value may be kept (a memo, a table) while the tree is handed around
  const data = rows.map((row) => row.map((x) => decodeNumber(x) ?? Number.NaN));
  return { kind: 'matrix', rows: data.length, cols: data[0]?.length ?? 0, data, from };
}

/** A matrix row as numbers: the row itself when it holds plain numbers (nearly always), else decoded. */
function numberRow(row: Wire[]): number[] {
  for (let i = 0; i < row.length; i++) {
    if (typeof row[i] !== 'number') return row.map((x) => decodeNumber(x) ?? Number.NaN);
  }
  return row as number[];
}

/** How one side of the channel makes live values: its own Matrix class, randn streams and pipeline results. */
export interface LiveKinds {
  matrix(rows: number[][]): unknown;
  randn(seed: number): unknown;
  /** `{ $ref: [index, ...path] }`: a path into an earlier call's result (pipelines only). */
  ref(index: number, path: WirePath): unknown;
}

/** A wire value as live values (the inverse of encode): `encode(toLive(w))` is `w` again. */
export function toLive(w: Wire, kinds: LiveKinds): unknown {
  if (w === null || typeof w !== 'object') return w;
  if (Array.isArray(w)) return w.map((x) => toLive(x, kinds));
  if (isTagged(w, '$m')) return kinds.matrix((w.$m as Wire[][]).map(numberRow));
  if (isTagged(w, '$num')) return Number(w.$num);
  if (isTagged(w, '$randn')) return kinds.randn(Number(w.$randn));
  if (isTagged(w, '$undefined')) return undefined;
  if (isTagged(w, '$ref')) {
    const [index, ...path] = w.$ref;
    return kinds.ref(Number(index), path);
  }
  if (isTagged(w, '$other')) throw new TypeError(`a value sent to a step cannot be ${w.$other}`);
  return Object.fromEntries(Object.entries(w).map(([k, v]) => [k, toLive(v, kinds)]));
}

/** A decoded Value back as live values (matrices through `matrix`); what has no live form is undefined. */
export function valueToLive(v: Value, matrix: (rows: number[][]) => unknown): unknown {
  switch (v.kind) {
    case 'number':
      return v.value;
    case 'matrix':
      return matrix(v.data);
    case 'list':
      return v.items.map((item) => valueToLive(item, matrix));
    case 'object':
      return Object.fromEntries(Object.entries(v.entries).map(([k, item]) => [k, valueToLive(item, matrix)]));
    default:
      return undefined;
  }
}

type Container = Record<string | number, unknown>;

/** What is at `path` inside `root` (a wire value or a live one); undefined when the path leaves it. */
export function valueAt(root: unknown, path: WirePath): unknown {
  let node = root;
  for (const key of path) node = node !== null && typeof node === 'object' ? (node as Container)[key] : undefined;
  return node;
}

/** The number at `path`, or undefined. */
export const leafAt = (root: Wire, path: WirePath): number | undefined => {
  const node = valueAt(root, path) as Wire | undefined;
  return node === undefined ? undefined : decodeNumber(node);
};

/** Sets the leaf at `path` (whose parent must exist) to `value`. */
export function setAt(root: Wire, path: WirePath, value: Wire): void {
  (valueAt(root, path.slice(0, -1)) as Container)[path[path.length - 1]] = value;
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
    const inner = changedLeaves((a as Container)[key] as Wire, (b as Container)[key] as Wire, [...path, step]);
    if (inner === undefined) return undefined;
    found.push(...inner);
  }
  return found;
}
