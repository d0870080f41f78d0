// The gradebook: one row per person, columns `student, name, email, sid, status, error, score,
// max_score`, then each exercise's score, then each step's (`exercise/step`), in curriculum order,
// so the same import mapping in a spreadsheet or LMS works for every batch. `student` is the safe
// id (the folder under students/), `name` the original one; a group (Gradescope export) gives one
// row per member with the same score. `status` tells "not graded" (grader failure, corrupt zip,
// killed worker: `error` says why, scores are empty) from a real 0. RFC 4180 (CRLF, quotes
// doubled), and text cells that a spreadsheet would run as a formula (= + - @, tab, CR) are
// prefixed with a quote.
import type { GradeResults } from '../../grader/model/results.js';
import type { ClassEntry, ClassMember } from './stats.js';

export const GRADED = 'graded';
export const NOT_GRADED = 'not graded';

export function gradesCsv(entries: ClassEntry[]): string {
  const columns = columnsOf(entries.map((e) => e.results));
  const steps = columns.steps.map(([e, s]) => `${e}/${s}`);
  const header = ['student', 'name', 'email', 'sid', 'status', 'error', 'score', 'max_score', ...columns.exercises, ...steps].map(textCell);
  const rows = entries.flatMap((entry) => {
    const scores = scoreCells(entry.results, columns);
    const who = (m: ClassMember): string[] => [entry.student, m.name ?? entry.name ?? entry.student, m.email ?? '', m.sid ?? ''];
    return membersOf(entry).map((m) => who(m).map(textCell).concat(scores));
  });
  return csvText([header, ...rows]);
}

/** Records joined by commas, each ended by CRLF (RFC 4180); the cells are already quoted. */
export const csvText = (rows: string[][]): string => rows.map((cells) => cells.join(',') + '\r\n').join('');

/** The people of a submission: its group members, or one person known by the submission's name. */
export const membersOf = (entry: ClassEntry): ClassMember[] => (entry.members && entry.members.length > 0 ? entry.members : [{}]);

/** status, error, then the scores; a submission that was not graded has no scores (not 0). */
function scoreCells(results: GradeResults, columns: Columns): string[] {
  if (results.graderError) {
    const blanks = Array.from({ length: 2 + columns.exercises.length + columns.steps.length }, () => '');
    return [textCell(NOT_GRADED), textCell(oneLine(`${results.graderError.name}: ${results.graderError.message}`)), ...blanks];
  }
  const exercises = new Map(results.exercises.map((e) => [e.id, e]));
  const stepScore = (exercise: string, step: string): string =>
    numberCell(exercises.get(exercise)?.steps.find((s) => s.id === step)?.score);
  return [
    textCell(GRADED),
    '',
    numberCell(results.score),
    numberCell(results.maxScore),
    ...columns.exercises.map((id) => numberCell(exercises.get(id)?.score)),
    ...columns.steps.map(([e, s]) => stepScore(e, s)),
  ];
}

interface Columns {
  exercises: string[];
  steps: [string, string][];
}

/** Exercises and steps in the order the results list them (the curriculum's), first seen first. */
function columnsOf(all: GradeResults[]): Columns {
  const exercises: string[] = [];
  const steps: [string, string][] = [];
  const seen = new Set<string>();
  for (const results of all) {
    for (const exercise of results.exercises) {
      if (!exercises.includes(exercise.id)) exercises.push(exercise.id);
      for (const step of exercise.steps) {
        const key = `${exercise.id}/${step.id}`;
        if (!seen.has(key)) steps.push([exercise.id, step.id]);
        seen.add(key);
      }
    }
  }
  return { exercises, steps };
}

const MAX_ERROR = 300;
const oneLine = (text: string): string => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > MAX_ERROR ? `${flat.slice(0, MAX_ERROR - 1)}…` : flat;
};

export function textCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Up to 3 decimals, no exponent, no trailing zeros; empty when the column does not apply. */
export function numberCell(value: number | undefined): string {
  if (value === undefined || !Number.isFinite(value)) return '';
  return String(Math.round(value * 1000) / 1000);
}

/**
 * Reads a gradebook back (`grade batch --compare`): RFC 4180 as written here, and what a
 * spreadsheet may have saved it as (LF line ends, a byte-order mark, no final line end).
 */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const body = text.replace(/^\uFEFF/, '');
  const endRow = (): void => {
    row.push(cell);
    rows.push(row);
    row = [];
    cell = '';
  };
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (quoted) {
      if (c === '"' && body[i + 1] === '"') (cell += '"'), i++;
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(cell), (cell = '');
    else if (c === '\n') endRow();
    else if (c !== '\r' || body[i + 1] !== '\n') cell += c;
  }
  if (cell !== '' || row.length > 0) endRow();
  return rows;
}
