// The CLI's dispatch (commands/ is the top of the grader; cli/ holds what the commands share):
// the grade command, the one run on every save and in every CI job, is parsed with `node:util`;
// yargs is loaded only for help, version and the other commands.
import { type ExitCode, installCrashHandlers, runWithExitCode } from '../cli/exit.js';
import { parseGradeArgv } from '../cli/options.js';
import { terminalText } from '../cli/terminal.js';
import { INVOKED_ENV, invocation } from '../engine/repro.js';
import { gradeCommand } from './grade.js';
import { commandNames } from './index.js';

const HELP_FLAGS = new Set(['--help', '-h', '--version', '-v']);

/** Whether argv needs yargs: help or version asked for (before `--`), or another command named. */
export function needsYargs(argv: string[]): boolean {
  const end = argv.indexOf('--');
  if ((end === -1 ? argv : argv.slice(0, end)).some((a) => HELP_FLAGS.has(a))) return true;
  const first = argv[0];
  return first !== undefined && !first.startsWith('-') && first !== 'grade' && commandNames().includes(first);
}

export function runCli(argv: string[]): Promise<ExitCode> {
  // messages name files and folders a student named: shown, never obeyed by the terminal
  const stderr = (text: string): void => void process.stderr.write(terminalText(text));
  installCrashHandlers(stderr);
  // decided once, here, and inherited by batch workers: repro lines start as this run was started
  process.env[INVOKED_ENV] = invocation();
  return runWithExitCode(async () => {
    if (needsYargs(argv)) {
      const { runYargs } = await import('./yargs.js');
      return runYargs(argv);
    }
    return gradeCommand.run(parseGradeArgv(argv));
  }, stderr);
}
