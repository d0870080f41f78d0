// The `grade` command of a release's student bundle (entry: student-cli.ts): the runs, reports and
// exit codes of `grade`, graded from the oracle table of the public seed (oracle.json in the
// bundle) instead of the reference and the mutants, which the build keeps out of this entry's
// import graph (grader/release/student-build.mjs).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ExitCode } from '../cli/exit.js';
import { GRADE_OPTIONS, parseGradeArgv, toGradeArgs, type OptionSpec, type RawGradeArgs } from '../cli/options.js';
import { UsageError } from '../engine/errors.js';
import { tableExercises } from '../oracle/table-oracle.js';
import { TABLE_VERSION, type OracleTable } from '../oracle/table.js';
import { packageRoot } from '../paths.js';
import { TOOL } from '../version.js';
import { runStudentExplain } from './student-explain.js';

export const TABLE_FILE = 'oracle.json';
/** What only the teacher's full grader can do: this one has no exercises to load and no hidden cases. */
const TEACHER_ONLY = ['config', 'exercises-dir', 'hidden-seeds'] as const;

export async function runStudentCli(argv: string[]): Promise<ExitCode> {
  const asked = argv.slice(0, argv.includes('--') ? argv.indexOf('--') : argv.length);
  // `more: grade explain ID` ends every diagnosis: the student grader explains from its catalogue
  if (asked[0] === 'explain') return runStudentExplain(asked.slice(1), readTable(), print);
  if (asked.some((a) => a === '--help' || a === '-h')) return print(helpText());
  if (asked.some((a) => a === '--version' || a === '-v')) return print(`${TOOL.version}\n`);
  const raw = parseGradeArgv(argv);
  const teacher = TEACHER_ONLY.find((name) => raw[name] !== undefined);
  if (teacher)
    throw new UsageError(`--${teacher} is an option of the teacher's grader; this grader grades the exercises it was released with`);
  const table = readTable();
  const args = toGradeArgs(raw.seed === undefined ? ({ ...raw, seed: String(table.seed) } satisfies RawGradeArgs) : raw);
  if (args.seed !== table.seed) {
    throw new UsageError(
      `this grader has the cases of the public seed ${table.seed} only, so it cannot grade --seed ` +
        `${args.seed}: leave --seed out (your teacher's platform also grades cases you do not see)`,
    );
  }
  const { runGrade } = await import('../cli/grade-run.js');
  return runGrade(args, tableExercises(table));
}

function readTable(): OracleTable {
  const file = path.join(packageRoot(), TABLE_FILE);
  let table: OracleTable;
  try {
    table = JSON.parse(readFileSync(file, 'utf8')) as OracleTable;
  } catch (error) {
    throw new UsageError(
      `this grader's data is missing or damaged (${file}: ${(error as Error).message}); ask your teacher for the workspace again`,
    );
  }
  if (table.version !== TABLE_VERSION)
    throw new UsageError(
      `${file} was written by another version of mlgrade (${table.tool?.version}); ask your teacher for the workspace again`,
    );
  return table;
}

function print(text: string): ExitCode {
  process.stdout.write(text);
  return ExitCode.passed;
}

function helpText(): string {
  const shown = Object.entries(GRADE_OPTIONS as Record<string, OptionSpec>).filter(
    ([name]) => !(TEACHER_ONLY as readonly string[]).includes(name),
  );
  const flags = shown.map(
    ([name, spec]) =>
      `--${spec.type === 'boolean' && spec.default === true ? `[no-]${name}` : name}${spec.short ? `, -${spec.short}` : ''}`,
  );
  const width = Math.max(...flags.map((f) => f.length)) + 2;
  const lines = shown.map(([, spec], i) => `  ${flags[i].padEnd(width)}${spec.describe}`);
  return [
    'grade [options]',
    'grade explain [ID]   what a misconception the grader names is, the right formula, how to fix it',
    '',
    'Grades your exercises step by step: what is wrong, why, and the command that re-runs one step.',
    '',
    'Options:',
    ...lines,
    '  --help, -h'.padEnd(width + 2) + 'Show this help',
    '  --version, -v'.padEnd(width + 2) + 'Show the version',
    '',
    'Exit status: 0 every graded step passed (or the score reached --min-score), 1 otherwise,',
    '2 when grading could not run (bad arguments, no such folder).',
    '',
  ].join('\n');
}
