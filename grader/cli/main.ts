// Dispatch: the grade command, the one run on every save and in every CI job, is parsed with
// `node:util`; yargs is loaded only for help, version and the other commands.
import { gradeCommand } from '../commands/grade.js';
import { commandNames } from '../commands/index.js';
import { ExitCode, installCrashHandlers, runWithExitCode } from './exit.js';
import { parseGradeArgv } from './options.js';

const HELP_FLAGS = new Set(['--help', '-h', '--version', '-v']);

/** Whether argv needs yargs: help or version asked for (before `--`), or another command named. */
export function needsYargs(argv: string[]): boolean {
  const end = argv.indexOf('--');
  if ((end === -1 ? argv : argv.slice(0, end)).some((a) => HELP_FLAGS.has(a))) return true;
  const first = argv[0];
  return first !== undefined && !first.startsWith('-') && first !== 'grade' && commandNames().includes(first);
}

export function runCli(argv: string[]): Promise<ExitCode> {
  const stderr = (text: string): void => void process.stderr.write(text);
  installCrashHandlers(stderr);
  return runWithExitCode(async () => {
    if (needsYargs(argv)) {
      const { runYargs } = await import('./yargs.js');
      return runYargs(argv);
    }
    return gradeCommand.run(parseGradeArgv(argv));
  }, stderr);
}
