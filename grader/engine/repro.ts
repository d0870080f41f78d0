// The one module that writes the commands printed to grade something again (repro lines, hints):
// they start the way this run was started, so they work when pasted — `npx grade …` in a
// student's workspace, `npm run grade -- …` from the repository's script, `grade …` when
// installed globally (or when nothing says otherwise).
import path from 'node:path';

/** Set by the CLI at start (commands/main.ts) so batch workers, started as `node dist/cli.js`, print what the teacher typed. */
export const INVOKED_ENV = 'MLGRADE_INVOKED_AS';

/** A word as a POSIX shell reads it back: quoted when it has anything but safe characters. */
export const shellWord = (word: string): string => (/^[\w./@%+=:,-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`);

/**
 * How this process was started, as a command prefix: from npm's environment (npx sets
 * npm_command=exec, `npm run` sets run or run-script and the script's text) and argv[1].
 */
export function invocation(env: NodeJS.ProcessEnv = process.env, argv: readonly string[] = process.argv): string {
  const inherited = env[INVOKED_ENV];
  if (inherited) return inherited;
  // npx runs the bin link, node_modules/.bin/grade; `node bin/grade.js` under `npx vitest` is not npx grade
  if (env.npm_command === 'exec' && path.basename(argv[1] ?? '') === 'grade') return 'npx grade';
  // only a script whose command is the grader (`node bin/grade.js`, `grade …`), not `npm test` running vitest
  const event = env.npm_lifecycle_event;
  const viaRun = env.npm_command === 'run' || env.npm_command === 'run-script'; // npm 11 says run, npm 7–10 run-script
  if (viaRun && event && /(^|[\s/])grade(\.js)?(\s|$)/.test(env.npm_lifecycle_script ?? '')) {
    return `npm run ${shellWord(event)} --`;
  }
  return 'grade';
}

/** What a repro command repeats so that it grades the same thing: the folder and a teacher's exercises. */
export interface ReproTarget {
  submission?: string;
  config?: string;
  exercisesDirs?: readonly string[];
}

/** `npx grade --submission alice --config grade.config.json`: the prefix of every repro line of a run. */
export function reproPrefix(target: ReproTarget, invoked: string = invocation()): string {
  const words = target.submission !== undefined ? ['--submission', target.submission] : [];
  if (target.config !== undefined) words.push('--config', target.config);
  for (const dir of target.exercisesDirs ?? []) words.push('--exercises-dir', dir);
  return [invoked, ...words.map(shellWord)].join(' ');
}

/** The command that grades one step again. */
export const reproLine = (prefix: string, exercise: string, step: string, seed: number): string =>
  `${prefix} --exercise ${exercise} --step ${step} --seed ${seed}`;

/** `npx grade --help`: a command to suggest, in a hint or an error message, as this run was started. */
export const suggest = (words: string): string => `${invocation()} ${words}`;
