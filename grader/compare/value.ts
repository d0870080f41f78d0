// What came back, decoded from the wire into a small tree the comparison funnel walks.
import { decodeNumber, type Wire } from '../model/wire.js';

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
  const isRow = (row: Wire): row is Wire[] =>
    Array.isArray(row) && row.length > 0 && row.every((x) => decodeNumber(x) !== undefined);
  const rectangular = items.length > 0 && items.every(isRow) && items.every((r) => (r as Wire[]).length === (items[0] as Wire[]).length);
  if (rectangular) return matrixOf(items as Wire[][], 'number[][]');
  return { kind: 'list', items: items.map(decode) };
}

function matrixOf(rows: Wire[][], from: 'Matrix' | 'number[][]'): Value {
  const data = rows.map((row) => row.map((x) => decodeNumber(x) ?? Number.NaN));
  return { kind: 'matrix', rows: data.length, cols: data[0]?.length ?? 0, data, from };
}

/** A short description for messages: `a (3, 5) Matrix`, `a number`, `undefined` … */
export function describe(v: Value): string {
  switch (v.kind) {
    case 'number':
      return `a number (${v.value})`;
    case 'matrix':
      return `a (${v.rows}, ${v.cols}) ${v.from === 'Matrix' ? 'Matrix' : 'number[][]'}`;
    case 'list':
      return `a list of ${v.items.length}`;
    case 'object':
      return `an object with keys { ${Object.keys(v.entries).join(', ')} }`;
    case 'other':
      if (v.type === 'undefined' || v.type === 'null') return v.type;
      // a description sent as `$other` (a Python runner's `numpy array of shape (4,) …`) is said once
      return v.type === v.text ? `a ${v.type}` : `a ${v.type} (${v.text})`;
  }
}
