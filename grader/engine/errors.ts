// Errors from student code, with paths made relative to the submission and the position of the
// first frame that is the student's own.
import { SourceMap, type SourceMapPayload } from 'node:module';
import path from 'node:path';
import type { ErrorInfo, StackFrame } from '../model/results.js';
import type { WireError } from '../runner/protocol.js';

/** Where the compiled files are, and the source map of each (by path relative to `root`, base64 JSON). */
export interface CompiledFiles {
  root: string;
  sourceMaps: ReadonlyMap<string, string>;
}

/** A stack frame in the student's own files: paths under the compiled root were made relative. */
const OWN_FRAME = /(?:\(|at )(?!node:|node_modules\/)([\w.-]+\/[^\s():]+\.(?:ts|mts|cts|js|mjs|cjs|py)):(\d+):(\d+)\)?\s*$/;
/** The function a frame names: `at async modelForward (…)`, `at Matrix.mmul (…)`. */
const FRAME_FN = /^\s*at (?:async )?(.+?) \(/;
const MAX_FRAMES = 8;

export function studentError(e: WireError, compiled: CompiledFiles): ErrorInfo {
  const prefix = compiled.root.endsWith('/') ? compiled.root : compiled.root + '/';
  const stack = toSources(e.stack ?? '', prefix, compiled.sourceMaps)
    .split(prefix)
    .join('')
    .replace(/file:\/\//g, '');
  const frames = ownFrames(stack);
  const [frame] = frames;
  const ownStack = stack
    .split('\n')
    .map(matrixFrame)
    .filter((line, i) => i === 0 || !/node:internal|dist\/child\.cjs|node_modules/.test(line))
    .slice(0, 8)
    .join('\n');
  return {
    name: e.name,
    message: e.message.split(prefix).join(''),
    ...(frame ? { file: frame.file, line: frame.line, column: frame.column } : {}),
    stack: ownStack,
    ...(frames.length > 0 ? { frames } : {}),
  };
}

/** ml-matrix's own frames kept, shortened: diagnosis reads `at Matrix.mmul` to tell a failed product. */
const ML_MATRIX_FRAME = /^(\s*at \w*Matrix\w*\.\w+) \([^()]*(?:node_modules|child\.cjs)[^()]*\)$/;
const matrixFrame = (line: string): string => line.replace(ML_MATRIX_FRAME, '$1 (ml-matrix)');

/** The frames in the student's own files, innermost first: where it threw, then who called it. */
function ownFrames(stack: string): StackFrame[] {
  return stack
    .split('\n')
    .slice(1)
    .flatMap((line) => {
      const m = OWN_FRAME.exec(line);
      if (!m) return [];
      const fn = FRAME_FN.exec(line)?.[1];
      return [{ file: m[1], line: Number(m[2]), column: Number(m[3]), ...(fn ? { fn } : {}) }];
    })
    .slice(0, MAX_FRAMES);
}

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

/**
 * `TypeError: x is not a function (logistic-regression/forward.ts:5:12)`; when it threw in another
 * file than the step's, the step's own line first: `(deep-network/modelForward.ts:13:19, thrown in …)`.
 */
export function errorLine(e: ErrorInfo, stepFile?: string): string {
  const own = stepFile !== undefined && e.file !== stepFile ? e.frames?.find((f) => f.file === stepFile) : undefined;
  const thrown = e.file && e.line ? `${e.file}:${e.line}:${e.column ?? 0}` : '';
  const where = own ? ` (${own.file}:${own.line}:${own.column}, thrown in ${thrown})` : thrown ? ` (${thrown})` : '';
  const text = e.message.includes(e.file ?? '\0') ? e.message : `${e.message}${where}`;
  return `${e.name}: ${text}`;
}

/** Moved to grader/errors.ts; re-exported here for one release so importers keep compiling. */
export { UsageError } from '../errors.js';

export const NOT_IMPLEMENTED = 'not implemented yet';
