// `grade selftest`: grades the reference and every mutant (the reference with one known mistake)
// with the real engine, and checks that each mutant fails, is diagnosed as itself, and as no other misconception.
import path from 'node:path';
import { ExitCode } from '../cli/exit.js';
import { CONFIG_FILE } from '../cli/options.js';
import { UsageError } from '../errors.js';
import type { CommandModule } from './types.js';

export const selftestCommand: CommandModule = {
  command: 'selftest',
  describe:
    'Check the diagnosis: grade the reference and every mutant (named as itself, nothing else), print the confusion table;' +
    ' a step needs at least 3 cases',
  options: {
    exercise: { type: 'string', multiple: true, short: 'e', describe: "Only this exercise's mutants (repeatable)" },
    seed: { type: 'number', describe: 'Seed of the generated cases (default 1234, the public seed)' },
    json: { type: 'boolean', describe: 'Print the report as JSON' },
    config: {
      type: 'string',
      describe:
        `Teachers: a ${CONFIG_FILE}, to check your own exercises' reference ` +
        `and mutants too; default ./${CONFIG_FILE} when there is one`,
    },
    'exercises-dir': { type: 'string', multiple: true, describe: 'Teachers: check this exercise of your own too (repeatable)' },
  },
  examples: [
    ['grade selftest', 'every mutant of every exercise'],
    ['grade selftest --exercise deep-network --seed 7', 'one exercise, another seed'],
    ['grade selftest --config grade.config.json --exercise my-exercise', 'your own exercise: its reference and mutants'],
  ],
  async run(args) {
    const [{ assignmentFor }, { runSelftest }, { selftestText, verdictOf }, { PUBLIC_SEED }] = await Promise.all([
      import('../config/assignment.js'),
      import('../selftest/run.js'),
      import('../selftest/table.js'),
      import('../engine/seeds.js'),
    ]);
    const paths = (value: unknown): string[] => ([] as unknown[]).concat(value ?? []).map(String);
    const assignment = await assignmentFor({
      ...(args.config !== undefined ? { config: String(args.config) } : {}),
      exercisesDirs: paths(args['exercises-dir']),
    });
    const EXERCISES = assignment.exercises;
    const wanted = paths(args.exercise);
    const unknown = wanted.find((id) => !EXERCISES.some((e) => e.id === id));
    if (unknown) throw new UsageError(`no exercise ${unknown}; the exercises are: ${EXERCISES.map((e) => e.id).join(', ')}`);
    const seed = args.seed === undefined ? PUBLIC_SEED : Number(args.seed);
    if (!Number.isInteger(seed) || seed < 0) throw new UsageError(`--seed must be a whole number ≥ 0, not ${String(args.seed)}`);
    const exercises = wanted.length > 0 ? EXERCISES.filter((e) => wanted.includes(e.id)) : EXERCISES;
    const referenceDirs = new Map(assignment.teacher.map((t) => [t.id, path.join(t.dir, 'reference')]));
    const report = await runSelftest({ exercises, seed, referenceDirs });
    process.stdout.write(args.json ? `${JSON.stringify({ ...report, verdict: verdictOf(report) }, null, 2)}\n` : selftestText(report));
    return verdictOf(report).ok ? ExitCode.passed : ExitCode.notPassed;
  },
};
