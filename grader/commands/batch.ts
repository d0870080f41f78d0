// `grade batch <dir>`: grade a whole class. Its help and options live here as data; the grading
// is loaded only when it runs. The same command, started by a batch with an IPC channel, is one of
// its grading workers (see grader/batch/worker.ts).
import type { BatchArgs } from '../batch/run.js';
import { CONFIG_FILE, GRADE_OPTIONS, numberOption, seedOption, timeLimitOption, type OptionSpec } from '../cli/options.js';
import { DEFAULT_TIME_LIMIT_SECONDS } from '../engine/limits.js';
import { suggest } from '../engine/repro.js';
import { UsageError } from '../errors.js';
import type { CommandModule } from './types.js';
import { DEFAULT_LMS_COLUMN, LMS_EXPORTS, LMS_FILES, type LmsExport } from '../../reports/class/lms.js';

export const DEFAULT_BATCH_OUT_DIR = 'batch-results';

export const BATCH_OPTIONS = {
  'out-dir': {
    type: 'string',
    short: 'o',
    default: DEFAULT_BATCH_OUT_DIR,
    describe: 'Folder for grades.csv, class-report.html and students/<student>/{results.json,report.html}',
  },
  jobs: { type: 'number', short: 'j', describe: 'Submissions graded at once (default: the number of CPU cores)' },
  resume: { type: 'boolean', describe: 'Grade only the students without a valid results.json in --out-dir (after an interruption)' },
  'retry-errors': {
    type: 'boolean',
    describe: 'As --resume, and grade again the students marked "not graded" (a killed worker, a zip fixed since)',
  },
  seed: GRADE_OPTIONS.seed,
  'time-limit': {
    type: 'number',
    describe: `CPU time each submission's code may use, in seconds (default ${DEFAULT_TIME_LIMIT_SECONDS}; waiting for a busy machine does not count)`,
  },
  config: {
    type: 'string',
    describe: `Teachers: a ${CONFIG_FILE} (exercises of your own, which exercises, points); default ./${CONFIG_FILE} when there is one`,
  },
  'hidden-seeds': {
    type: 'string',
    describe:
      'Teachers: also grade hidden cases, a hidden-seeds.json as grade --hidden-seeds takes it; ' +
      'with a secret, per student from the batch id (never give it to students)',
  },
  'exercises-dir': {
    type: 'string',
    multiple: true,
    describe: 'Teachers: grade this exercise of your own too, a folder with exercise.ts, or a folder of such folders (repeatable)',
  },
  export: {
    type: 'string',
    multiple: true,
    describe:
      'Also write a gradebook this LMS imports as it is: ' +
      `${LMS_EXPORTS.map((l) => `${l} (${LMS_FILES[l]})`).join(', ')}; repeatable or comma-separated`,
  },
  assignment: {
    type: 'string',
    describe: `The grade column's name in the --export files (default ${DEFAULT_LMS_COLUMN}); Canvas: "Name (id)" updates that assignment`,
  },
  compare: {
    type: 'string',
    describe: 'What changed since an earlier batch of the class: its grades.csv (scores), or its --out-dir (steps too)',
  },
} as const satisfies Record<string, OptionSpec>;

export const batchCommand: CommandModule = {
  command: 'batch <dir>',
  describe: 'Grade a class: every sub-folder or .zip of <dir> is one student (Gradescope exports too)',
  options: BATCH_OPTIONS,
  examples: [
    ['grade batch submissions/', 'grade every student, write batch-results/'],
    ['grade batch export.zip --out-dir week3', 'a Gradescope "Export Submissions" zip'],
    ['grade batch submissions/ --resume', 'after Ctrl-C: grade only the students still missing'],
    ['grade batch submissions/ --retry-errors', 'grade again only the rows of grades.csv that say "not graded"'],
    ['grade batch submissions/ --jobs 1 --time-limit 30', 'one at a time, 30 s per submission'],
    ['grade batch repos/ --hidden-seeds hidden-seeds.json', 'for credit: the public cases and hidden ones no student has seen'],
    ['grade batch submissions/ --config grade.config.json', 'with your own exercises, as grade --config grades them'],
    ['grade batch export.zip --export canvas,moodle --assignment "HW3 (4521)"', 'also grades-canvas.csv and grades-moodle.csv'],
    ['grade batch submissions/ --out-dir week4 --compare week3', 'the class report says what changed since week3'],
  ],
  epilogue: [
    'Writes <out-dir>/students/<student>/results.json (the format of grade --json) and report.html, grades.csv and class-report.html ' +
      '(with --export, grades-canvas.csv and grades-moodle.csv too).',
    'Exit status: 0 every submission was graded; 1 some could not be (they are in the reports with their error); ' +
      '2 the batch could not run, or was interrupted (run it again with --resume).',
    'See docs/teachers-batch.md.',
  ].join('\n'),
  async run(args) {
    const { isBatchWorker, runWorker } = await import('../batch/worker.js');
    if (isBatchWorker()) return runWorker();
    const { runBatch, defaultJobs } = await import('../batch/run.js');
    return runBatch(toBatchArgs(args, { jobs: defaultJobs() }));
  },
};

