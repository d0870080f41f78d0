// The grade command's options, described once: the fast `node:util` parser of the grade path and
// yargs (help, other commands) are both built from this table, so `grade --help` cannot drift.
import { parseArgs } from 'node:util';
import { DEFAULT_TIME_LIMIT_SECONDS } from '../engine/limits.js';
import { suggest } from '../engine/repro.js';
import { PUBLIC_SEED } from '../engine/seeds.js';
import { UsageError } from '../errors.js';
import { REPORTER_NAMES } from '../../reports/registry.js';

export interface OptionSpec {
  type: 'string' | 'number' | 'boolean';
  describe: string;
  /** Repeatable: `--step dW --step db`. */
  multiple?: boolean;
  short?: string;
  default?: string | boolean | string[];
}

export const DEFAULT_SUBMISSION = 'exercises';
/** The teachers' configuration file, looked for in the working folder. */
export const CONFIG_FILE = 'grade.config.json';
export const DEFAULT_OUT_DIR = 'grade-results';
/** Written on every run unless --reporter names others (`--reporter json` writes no HTML). */
export const DEFAULT_REPORTERS = ['json', 'html'];
export { DEFAULT_TIME_LIMIT_SECONDS } from '../engine/limits.js';

export const GRADE_OPTIONS = {
  submission: {
    type: 'string',
    short: 's',
    default: DEFAULT_SUBMISSION,
    describe: 'The submission folder, laid out like exercises/ (or holding it a few levels down; .ts/.js, or Python: .py/.ipynb)',
  },
  exercise: { type: 'string', multiple: true, short: 'e', describe: 'Grade only this exercise (repeatable); the others are skipped' },
  step: { type: 'string', multiple: true, describe: 'Grade only this step of the selected exercises (repeatable); the others are skipped' },
  seed: {
    type: 'number',
    describe: `Seed of the generated cases (a whole number ≥ 0; default ${PUBLIC_SEED}, the public seed the repro commands use)`,
  },
  types: {
    type: 'boolean',
    describe: 'Also report TypeScript errors in your .ts files, with file:line, as a note on the step (no score change; needs typescript)',
  },
  watch: {
    type: 'boolean',
    short: 'w',
    describe: "Grade again on every save: the saved file's exercise and every one importing it (Ctrl-C to stop)",
  },
  json: { type: 'boolean', describe: 'Print only the results JSON on stdout (no progress, no console report)' },
  reporter: {
    type: 'string',
    multiple: true,
    default: DEFAULT_REPORTERS,
    describe: `A report to write into --out-dir (repeatable; replaces the default json and html): ${REPORTER_NAMES.join(', ')}`,
  },
  'out-dir': { type: 'string', default: DEFAULT_OUT_DIR, describe: 'Folder for the written reports' },
  'min-score': {
    type: 'number',
    describe: 'Pass mark, a fraction of the maximum score in [0, 1]: exit 0 when score/maxScore reaches it even if steps fail',
  },
  'time-limit': {
    type: 'number',
    describe: `CPU time the whole submission's code may use, in seconds (default ${DEFAULT_TIME_LIMIT_SECONDS}; waiting for a busy machine does not count)`,
  },
  color: {
    type: 'boolean',
    default: true,
    describe: 'Colour the console report (only on a terminal and without NO_COLOR); --no-color turns it off',
  },
  // teachers' options (docs/teachers.md): read only when given, so a plain run loads nothing more
  config: {
    type: 'string',
    describe: `Teachers: a ${CONFIG_FILE} (exercises of your own, which exercises, points); default ./${CONFIG_FILE} when there is one`,
  },
  'exercises-dir': {
    type: 'string',
    multiple: true,
    describe: 'Teachers: grade this exercise of your own too, a folder with exercise.ts, or a folder of such folders (repeatable)',
  },
  'hidden-seeds': {
    type: 'string',
    describe:
      'Platforms: a hidden-seeds file ({ "secret": …, "seedsPerStudent": 3 }, per student from $MLGRADE_STUDENT_ID, or { ' +
      '"hiddenSeeds": [ … ] }); hidden cases run in a process of their own, are reported by status only and earn all the points',
  },
} as const satisfies Record<string, OptionSpec>;

export type GradeOptionName = keyof typeof GRADE_OPTIONS;

/** Option values before validation: strings as typed, booleans, arrays for repeatable options. */
export type RawGradeArgs = { [K in GradeOptionName]?: string | boolean | (string | number)[] | number };

/**
 * Parses the grade command's argv without yargs (which costs ~90 ms to import). A leading `grade`
 * (the command's own name) is allowed; any other positional is an error.
 */
export function parseGradeArgv(argv: string[]): RawGradeArgs {
  const options = Object.fromEntries(
    Object.entries(GRADE_OPTIONS).map(([name, spec]) => [
      name,
      {
        type: spec.type === 'boolean' ? 'boolean' : 'string',
        ...('multiple' in spec ? { multiple: true } : {}),
        ...('short' in spec ? { short: spec.short } : {}),
      },
    ]),
  ) as Record<string, { type: 'string' | 'boolean'; multiple?: boolean; short?: string }>;
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options, strict: true, allowPositionals: true, allowNegative: true });
  } catch (error) {
    throw new UsageError(`${parseError(error as Error)} (see ${suggest('--help')})`);
  }
  const positionals = parsed.positionals[0] === 'grade' ? parsed.positionals.slice(1) : parsed.positionals;
  if (positionals.length > 0) {
    throw new UsageError(
      `unexpected argument ${positionals[0]}: to grade a folder, pass --submission ${positionals[0]} (see ${suggest('--help')})`,
    );
  }
  return parsed.values as RawGradeArgs;
}

