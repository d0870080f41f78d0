// Values as they cross the process boundary: JSON-safe, with tags for what JSON cannot carry.
// Shared by the grader and the student process, so it depends on nothing.

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
