// What came back, decoded by the one wire codec (grader/model/wire.ts) into the small tree the
// comparison funnel walks; here only how such a value is described in messages.
import type { Value } from '../model/wire.js';

export { decode, type Value } from '../model/wire.js';

/** Keys of a returned object named in a message: a student's object may have a million (docs/security.md, bounds). */
export const MAX_LISTED_KEYS = 8;
/** … each cut to this many characters (a key may be 1000 long). */
export const MAX_KEY_CHARS = 40;

/** The first keys, each cut short, and how many more: `a, b, c … and 19997 more`. */
export function keyList(keys: readonly string[]): string {
  const shown = keys.slice(0, MAX_LISTED_KEYS).map((k) => (k.length > MAX_KEY_CHARS ? `${k.slice(0, MAX_KEY_CHARS)}…` : k));
  const more = keys.length - shown.length;
  return shown.join(', ') + (more > 0 ? ` … and ${more} more` : '');
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
      return `an object with keys { ${keyList(Object.keys(v.entries))} }`;
    case 'other':
      if (v.type === 'undefined' || v.type === 'null') return v.type;
      // a description sent as `$other` (a Python runner's `numpy array of shape (4,) …`) is said once
      return v.type === v.text ? `a ${v.type}` : `a ${v.type} (${v.text})`;
  }
}