/** node's messages suggest `--` for an unknown option, which is never what a student meant. */
function parseError(error: Error & { code?: string }): string {
  const unknown = /Unknown option '([^']+)'/.exec(error.message);
  if (error.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && unknown) return `unknown option ${unknown[1]}`;
  return error.message.replace(/\.$/, '');
}

/** The grade command's arguments, validated (ids are checked against the exercises later). */
export interface GradeArgs {
  submission: string;
  exercises: string[];
  steps: string[];
  seed: number;
  watch: boolean;
  /** --types: TypeScript errors as notes on the steps. */
  types?: boolean;
  json: boolean;
  reporters: string[];
  outDir: string;
  /** Fraction of maxScore in [0, 1]. */
  minScore?: number;
  timeLimitSeconds?: number;
  color: boolean;
  /** Whether --submission was given: repro commands then repeat it. */
  submissionGiven: boolean;
  /** Teachers' options, present only when given (grader/config). */
  config?: string;
  exercisesDirs?: string[];
  hiddenSeedsFile?: string;
}

export function toGradeArgs(raw: RawGradeArgs): GradeArgs {
  const list = (name: GradeOptionName, fallback: string[] = []): string[] => {
    const value = raw[name];
    return value === undefined ? fallback : (Array.isArray(value) ? value : [value]).map(String);
  };
  const text = (name: GradeOptionName, fallback: string): string => {
    const value = raw[name];
    return value === undefined || typeof value === 'boolean' ? fallback : String(Array.isArray(value) ? value.at(-1) : value);
  };
  const minScore = numberOption(raw['min-score'], '--min-score');
  if (minScore !== undefined && (minScore < 0 || minScore > 1)) {
    throw new UsageError(`--min-score is a fraction of the maximum score, between 0 and 1 (got ${minScore}); e.g. --min-score 0.6 for 60%`);
  }
  const seed = seedOption(raw.seed);
  const timeLimitSeconds = timeLimitOption(raw['time-limit']);
  const args: GradeArgs = {
    submission: text('submission', DEFAULT_SUBMISSION),
    submissionGiven: raw.submission !== undefined,
    exercises: list('exercise'),
    steps: list('step'),
    seed,
    watch: raw.watch === true,
    ...(raw.types === true ? { types: true } : {}),
    json: raw.json === true,
    reporters: list('reporter', DEFAULT_REPORTERS),
    outDir: text('out-dir', DEFAULT_OUT_DIR),
    ...(minScore !== undefined ? { minScore } : {}),
    ...(timeLimitSeconds !== undefined ? { timeLimitSeconds } : {}),
    color: raw.color !== false,
    ...(raw.config !== undefined ? { config: text('config', '') } : {}),
    ...(raw['exercises-dir'] !== undefined ? { exercisesDirs: list('exercises-dir') } : {}),
    ...(raw['hidden-seeds'] !== undefined ? { hiddenSeedsFile: text('hidden-seeds', '') } : {}),
  };
  if (args.json && args.watch) throw new UsageError('--json prints one results document and exits; it cannot be combined with --watch');
  return args;
}

/**
 * The options every command shares, validated the same way with the same messages (grade,
 * grade batch, a release's grade). Values are as typed, or as yargs parsed them (NaN for `--seed x`).
 */
export function seedOption(value: unknown): number {
  const seed = numberOption(value, '--seed') ?? PUBLIC_SEED;
  if (!Number.isSafeInteger(seed) || seed < 0) throw new UsageError(`--seed must be a whole number ≥ 0 (got ${shown(value)})`);
  return seed;
}

/** Seconds > 0, or undefined for the default (DEFAULT_TIME_LIMIT_SECONDS, applied by the engine). */
export function timeLimitOption(value: unknown): number | undefined {
  const seconds = numberOption(value, '--time-limit');
  if (seconds !== undefined && !(seconds > 0)) throw new UsageError(`--time-limit must be a number of seconds > 0 (got ${shown(value)})`);
  return seconds;
}

const shown = (value: unknown): string => String(Array.isArray(value) ? value.at(-1) : value);

/** A number option as typed; `undefined` when absent. */
export function numberOption(value: unknown, flag: string): number | undefined {
  if (value === undefined) return undefined;
  const last: unknown = Array.isArray(value) ? value.at(-1) : value;
  const parsed = typeof last === 'number' ? last : Number(String(last).trim());
  if (typeof last === 'boolean' || String(last).trim() === '' || !Number.isFinite(parsed)) {
    // yargs turns `--seed x` into NaN: the typed text is gone, so the message names the flag only
    throw new UsageError(`${flag} expects a number${Number.isNaN(last) ? '' : ` (got ${String(last)})`}`);
  }
  return parsed;
}
