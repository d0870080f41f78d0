// A command of the CLI as a module: its name, help text and options as data, and what it runs.
// yargs builds `--help` from this; the grade command's fast path parses argv from the same table.
import type { ExitCode } from '../cli/exit.js';
import type { OptionSpec } from '../cli/options.js';

export interface CommandModule {
  /** yargs command string: `grade`, later `explain <id>` … */
  command: string;
  /** `$0` makes it the default command. */
  aliases?: string[];
  describe: string;
  options: Record<string, OptionSpec>;
  examples?: [command: string, description: string][];
  /** Further help text, shown after the options. */
  epilogue?: string;
  /** Runs with the parsed options (extra keys, such as yargs' `_`, are ignored). */
  run(args: Record<string, unknown>): Promise<ExitCode>;
}
