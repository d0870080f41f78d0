// Errors from student code, with paths made relative to the submission and the position of the
// first frame that is the student's own.
import type { ErrorInfo } from '../model/results.js';
import type { WireError } from '../runner/protocol.js';

/** A stack frame in the student's own files: paths under the compiled root were made relative. */
const OWN_FRAME = /(?:\(|at )(?!node:|node_modules\/)([\w.-]+\/[^\s():]+\.(?:ts|mts|cts|js|mjs|cjs)):(\d+):(\d+)\)?\s*$/;

export function studentError(e: WireError, compiledRoot: string): ErrorInfo {
  const prefix = compiledRoot.endsWith('/') ? compiledRoot : compiledRoot + '/';
  const stack = (e.stack ?? '').split(prefix).join('').replace(/file:\/\//g, '');
  const frame = stack.split('\n').slice(1).map((line) => OWN_FRAME.exec(line)).find((m) => m !== null);
  const ownStack = stack
    .split('\n')
    .filter((line, i) => i === 0 || !/node:internal|dist\/child\.cjs|node_modules/.test(line))
    .slice(0, 8)
    .join('\n');
  return {
    name: e.name,
    message: e.message.split(prefix).join(''),
    ...(frame ? { file: frame[1], line: Number(frame[2]), column: Number(frame[3]) } : {}),
    stack: ownStack,
  };
}

/** `TypeError: x is not a function (logistic-regression/forward.ts:5:12)` */
export function errorLine(e: ErrorInfo): string {
  const where = e.file && e.line ? ` (${e.file}:${e.line}:${e.column ?? 0})` : '';
  const text = e.message.includes(e.file ?? '\0') ? e.message : `${e.message}${where}`;
  return `${e.name}: ${text}`;
}

/** Errors that mean the grader could not run at all (exit code 2). */
export class UsageError extends Error {
  override name = 'UsageError';
}

export const NOT_IMPLEMENTED = 'not implemented yet';
