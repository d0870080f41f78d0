// Where two wire values first differ, as a readable path (`W1[0][2]`, `b`), or undefined if equal.
import type { Wire } from '../model/wire.js';

export function firstDifference(a: Wire, b: Wire, path = ''): string | undefined {
  if (a === b) return undefined;
  // a randn stream was sent as its seed and is a function after the call: that is no change
  if (a !== null && typeof a === 'object' && !Array.isArray(a) && '$randn' in a) return undefined;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) {
    return Object.is(a, b) ? undefined : path;
  }
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return path;
    for (let i = 0; i < a.length; i++) {
      const d = firstDifference(a[i], b[i], `${path}[${i}]`);
      if (d !== undefined) return d;
    }
    return undefined;
  }
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const key of keys) {
    const inner = key.startsWith('$') ? path : path ? `${path}.${key}` : key;
    const d = firstDifference((a as Record<string, Wire>)[key], (b as Record<string, Wire>)[key], inner);
    if (d !== undefined) return d;
  }
  return undefined;
}
