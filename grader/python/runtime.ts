// The Python runtime of a submission: its exercises' files staged into the sandbox folder as they
// are (Python is not compiled), and one Python student process for all of them, started only when
// there are Python files, reused across steps and restarted only after a kill (runner/client.ts).
import { copyFileSync, existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { ErrorInfo } from '../model/results.js';
import type { Budget } from '../runner/budget.js';
import { StudentProcess } from '../runner/client.js';
import type { Layer, Sandbox } from '../sandbox/index.js';
import { PYTHON_LAYERS } from '../sandbox/types.js';
import { packageRoot } from '../paths.js';
import { findPython } from './interpreter.js';
import { isPythonExercise, isPythonSource } from './layout.js';

// The shapes of the engine's ExerciseSources and StagedExercise, written out: the engine calls
// this folder, so this folder does not import the engine.
type SourceFile = { name: string; text: string } | { name: string; rejected: string };
export interface ExerciseSources {
  id: string;
  files: SourceFile[];
}
/** An exercise staged for the Python process: the engine takes it as a compiled exercise. */
export type StagedExercise = ReturnType<typeof stageExercise>;

export interface PythonRuntime {
  /** The Python exercises, by id, as the engine's compiled exercises. */
  exercises: Map<string, StagedExercise>;
  /** Set when there is at least one Python exercise. */
  proc?: StudentProcess;
  close(): Promise<void>;
}

const RUNNER_FOLDER = '.mlgrade-python';
export const runnerSource = (): string => path.join(packageRoot(), 'grader', 'runner', 'python');

/** Splits what intake read: exercises whose files are all Python, and the rest (for node). */
export function splitLanguages(sources: ExerciseSources[]): { node: ExerciseSources[]; python: ExerciseSources[] } {
  const python = sources.filter((e) => isPythonExercise(e.files.map((f) => f.name)));
  const node = sources.map((e) => ({ id: e.id, files: python.includes(e) ? [] : e.files.filter((f) => !isPythonSource(f.name)) }));
  return { node, python };
}

/** The python command line of the runner in `root`, or a stand-in that fails with the reason there is none. */
function pythonCommand(root: string): string[] {
  const python = findPython();
  const runner = path.join(root, RUNNER_FOLDER, 'runner.py');
  if ('file' in python) return [python.file, '-I', '-B', runner, root];
  const say = `process.stderr.write(${JSON.stringify(`\nPythonNotFoundError: ${python.problem}\n`)}); process.exit(3)`;
  return [process.execPath, '-e', say];
}

/** Stages the Python exercises into the sandbox and starts their process; nothing at all without them. */
export function startPython(python: ExerciseSources[], sandbox: Sandbox, budget?: Budget): PythonRuntime {
  const exercises = new Map(python.map((e) => [e.id, stageExercise(e, sandbox.root)]));
  if (exercises.size === 0) return { exercises, close: () => Promise.resolve() };
  stageRunner(sandbox.root);
  const env = { OPENBLAS_NUM_THREADS: '1', OMP_NUM_THREADS: '1', MKL_NUM_THREADS: '1' };
  // Debian's numpy finds its BLAS through /etc/alternatives
  const runtime = { command: pythonCommand(sandbox.root), layers: PYTHON_LAYERS, env, readOnly: ['/etc/alternatives'] };
  const launches = sandbox.launchesFor(runtime);
  const { maxCallMs, launchFailed, sweep: afterKill } = sandbox;
  const proc = new StudentProcess({ launches, maxCallMs, launchFailed, afterKill, ...(budget ? { budget } : {}) });
  proc.start();
  return { exercises, proc, close: () => proc.close() };
}

function stageRunner(root: string): void {
  const target = path.join(root, RUNNER_FOLDER);
  mkdirSync(target, { recursive: true });
  // a grader copied without it (an older release's bundle) would otherwise fail with a bare ENOENT
  if (!existsSync(path.join(runnerSource(), 'runner.py')))
    throw new Error(
      `this grader cannot run Python: ${runnerSource()} is missing (copy grader/runner/python/ from mlgrade, or release again)`,
    );
  for (const file of readdirSync(runnerSource()).filter((f) => f.endsWith('.py'))) {
    copyFileSync(path.join(runnerSource(), file), path.join(target, file));
  }
}

function stageExercise(exercise: ExerciseSources, root: string) {
  const errors = new Map<string, ErrorInfo>();
  const imports = new Map<string, string[]>();
  const sources = exercise.files.map((f) => f.name);
  for (const file of exercise.files) {
    const out = path.join(root, exercise.id, file.name);
    mkdirSync(path.dirname(out), { recursive: true });
    if ('rejected' in file) {
      errors.set(file.name, { name: 'RejectedFile', message: file.rejected, file: `${exercise.id}/${file.name}` });
      writeFileSync(out, file.name.endsWith('.py') ? `raise ImportError(${JSON.stringify(file.rejected)})\n` : '');
    } else {
      writeFileSync(out, file.text);
      imports.set(file.name, siblingImports(file.text, sources));
    }
  }
  return { id: exercise.id, sources, errors, imports };
}

/** Sibling step files a Python file imports (`from dZ import dZ`, `from .sigmoid import sigmoid`), for "fails because". */
function siblingImports(text: string, sources: string[]): string[] {
  const found = new Set<string>();
  for (const [, from, plain] of text.matchAll(/^\s*(?:from\s+\.?([A-Za-z_]\w*)\s+import|import\s+([A-Za-z_]\w*))/gm)) {
    const name = from ?? plain;
    if (name && sources.includes(`${name}.py`)) found.add(`${name}.py`);
  }
  return [...found];
}

/** The layers of the processes that ran student code: node's for node exercises, Python's for Python ones. */
export function layersUsed(node: { layers: Layer[] }, nodeUsed: boolean, python: PythonRuntime): Layer[] {
  const layers = new Set<Layer>([...(nodeUsed ? node.layers : []), ...(python.proc?.layers ?? [])]);
  return [...layers];
}
