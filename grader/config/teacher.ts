// Loads a teacher's exercise folder: exercise.ts (or .js) is bundled by esbuild with its reference
// and mutants — trusted code, run in the grader like the built-in specs — then imported. The
// packages it shares with the grader (ml-matrix, mlgrade/exercise, mlgrade/np) are not bundled but
// handed over from the grader's own module instances, so a Matrix, a RandnArg or TRAIN_PROPERTIES
// of the exercise is the engine's own and its instanceof and identity checks hold.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import * as mlMatrix from 'ml-matrix';
import type { Message, Plugin } from 'esbuild';
import { UsageError } from '../engine/errors.js';
import * as exerciseApi from '../exercise.js';
import * as np from '../np.js';
import type { ExerciseSpec } from '../spec/types.js';
import { checkExercise } from './check-exercise.js';

export interface TeacherExercise {
  id: string;
  /** The exercise's folder (exercise.ts, reference/, starter/, mutants/). */
  dir: string;
  spec: ExerciseSpec;
}

export const ENTRY_NAMES = ['exercise.ts', 'exercise.mts', 'exercise.js', 'exercise.mjs'];
const HOST = 'mlgrade.host-modules';
const SHARED: Record<string, object> = { 'ml-matrix': mlMatrix, 'mlgrade/exercise': exerciseApi, 'mlgrade/np': np };

const entryOf = (dir: string): string | undefined => ENTRY_NAMES.map((name) => path.join(dir, name)).find((file) => existsSync(file));

/** The exercise folders a --exercises-dir names: itself, or its sub-folders that are exercises. */
export function exerciseFolders(dir: string): string[] {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new UsageError(`--exercises-dir ${dir}: no such folder`);
  if (entryOf(dir)) return [dir];
  const found = readdirSync(dir)
    .map((name) => path.join(dir, name))
    .filter((sub) => statSync(sub).isDirectory() && entryOf(sub));
  if (found.length === 0)
    throw new UsageError(`--exercises-dir ${dir}: neither it nor a folder in it has an exercise.ts (or exercise.js); see docs/teachers.md`);
  return found.sort();
}

export async function loadTeacherExercise(dir: string): Promise<TeacherExercise> {
  const entry = entryOf(dir);
  if (!entry)
    throw new UsageError(
      `${dir} has no exercise.ts (or exercise.js): an exercise of your own is a folder with exercise.ts ` +
        `default-exporting its ExerciseSpec, reference/, starter/ and mutants/ (see docs/teachers.md)`,
    );
  const code = await bundle(entry, dir);
  (globalThis as Record<symbol, unknown>)[Symbol.for(HOST)] = SHARED;
  let module: { default?: unknown };
  try {
    module = (await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`)) as { default?: unknown };
  } catch (error) {
    throw new UsageError(`${entry} threw while loading: ${(error as Error).message}`);
  }
  const spec = checkExercise(module.default, entry);
  return { id: spec.id, dir, spec };
}

async function bundle(entry: string, dir: string): Promise<string> {
  const { build } = createRequire(import.meta.url)('esbuild') as typeof import('esbuild');
  try {
    const result = await build({
      entryPoints: [entry],
      absWorkingDir: dir,
      bundle: true,
      write: false,
      metafile: true,
      format: 'esm',
      platform: 'node',
      target: 'node20',
      logLevel: 'silent',
      plugins: [hostModules],
    });
    // the release copies the folder alone: what it imports from elsewhere would be missing there
    const outside = Object.keys(result.metafile.inputs).filter((input) => !input.startsWith('mlgrade-host:') && input.startsWith('..'));
    if (outside.length > 0)
      throw new UsageError(
        `${entry} imports ${outside[0]}, outside its folder: an exercise folder must hold ` +
          `everything it imports (besides ml-matrix, mlgrade/exercise and mlgrade/np)`,
      );
    return result.outputFiles[0].text;
  } catch (error) {
    if (error instanceof UsageError) throw error;
    const first = (error as { errors?: Message[] }).errors?.[0];
    const where = first?.location ? `${path.join(dir, first.location.file)}:${first.location.line}:${first.location.column + 1}: ` : '';
    throw new UsageError(`${entry} does not compile: ${where}${first?.text ?? (error as Error).message}`);
  }
}

/** ml-matrix, mlgrade/exercise and mlgrade/np as modules re-exporting the grader's own instances. */
const hostModules: Plugin = {
  name: 'mlgrade-host-modules',
  setup(b) {
    b.onResolve({ filter: /^(ml-matrix|mlgrade\/exercise|mlgrade\/np)$/ }, (args) => ({ path: args.path, namespace: 'mlgrade-host' }));
    b.onLoad({ filter: /.*/, namespace: 'mlgrade-host' }, (args) => {
      const names = Object.keys(SHARED[args.path]).filter((k) => /^[A-Za-z_$][\w$]*$/.test(k) && k !== 'default');
      const lines = [
        `const m = globalThis[Symbol.for(${JSON.stringify(HOST)})][${JSON.stringify(args.path)}];`,
        ...names.map((n) => `export const ${n} = m.${n};`),
        'export default m.default ?? m;',
      ];
      return { contents: lines.join('\n'), loader: 'js' };
    });
  },
};
