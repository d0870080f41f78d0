// Short descriptions of a case's arguments for reports: `X: (3, 7)`, `learningRate: 0.1`.
import type { ArgSummary } from '../model/results.js';
import { isMatrixLike, RandnArg } from '../model/wire.js';

export function summarizeArgs(names: string[], args: unknown[]): ArgSummary[] {
  return args.map((arg, i) => ({ name: names[i] ?? `arg${i + 1}`, summary: summarize(arg) }));
}

function summarize(x: unknown, depth = 0): string {
  if (typeof x === 'number') return Number.isInteger(x) ? String(x) : x.toPrecision(4);
  if (typeof x === 'string') return JSON.stringify(x);
  if (x instanceof RandnArg) return `randn (seed ${x.seed})`;
  if (x === null || typeof x !== 'object') return String(x);
  if (isMatrixLike(x)) return `(${x.rows}, ${x.columns})`;
  if (Array.isArray(x)) return depth > 0 ? `[${x.length}]` : `[${x.map((v) => summarize(v, depth + 1)).join(', ')}]`;
  const entries = Object.entries(x as Record<string, unknown>);
  if (depth > 0) return `{ ${entries.map(([k]) => k).join(', ')} }`;
  return `{ ${entries.map(([k, v]) => `${k}: ${summarize(v, depth + 1)}`).join(', ')} }`;
}
