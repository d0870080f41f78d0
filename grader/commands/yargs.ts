// The full CLI through yargs: help, version, and every command module. Loaded only when asked
// for (`--help`, `--version`, a command other than grade): yargs 18 costs ~90 ms to import, more
// than the whole grade run is allowed to take to start.
import type { Argv, Options } from 'yargs';
import { ExitCode } from '../cli/exit.js';
import type { OptionSpec } from '../cli/options.js';
import { suggest } from '../engine/repro.js';
import { UsageError } from '../errors.js';
import { TOOL } from '../version.js';
import { COMMANDS } from './index.js';
import type { CommandModule } from './types.js';

export async function runYargs(argv: string[]): Promise<ExitCode> {
  const { default: yargs } = await import('yargs');
  let code: ExitCode = ExitCode.passed;
  const cli = yargs(argv)
    .scriptName('grade')
    .usage(
      '$0 [command] [options]\n\nAn autograder for the machine-learning exercises: grades a submission step ' +
        'by step,\nnames the misconception behind a wrong step, and prints the command that re-runs it.',
    )
    .version(TOOL.version)
    .help()
    .alias('h', 'help')
    .alias('v', 'version')
    .strict()
    .exitProcess(false)
    .wrap(Math.min(110, process.stdout.columns ?? 100))
    .fail((message, error) => {
      throw error ?? new UsageError(`${message} (see ${suggest('--help')})`);
    });
  for (const command of COMMANDS) {
    cli.command({
      command: command.command,
      aliases: command.aliases ?? [],
      describe: command.describe,
      builder: (y: Argv) => build(y, command),
      handler: async (args) => {
        code = await command.run(args);
      },
    });
  }
  await cli.parseAsync();
  return code;
}

function build(y: Argv, command: CommandModule): Argv {
  for (const [name, spec] of Object.entries(command.options)) y.option(name, yargsOption(spec));
  for (const [example, description] of command.examples ?? []) y.example(example, description);
  return command.epilogue ? y.epilogue(command.epilogue) : y;
}

/**
 * Defaults are only described, never set: the command applies them itself, and must see whether
 * an option was given (a repro command repeats --submission only when it was).
 */
function yargsOption(spec: OptionSpec): Options {
  const shown = Array.isArray(spec.default) ? spec.default.join(', ') : spec.default;
  return {
    type: spec.type,
    describe: spec.describe,
    ...(spec.short ? { alias: spec.short } : {}),
    ...(shown !== undefined && shown !== '' ? { defaultDescription: String(shown) } : {}),
    ...(spec.type !== 'boolean' ? { requiresArg: true } : {}),
  };
}
