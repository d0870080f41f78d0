// The LMS gradebooks (`grade batch --export canvas,moodle`), read back as the LMSs' importers read
// them: Canvas's header and "Points Possible" row, Moodle's identifier columns, one row per group
// member, no score (never 0) for a submission that was not graded, names with commas and quotes,
// UTF-8 without a byte-order mark.
import { describe, expect, it } from 'vitest';
import { ungradedResults } from '../grader/batch/ungraded.js';
import { toBatchArgs } from '../grader/commands/batch.js';
import { UsageError } from '../grader/errors.js';
import { EXERCISES } from '../grader/spec/index.js';
import { classReports } from '../reports/class/index.js';
import { CANVAS_HEADER, lmsCsv, MOODLE_HEADER, withoutEmail } from '../reports/class/lms.js';
import type { ClassEntry } from '../reports/class/stats.js';
import { results } from './helpers/class-entries.js';
import { parseCsv } from './helpers/csv.js';

const crash = ungradedResults(
  { name: 'ZipError', message: 'the zip could not be opened' },
  { specs: EXERCISES, seed: 1, submission: 's', startedAt: new Date(0), durationMs: 1, command: 'grade' },
);
const ENTRIES: ClassEntry[] = [
  {
    student: 'Zoe_Ducasse',
    name: 'Zoë "Z" Ducasse, Jr.',
    members: [{ name: 'Zoë "Z" Ducasse, Jr.', email: 'zoe@example.edu', sid: '1001' }],
    results: results(1.5, [
      ['a', 'passed', 1, []],
      ['b', 'failed', 0.5, []],
    ]),
    durationMs: 1,
  },
  {
    student: 'Grace_+_Alan',
    name: 'Grace + Alan',
    members: [
      { name: 'Grace Hopper', email: 'grace@example.edu', sid: '1002' },
      { name: 'Alan Turing', email: 'alan@example.edu' },
    ],
    results: results(2, [
      ['a', 'passed', 1, []],
      ['b', 'passed', 1, []],
    ]),
    durationMs: 1,
  },
  { student: 'broken', name: 'broken', results: crash, durationMs: 1 },
];

const table = (text: string): Record<string, string>[] => {
  const [header, ...rows] = parseCsv(text);
  return rows.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]])));
};

describe('Canvas gradebook import file', () => {
  const text = lmsCsv('canvas', ENTRIES, 'HW3 (4521)');
  const [header, points, ...rows] = parseCsv(text);

  it('has the header and Points Possible row Canvas reads, the assignment column last', () => {
    expect(header).toEqual([...CANVAS_HEADER, 'HW3 (4521)']);
    expect(points).toEqual(['Points Possible', '', '', '', '', '2']);
    expect(rows.every((r) => r.length === header.length)).toBe(true);
  });

  it('has one row per person, found by SIS User ID (the sid) or name; an ungraded one empty, not 0', () => {
    const body = table(text).slice(1);
    expect(body.map((r) => [r.Student, r['SIS User ID'], r['HW3 (4521)']])).toEqual([
      ['Zoë "Z" Ducasse, Jr.', '1001', '1.5'],
      ['Grace Hopper', '1002', '2'],
      ['Alan Turing', '', '2'],
      ['broken', '', ''],
    ]);
    expect(body.every((r) => r.ID === '' && r.Section === '')).toBe(true);
  });

  it('is UTF-8 without a byte-order mark, quoted by RFC 4180', () => {
    const bytes = Buffer.from(text, 'utf8');
    expect([...bytes.subarray(0, 3)]).not.toEqual([0xef, 0xbb, 0xbf]);
    expect(text).toContain('"Zoë ""Z"" Ducasse, Jr.",,1001,,,1.5\r\n');
  });
});

describe('Moodle gradebook import file', () => {
  const rows = table(lmsCsv('moodle', ENTRIES));

  it('has the identifier columns Moodle maps users from, then the grade item', () => {
    expect(parseCsv(lmsCsv('moodle', ENTRIES))[0]).toEqual([...MOODLE_HEADER, 'mlgrade']);
    expect(rows.map((r) => [r['Email address'], r['ID number'], r.Username, r.mlgrade])).toEqual([
      ['zoe@example.edu', '1001', 'Zoe_Ducasse', '1.5'],
      ['grace@example.edu', '1002', 'Grace_+_Alan', '2'],
      ['alan@example.edu', '', 'Grace_+_Alan', '2'],
      ['', '', 'broken', ''],
    ]);
  });

  it('names the rows an import mapped by e-mail could not find', () => {
    expect(withoutEmail(ENTRIES)).toEqual(['broken']);
  });
});

describe('grade batch --export / --assignment', () => {
  const args = (raw: Record<string, unknown>) => toBatchArgs({ dir: 'd', ...raw }, { jobs: 1 });

  it('takes a list, repeated or comma-separated, and the column name', () => {
    expect(args({ export: ['canvas,Moodle', 'canvas'], assignment: ' HW3 ' })).toMatchObject({
      exports: ['canvas', 'moodle'],
      lmsColumn: 'HW3',
    });
    expect(args({ export: [] })).not.toHaveProperty('exports');
  });

  it('refuses an LMS it does not know, naming the ones it does', () => {
    expect(() => args({ export: 'blackboard' })).toThrow(UsageError);
    expect(() => args({ export: 'blackboard' })).toThrow('--export blackboard: not a known LMS; use canvas or moodle');
  });

  it('writes the files asked for beside grades.csv', () => {
    const files = classReports(ENTRIES, { meta: '', exports: ['moodle', 'canvas'] }).map((f) => f.file);
    expect(files).toEqual(['grades.csv', 'grades-moodle.csv', 'grades-canvas.csv', 'class-report.html']);
  });
});
