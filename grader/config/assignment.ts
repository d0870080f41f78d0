// What a grade run grades: the built-in exercises, unless a teacher's configuration (--config, or
// ./grade.config.json) or --exercises-dir says otherwise, with the hidden seeds of --hidden-seeds.
// A plain run pays one existsSync here: ajv, esbuild's bundler and the teachers' code are loaded
// only when a configuration is there.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { CONFIG_FILE } from '../cli/options.js';
import { EXERCISES } from '../spec/index.js';
import type { ExerciseSpec } from '../spec/types.js';
import type { GradeConfig } from './read.js';

export interface Assignment {
  exercises: ExerciseSpec[];
  hiddenSeeds?: number[];
  /** The teachers' exercises and their folders (a release copies their starters). */
  teacher: { id: string; dir: string }[];
  configFile?: string;
  config?: GradeConfig;
}

export interface AssignmentArgs {
  config?: string;
  exercisesDirs?: string[];
  hiddenSeedsFile?: string;
}

export async function assignmentFor(args: AssignmentArgs, cwd = process.cwd()): Promise<Assignment> {
  const configFile = args.config !== undefined ? path.resolve(cwd, args.config) : defaultConfig(cwd);
  const hiddenSeeds =
    args.hiddenSeedsFile === undefined
      ? undefined
      : (await import('./hidden-seeds.js')).readHiddenSeeds(path.resolve(cwd, args.hiddenSeedsFile));
  const withSeeds = hiddenSeeds ? { hiddenSeeds } : {};
  const dirs = (args.exercisesDirs ?? []).map((dir) => path.resolve(cwd, dir));
  if (configFile === undefined && dirs.length === 0) return { exercises: EXERCISES, teacher: [], ...withSeeds };
  const { configuredAssignment } = await import('./configured.js');
  return { ...(await configuredAssignment(configFile, dirs)), ...withSeeds };
}

function defaultConfig(cwd: string): string | undefined {
  const file = path.join(cwd, CONFIG_FILE);
  return existsSync(file) ? file : undefined;
}
