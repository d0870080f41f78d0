// `grade release --out DIR`: the student workspace with a grader that holds no solutions, and the
// platform bundles (Gradescope, PrairieLearn, GitHub Classroom). Help and options as data; the
// release itself is loaded only when it runs.
import { UsageError } from '../errors.js';
import type { OptionSpec } from '../cli/options.js';
import type { CommandModule } from './types.js';

export const RELEASE_OPTIONS = {
  out: {
    type: 'string',
    short: 'o',
    describe:
      'The folder to write (student/, gradescope/ (autograder.zip), prairielearn/ (image and one question per exercise), ' +
      'github-classroom/, hidden-seeds.json); an earlier release there is replaced',
  },
  language: { type: 'string', describe: 'The starters students get: typescript (default), or python (numpy, from exercises-python/)' },
  config: { type: 'string', describe: "The assignment's grade.config.json (default ./grade.config.json when there is one)" },
  'exercises-dir': {
    type: 'string',
    multiple: true,
    describe: 'An exercise of your own to include, a folder with exercise.ts, or a folder of them (repeatable)',
  },
  'hidden-seeds': {
    type: 'string',
    describe:
      'Reuse this hidden-seeds file (the secret of an earlier release, or { "hiddenSeeds": [ … ] }) instead of drawing a new secret',
  },
} as const satisfies Record<string, OptionSpec>;

export const releaseCommand: CommandModule = {
  command: 'release',
  describe: 'Build what students get (no solutions) and what the platforms run (solutions, hidden seeds)',
  options: RELEASE_OPTIONS,
  examples: [
    ['grade release --out release', 'the built-in exercises'],
    ['grade release --out release --config grade.config.json', 'your assignment: its exercises, your own, points'],
    ['grade release --out release --hidden-seeds release/hidden-seeds.json', 'again, with the same hidden seeds'],
    ['grade release --out release --language python', 'a class that writes Python: the numpy starters'],
  ],
  epilogue: 'See docs/teachers.md. Exit status: 0 written, 2 it could not be (bad configuration, folder in the way).',
  async run(args) {
    const text = (value: unknown): string | undefined =>
      value === undefined ? undefined : String(Array.isArray(value) ? value.at(-1) : value);
    const out = text(args.out);
    if (!out) throw new UsageError('grade release needs --out DIR, the folder to write (see grade release --help)');
    const dirs = ([] as unknown[]).concat(args['exercises-dir'] ?? []).map(String);
    const config = text(args.config);
    const hiddenSeedsFile = text(args['hidden-seeds']);
    const language = text(args.language);
    if (language !== undefined && language !== 'typescript' && language !== 'python')
      throw new UsageError(`--language ${language}: the starters are typescript or python`);
    const { runRelease } = await import('../release/run.js');
    return runRelease(
      {
        out,
        ...(config ? { config } : {}),
        ...(dirs.length ? { exercisesDirs: dirs } : {}),
        ...(hiddenSeedsFile ? { hiddenSeedsFile } : {}),
        ...(language ? { language } : {}),
      },
      (line) => void process.stderr.write(`${line}\n`),
    );
  },
};
