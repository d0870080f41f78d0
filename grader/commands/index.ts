// Every command of the CLI. `explain`, `selftest`, `batch` and `release` will be added here as
// modules; the first is the default command (`grade` with no command name).
import { batchCommand } from './batch.js';
import { explainCommand } from './explain.js';
import { gradeCommand } from './grade.js';
import { initCommand } from './init.js';
import { newExerciseCommand } from './new-exercise.js';
import { releaseCommand } from './release.js';
import { selftestCommand } from './selftest.js';
import type { CommandModule } from './types.js';

export const COMMANDS: CommandModule[] = [
  gradeCommand,
  explainCommand,
  selftestCommand,
  batchCommand,
  releaseCommand,
  initCommand,
  newExerciseCommand,
];

/** Names by which a command is called (the default command's `$0` is not one). */
export function commandNames(): string[] {
  return COMMANDS.flatMap((c) => [c.command.split(' ')[0], ...(c.aliases ?? [])]).filter((n) => n !== '$0');
}
