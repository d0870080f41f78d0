// Decides where each step is: its own file, or the exercise's index; and what is wrong when neither.
import path from 'node:path';
import { keyList } from '../compare/value.js';
import type { ErrorInfo } from '../model/results.js';
import type { StudentProcess } from '../runner/client.js';
import type { ModuleInfo, WireError } from '../runner/protocol.js';
import type { ExerciseSpec } from '../spec/types.js';
import type { CompiledExercise } from './compile.js';
import { studentError, type CompiledFiles } from './errors.js';
import type { StepTarget } from './grade-step.js';
import { compiledName, locateStep } from './intake.js';
import { isPythonExercise, locatePythonStep, pythonCreateHint, pythonNotDefined } from '../python/layout.js';

export type Resolution =
  | { kind: 'found'; target: StepTarget }
  | { kind: 'load-error'; file: string; error: ErrorInfo }
  | { kind: 'missing'; message: string; lookedFor: string[]; file?: string };

const IMPORT_LIMIT_MS = 3000;

/** Loads every module of the exercise once in the student process and reports its exports. */
export async function inspectModules(proc: StudentProcess, compiled: CompiledExercise): Promise<Map<string, ModuleInfo>> {
  const infos = new Map<string, ModuleInfo>();
  await Promise.all(
    compiled.sources.map(async (source) => {
      const module = path.join(compiled.id, compiledName(source));
      const outcome = await proc.send({ type: 'inspect', modules: [module] }, IMPORT_LIMIT_MS);
      if (outcome.type === 'inspected') infos.set(source, outcome.modules[module]);
      else if (outcome.type === 'timeout')
        infos.set(source, {
          error: {
            name: 'Timeout',
            message: `${compiled.id}/${source} did not finish loading within ${IMPORT_LIMIT_MS} ms (an infinite loop at the top level?)`,
          },
        });
      else
        infos.set(source, {
          error: {
            name: 'Crash',
            message: 'message' in outcome ? String(outcome.message) : 'the student process failed while loading the file',
          },
        });
    }),
  );
  return infos;
}

export function resolveStep(
  exercise: ExerciseSpec,
  step: string,
  compiled: CompiledExercise,
  infos: Map<string, ModuleInfo>,
  compiledFiles: CompiledFiles,
): Resolution {
  const python = isPythonExercise(compiled.sources);
  const where = python ? locatePythonStep(compiled.sources, step, exercise.id) : locateStep(compiled.sources, step);
  const tried: string[] = [];
  for (const source of [where.file, where.index]) {
    if (!source) continue;
    const file = `${exercise.id}/${source}`;
    const info = infos.get(source);
    if (!info) continue;
    if ('error' in info) {
      const error = compiled.errors.get(source) ?? libraryError(studentError(info.error, compiledFiles), info.error);
      // the step's own file loaded but lacks the step: that is what to fix, even when the index then fails to link
      if (tried.length === 0) return { kind: 'load-error', file, error };
      tried.push(`${file} does not load (${error.name}: ${error.message})`);
      continue;
    }
    const type = info.exports[step];
    if (type === 'function') return { kind: 'found', target: { module: path.join(exercise.id, compiledName(source)), name: step, file } };
    if (python) tried.push(pythonNotDefined(file, step, info.exports));
    else
      tried.push(type ? `${file} exports ${step}, but as a ${type}, not a function` : `${file} does not export ${step}${exportList(info)}`);
  }
  if (tried.length > 0)
    return {
      kind: 'missing',
      message: tried.join('; '),
      lookedFor: where.lookedFor.map((f) => `${exercise.id}/${f}`),
      file: where.file && `${exercise.id}/${where.file}`,
    };
  const hint = python ? pythonCreateHint(exercise.id, step) : `no file for ${step}: create ${exercise.id}/${step}.ts exporting ${step}`;
  return { kind: 'missing', message: hint, lookedFor: where.lookedFor.map((f) => `${exercise.id}/${f}`) };
}

/**
 * An error thrown while a package loads names the package: it is what failed, not the step. Such a
 * stack runs through the package and node's loader only (a student's top-level call into a package
 * has the student's frame too).
 */
function libraryError(error: ErrorInfo, raw: WireError): ErrorInfo {
  const frames = (raw.stack ?? '').split('\n').filter((line) => /^\s+at /.test(line));
  const inPackage = frames.map((line) => /node_modules\/((?:@[^/\s]+\/)?[^/\s]+)\//.exec(line)?.[1]);
  const name = inPackage.find((n) => n !== undefined);
  const onlyLibraries = frames.every((line, i) => inPackage[i] !== undefined || /\(?node:|<anonymous>|\bnative\b/.test(line));
  if (!name || name.startsWith('.mlgrade') || !onlyLibraries) return error;
  return { ...error, message: `${name} failed to load in the sandbox: ${error.message}` };
}

function exportList(info: { exports: Record<string, string> }): string {
  const names = Object.keys(info.exports).filter((k) => k !== '__esModule' && k !== 'default');
  return names.length > 0 ? ` (it exports: ${keyList(names)})` : ' (it exports nothing: add `export` before the function)';
}
