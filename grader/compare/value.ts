// What came back, decoded by the one wire codec (grader/model/wire.ts) into the small tree the
// comparison funnel walks; here only how such a value is described in messages.
import type { Value } from '../model/wire.js';

export { decode, type Value } from '../model/wire.js';

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
