// Errors from student code, with paths made relative to the submission and the position of the
// first frame that is the student's own.
import { SourceMap, type SourceMapPayload } from 'node:module';
import path from 'node:path';
import type { ErrorInfo } from '../model/results.js';
import type { WireError } from '../runner/protocol.js';

/** Where the compiled files are, and the source map of each (by path relative to `root`, base64 JSON). */
export interface CompiledFiles {
  root: string;
  sourceMaps: ReadonlyMap<string, string>;
}

/** A stack frame in the student's own files: paths under the compiled root were made relative. */
const OWN_FRAME = /(?:\(|at )(?!node:|node_modules\/)([\w.-]+\/[^\s():]+\.(?:ts|mts|cts|js|mjs|cjs|py)):(\d+):(\d+)\)?\s*$/;

export function studentError(e: WireError, compiled: CompiledFiles): ErrorInfo {
  const prefix = compiled.root.endsWith('/') ? compiled.root : compiled.root + '/';
  const stack = toSources(e.stack ?? '', prefix, compiled.sourceMaps).split(prefix).join('').replace(/file:\/\//g, '');
  const frame = stack.split('\n').slice(1).map((line) => OWN_FRAME.exec(line)).find((m) => m !== null);
  const ownStack = stack
    .split('\n')
    .map(matrixFrame)
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

/** ml-matrix's own frames kept, shortened: diagnosis reads `at Matrix.mmul` to tell a failed product. */
const ML_MATRIX_FRAME = /^(\s*at \w*Matrix\w*\.\w+) \([^()]*(?:node_modules|child\.cjs)[^()]*\)$/;
const matrixFrame = (line: string): string => line.replace(ML_MATRIX_FRAME, '$1 (ml-matrix)');

/**
 * Stack frames in compiled files, moved to the student's own lines: the student process runs
 * without --enable-source-maps (parsing every file's map there cost ~20 ms a submission), so the
 * grader maps the frames of the few errors it reports.
 */
function toSources(stack: string, prefix: string, sourceMaps: ReadonlyMap<string, string>): string {
  const decoded = new Map<string, SourceMap | undefined>();
  return stack.replace(/(?:file:\/\/)?([^\s()]+\.js):(\d+):(\d+)/g, (frame, file: string, line: string, column: string) => {
    if (!file.startsWith(prefix)) return frame;
    const relative = file.slice(prefix.length);
    if (!decoded.has(relative)) decoded.set(relative, sourceMapOf(sourceMaps.get(relative)));
    const entry = decoded.get(relative)?.findEntry(Number(line) - 1, Number(column) - 1);
    if (!entry || !('originalSource' in entry)) return frame;
    const source = path.posix.join(path.posix.dirname(relative), path.posix.basename(entry.originalSource));
    return `${prefix}${source}:${entry.originalLine + 1}:${entry.originalColumn + 1}`;
  });
}

function sourceMapOf(base64: string | undefined): SourceMap | undefined {
  if (base64 === undefined) return undefined;
  try {
    return new SourceMap(JSON.parse(Buffer.from(base64, 'base64').toString('utf8')) as SourceMapPayload);
  } catch {
    return undefined;
  }
}

/** `TypeError: x is not a function (logistic-regression/forward.ts:5:12)` */
export function errorLine(e: ErrorInfo): string {
  const where = e.file && e.line ? ` (${e.file}:${e.line}:${e.column ?? 0})` : '';
  const text = e.message.includes(e.file ?? '\0') ? e.message : `${e.message}${where}`;
  return `${e.name}: ${text}`;
}

/** Moved to grader/errors.ts; re-exported here for one release so importers keep compiling. */
export { UsageError } from '../errors.js';

export const NOT_IMPLEMENTED = 'not implemented yet';
