// Reads a teacher's grade.config.json: JSON, then the committed schema (the one editors complete
// from), then what a schema cannot say (folders that exist). Every problem is a UsageError (exit
// code 2) that names the file, the key and what is expected there.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Ajv2020 as Ajv2020Class } from 'ajv/dist/2020.js';
import { UsageError } from '../engine/errors.js';
import { packageRoot } from '../paths.js';
import { sentences, type SchemaNode } from './sentences.js';

export interface GradeConfig {
  title?: string;
  builtInExercises?: string[];
  /** As written: folders relative to the configuration file. */
  exercises?: string[];
  points?: Record<string, number>;
  release?: { hiddenSeedCount?: number };
}

export const CONFIG_SCHEMA_FILE = 'schema/grade.config.schema.json';

export function readConfig(file: string): GradeConfig {
  const data = parse(file);
  const schema = JSON.parse(readFileSync(path.join(packageRoot(), CONFIG_SCHEMA_FILE), 'utf8')) as SchemaNode;
  // createRequire: ajv's CommonJS build; loaded here only, never on a run without a configuration
  const { Ajv2020 } = createRequire(import.meta.url)('ajv/dist/2020.js') as { Ajv2020: typeof Ajv2020Class };
  const validate = new Ajv2020({ allErrors: true, verbose: true, strict: false }).compile(schema);
  if (!validate(data)) fail(file, sentences(validate.errors ?? []));
  const config = data as GradeConfig;
  const missing = (config.exercises ?? []).flatMap((dir, i) =>
    isFolder(path.resolve(path.dirname(file), dir))
      ? []
      : [
          `exercises[${i}] is ${JSON.stringify(dir)}, which is not a folder next to ` +
            `${path.basename(file)}: it must be the folder of an exercise of your own, relative to this file`,
        ],
  );
  if (missing.length > 0) fail(file, missing);
  return config;
}

function parse(file: string): unknown {
  if (!existsSync(file) || !statSync(file).isFile())
    throw new UsageError(`no configuration file ${file}: pass --config FILE, a grade.config.json (see docs/teachers.md)`);
  const text = readFileSync(file, 'utf8');
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new UsageError(`${file} is not JSON: ${(error as Error).message}`);
  }
}

const isFolder = (dir: string): boolean => existsSync(dir) && statSync(dir).isDirectory();

export function fail(file: string, problems: string[]): never {
  throw new UsageError(`${file} is not a valid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
}
