// `grade selftest`: grades the reference and every mutant (the reference with one known mistake)
// with the real engine, and checks that each mutant fails and is diagnosed as itself.
import { ExitCode } from '../cli/exit.js';
import { UsageError } from '../engine/errors.js';
import type { CommandModule } from './types.js';

export const selftestCommand: CommandModule = {
  command: 'selftest',
  describe: 'Check the diagnosis: grade the reference and every mutant, print the confusion table',
  options: {
    exercise: { type: 'string', multiple: true, short: 'e', describe: 'Only this exercise\'s mutants (repeatable)' },
    seed: { type: 'number', describe: 'Seed of the generated cases (default 1234, the public seed)' },
    json: { type: 'boolean', describe: 'Print the report as JSON' },
  },
  examples: [
    ['grade selftest', 'every mutant of every exercise'],
    ['grade selftest --exercise deep-network --seed 7', 'one exercise, another seed'],
  ],
  async run(args) {
    const [{ EXERCISES }, { runSelftest }, { selftestText, verdictOf }, { PUBLIC_SEED }] = await Promise.all([
      import('../spec/index.js'), import('../diagnosis/selftest/run.js'), import('../diagnosis/selftest/table.js'), import('../engine/seeds.js'),
    ]);
    const wanted = ([] as unknown[]).concat(args.exercise ?? []).map(String);
    const unknown = wanted.find((id) => !EXERCISES.some((e) => e.id === id));
    if (unknown) throw new UsageError(`no exercise ${unknown}; the exercises are: ${EXERCISES.map((e) => e.id).join(', ')}`);
    const seed = args.seed === undefined ? PUBLIC_SEED : Number(args.seed);
    if (!Number.isInteger(seed) || seed < 0) throw new UsageError(`--seed must be a whole number ≥ 0, not ${String(args.seed)}`);
    const exercises = wanted.length > 0 ? EXERCISES.filter((e) => wanted.includes(e.id)) : EXERCISES;
    const report = await runSelftest({ exercises, seed });
    process.stdout.write(args.json ? `${JSON.stringify({ ...report, verdict: verdictOf(report) }, null, 2)}\n` : selftestText(report));
    return verdictOf(report).ok ? ExitCode.passed : ExitCode.notPassed;
  },
};
