// TypeScript errors in the student's own .ts files (`W - lr * dW` on matrices compiles, and returns
// NaN): a note on the step, never a score change. The check runs in a worker thread while the steps
// are graded, with the TypeScript the workspace installed (else the grader's own); none at all when
// there is no TypeScript. Only the student's files are reported, never ml-matrix's or the grader's.
// The grader only reads the files as text here: type checking runs no student code.
import { createRequire } from 'node:module';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { packageRoot } from '../paths.js';
import type { ExerciseSources } from './intake.js';

export interface TypeError {
  /** Relative to the submission folder: `logistic-regression/update.ts`. */
  file: string;
  line: number;
  column: number;
  /** `TS2362: The left-hand side of an arithmetic operation must be …` */
  message: string;
}

/** Self-contained: a worker's own script (eval), so that it needs no file of its own in dist/. */
const WORKER =
  `
const { parentPort, workerData } = require('node:worker_threads');
const ts = require(workerData.typescript);
const { files, options } = workerData;
const program = ts.createProgram(files, options);
const own = new Set(files);
const out = [];
for (const d of ts.getPreEmitDiagnostics(program)) {
  if (!d.file || !own.has(d.file.fileName)) continue;
  const at = d.file.getLineAndCharacterOfPosition(d.start ?? 0);
  out.push({ file: d.file.fileName, line: at.line + 1, column: at.character + 1, ` +
  `message: 'TS' + d.code + ': ' + ts.flattenDiagnosticMessageText(d.messageText, ' ') });
}
parentPort.postMessage(out);
`;

/** The workspace's TypeScript, else the grader's; none when neither has one. */
function findTypeScript(submission: string): string | undefined {
  for (const from of [path.join(submission, 'package.json'), path.join(packageRoot(), 'package.json')]) {
    try {
      return createRequire(from).resolve('typescript');
    } catch {
      // not installed there
    }
  }
  return undefined;
}

function compilerOptions(): Record<string, unknown> {
  const root = packageRoot();
  const main = createRequire(path.join(root, 'package.json')).resolve('ml-matrix');
  const mlMatrix = main.slice(0, main.lastIndexOf(`${path.sep}ml-matrix${path.sep}`) + '/ml-matrix'.length);
  return {
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    target: 9 /* ES2022 */,
    module: 99 /* ESNext */,
    moduleResolution: 100 /* Bundler */,
    allowImportingTsExtensions: true,
    esModuleInterop: true,
    types: [],
    lib: ['lib.es2022.d.ts'], // no DOM: a third of the time
    // resolved like the student's editor does in a `grade init` workspace, wherever the submission is
    baseUrl: root,
    paths: { 'mlgrade/np': [path.join(root, 'grader', 'np.ts')], 'ml-matrix': [mlMatrix] },
  };
}

/** The type errors of the TypeScript files read; an empty list when TypeScript is not installed or fails. */
export function typeErrors(submission: string, read: ExerciseSources[]): Promise<TypeError[]> {
  const typescript = findTypeScript(submission);
  const files = read.flatMap((e) =>
    e.files.filter((f) => 'text' in f && /\.(ts|mts|cts)$/.test(f.name)).map((f) => path.join(submission, e.id, f.name)),
  );
  if (!typescript || files.length === 0) return Promise.resolve([]);
  return new Promise((resolve) => {
    const worker = new Worker(WORKER, { eval: true, workerData: { typescript, files, options: compilerOptions() } });
    const done = (errors: TypeError[]): void => {
      resolve(errors.map((e) => ({ ...e, file: path.relative(submission, e.file).split(path.sep).join('/') })));
      void worker.terminate();
    };
    worker.once('message', done);
    worker.once('error', () => done([]));
    worker.once('exit', () => done([]));
  });
}

/** `logistic-regression/update.ts:5:12 TS2362: …`, by the file it is in. */
export function typeNotesByFile(errors: TypeError[]): Map<string, string[]> {
  const notes = new Map<string, string[]>();
  for (const e of errors) notes.set(e.file, [...(notes.get(e.file) ?? []), `${e.file}:${e.line}:${e.column} ${e.message}`]);
  return notes;
}
