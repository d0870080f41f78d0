// `grade new-exercise NAME [--dir DIR]`: scaffolds a teacher's exercise in the documented format
// (docs/teachers.md) — spec, reference, starter, one mutant — that passes `grade selftest` as written.
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ExitCode } from '../cli/exit.js';
import { UsageError } from '../engine/errors.js';
import { scaffoldFiles } from './new-exercise-files.js';
import type { CommandModule } from './types.js';

const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** Writes DIR/NAME/…; refuses a name that is not kebab-case and a folder that already holds files. */
export function scaffoldExercise(name: string, dir = '.'): { folder: string; files: string[] } {
  if (!KEBAB.test(name)) throw new UsageError(`${JSON.stringify(name)} is not an exercise id: use kebab-case, e.g. linear-regression`);
  const folder = path.join(dir, name);
  if (existsSync(folder) && readdirSync(folder).length > 0) {
    throw new UsageError(`${folder} is not empty: grade new-exercise makes a new folder`);
  }
  const files = scaffoldFiles(name, folder);
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(folder, file)), { recursive: true });
    writeFileSync(path.join(folder, file), text);
  }
  return { folder, files: Object.keys(files) };
}

export const newExerciseCommand: CommandModule = {
  command: 'new-exercise <name>',
  describe: 'Teachers: scaffold an exercise of your own (spec, reference, starter, a mutant) that passes selftest',
  options: {
    dir: { type: 'string', describe: 'The folder to make it in (default: the working folder); it gets NAME/' },
  },
  examples: [['grade new-exercise linear-regression --dir extra', 'extra/linear-regression/, then grade selftest --exercises-dir …']],
  async run(args) {
    const { folder, files } = scaffoldExercise(String(args.name), args.dir === undefined ? '.' : String(args.dir));
    process.stdout.write(
      [
        `Made ${folder}/: ${files.join(', ')}`,
        '',
        `Test it:  grade selftest --exercises-dir ${folder} --exercise ${String(args.name)}`,
        `Use it:   "exercises": ["./${String(args.name)}"] in your grade.config.json (see docs/teachers.md)`,
        '',
      ].join('\n'),
    );
    return ExitCode.passed;
  },
};