/** Validates the parsed options (yargs gives numbers as numbers, or NaN for `--jobs x`). */
export function toBatchArgs(raw: Record<string, unknown>, defaults: { jobs: number }): BatchArgs {
  const dir = typeof raw.dir === 'string' ? raw.dir : '';
  if (dir === '') throw new UsageError(`grade batch needs a folder: ${suggest('batch <dir>')} (see ${suggest('batch --help')})`);
  const jobs = numberOption(raw.jobs, '--jobs') ?? defaults.jobs;
  if (!Number.isSafeInteger(jobs) || jobs < 1) throw new UsageError(`--jobs must be a whole number ≥ 1 (got ${String(raw.jobs)})`);
  const seed = seedOption(raw.seed);
  const timeLimitSeconds = timeLimitOption(raw['time-limit']) ?? DEFAULT_TIME_LIMIT_SECONDS;
  const outDir = typeof raw['out-dir'] === 'string' && raw['out-dir'] !== '' ? raw['out-dir'] : DEFAULT_BATCH_OUT_DIR;
  return {
    dir,
    outDir,
    jobs,
    resume: raw.resume === true,
    retryErrors: raw['retry-errors'] === true,
    seed,
    timeLimitSeconds,
    assignment: assignmentArgs(raw),
    ...lmsOptions(raw),
    ...(typeof raw.compare === 'string' && raw.compare !== '' ? { compare: raw.compare } : {}),
  };
}

/** --export and --assignment, given only when asked for. */
function lmsOptions(raw: Record<string, unknown>): Pick<BatchArgs, 'exports' | 'lmsColumn'> {
  const exports = exportsOption(raw.export);
  const column = typeof raw.assignment === 'string' ? raw.assignment.trim() : '';
  return { ...(exports.length > 0 ? { exports } : {}), ...(column !== '' ? { lmsColumn: column } : {}) };
}

/** `--export canvas --export moodle` or `--export canvas,moodle`; an unknown name stops the batch before it starts. */
function exportsOption(value: unknown): LmsExport[] {
  const names = (Array.isArray(value) ? value : value === undefined ? [] : [value]).flatMap((v) => String(v).split(','));
  const wanted = names.map((n) => n.trim().toLowerCase()).filter((n) => n !== '');
  const unknown = wanted.filter((n) => !(LMS_EXPORTS as readonly string[]).includes(n));
  if (unknown.length > 0) throw new UsageError(`--export ${unknown.join(', ')}: not a known LMS; use ${LMS_EXPORTS.join(' or ')}`);
  return [...new Set(wanted as LmsExport[])];
}

/** --config and --exercises-dir, as `grade` takes them (a missing or broken one stops the batch before it starts). */
function assignmentArgs(raw: Record<string, unknown>): BatchArgs['assignment'] {
  const texts = (value: unknown, flag: string): string[] => {
    const list = (Array.isArray(value) ? value : value === undefined ? [] : [value]).map(String);
    if (list.some((v) => v.trim() === '')) throw new UsageError(`${flag} needs a path`);
    return list;
  };
  const config = texts(raw.config, '--config').at(-1);
  const exercisesDirs = texts(raw['exercises-dir'], '--exercises-dir');
  const hiddenSeedsFile = texts(raw['hidden-seeds'], '--hidden-seeds').at(-1);
  return {
    ...(config !== undefined ? { config } : {}),
    ...(exercisesDirs.length > 0 ? { exercisesDirs } : {}),
    ...(hiddenSeedsFile !== undefined ? { hiddenSeedsFile } : {}),
  };
}
