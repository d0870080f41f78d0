// Gradebooks an LMS imports as they are, beside the generic grades.csv: one row per person (a
// group's members each get the score), the total score in one grade column named by
// `grade batch --assignment`. A submission that was not graded has an empty cell, never 0 (both
// LMSs read an empty cell as "no grade"); grades.csv says why.
//
// Canvas (Grades → Import; its importer reads the header `Student, ID, SIS User ID, SIS Login ID,
// Section, <assignment>`, then a row starting `Points Possible`, and finds each student by ID, SIS
// User ID, SIS Login ID, then by name): ID (Canvas's own user number) is unknown here and left
// empty, SIS User ID is the Gradescope `sid`, Student the name. A column `Name (123)` updates that
// assignment; another name creates one.
//
// Moodle (Grades → Import → CSV file; the teacher picks "Map from" a column and "Map to" the user
// field, then the grade item): identifiers `Email address`, `ID number` (the sid) and `Username`
// (the batch id: the folder name, made path-safe); a row whose user Moodle cannot find stops its
// whole import, so the batch warns about rows with no e-mail (see batch/run.ts).
//
// UTF-8 without a byte-order mark, as grades.csv: both importers read UTF-8 (Moodle's Encoding
// field defaults to it), and neither needs the mark Excel wants; cells quoted by RFC 4180 and
// defused against formulas, as grades.csv's.
import { csvText, membersOf, numberCell, textCell } from './csv.js';
import type { ClassEntry, ClassMember } from './stats.js';

export const LMS_EXPORTS = ['canvas', 'moodle'] as const;
export type LmsExport = (typeof LMS_EXPORTS)[number];

export const LMS_FILES: Record<LmsExport, string> = { canvas: 'grades-canvas.csv', moodle: 'grades-moodle.csv' };

/** The grade column's header when `--assignment` does not name it. */
export const DEFAULT_LMS_COLUMN = 'mlgrade';

export const CANVAS_HEADER = ['Student', 'ID', 'SIS User ID', 'SIS Login ID', 'Section'];
export const MOODLE_HEADER = ['Full name', 'Email address', 'ID number', 'Username'];

interface Person {
  entry: ClassEntry;
  member: ClassMember;
  name: string;
  /** Empty when the submission was not graded. */
  score: string;
}

const peopleOf = (entries: ClassEntry[]): Person[] =>
  entries.flatMap((entry) =>
    membersOf(entry).map((member) => ({
      entry,
      member,
      name: member.name ?? entry.name ?? entry.student,
      score: entry.results.graderError ? '' : numberCell(entry.results.score),
    })),
  );

const WRITERS: Record<LmsExport, (entries: ClassEntry[], column: string) => string[][]> = {
  canvas: (entries, column) => {
    const points = Math.max(0, ...entries.filter((e) => !e.results.graderError).map((e) => e.results.maxScore));
    return [
      [...CANVAS_HEADER, column].map(textCell),
      ['Points Possible', '', '', '', '', numberCell(points)],
      ...peopleOf(entries).map((p) => [...[p.name, '', p.member.sid ?? '', '', ''].map(textCell), p.score]),
    ];
  },
  moodle: (entries, column) => [
    [...MOODLE_HEADER, column].map(textCell),
    ...peopleOf(entries).map((p) => [...[p.name, p.member.email ?? '', p.member.sid ?? '', p.entry.student].map(textCell), p.score]),
  ],
};

export function lmsCsv(lms: LmsExport, entries: ClassEntry[], column = DEFAULT_LMS_COLUMN): string {
  return csvText(WRITERS[lms](entries, column));
}

/** People in the Moodle file with no e-mail: an import mapped by e-mail stops at the first of them. */
export const withoutEmail = (entries: ClassEntry[]): string[] => peopleOf(entries).flatMap((p) => (p.member.email ? [] : [p.name]));
