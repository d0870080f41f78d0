// `grade batch --compare`: what changed since an earlier batch of the class, from its grades.csv
// (scores) or its out-dir (steps too), written by the real writers; a malformed, missing or old
// gradebook is named in a message and the batch's reports go on without the comparison.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readEarlierBatch } from '../grader/batch/earlier.js';
import { writeReportFiles, writeResults } from '../grader/batch/store.js';
import { changesLine, classChanges } from '../reports/class/changes.js';
import { classReports } from '../reports/class/index.js';
import type { ClassEntry } from '../reports/class/stats.js';
import { results, type StepRow } from './helpers/class-entries.js';
import { tempFolders } from './helpers/temp.js';

const tempDir = tempFolders('mlgrade-compare-');
const entry = (student: string, score: number, steps: StepRow[]): ClassEntry => ({
  student,
  results: results(score, steps),
  durationMs: 1,
});

const WEEK3: ClassEntry[] = [
  entry('ada', 1, [
    ['a', 'passed', 1, []],
    ['b', 'failed', 0, []],
  ]),
  entry('bob', 2, [
    ['a', 'passed', 1, []],
    ['b', 'passed', 1, []],
  ]),
  entry('gone', 0, [
    ['a', 'failed', 0, []],
    ['b', 'failed', 0, []],
  ]),
];
const WEEK4: ClassEntry[] = [
  entry('ada', 2, [
    ['a', 'passed', 1, []],
    ['b', 'passed', 1, []],
  ]),
  entry('bob', 1, [
    ['a', 'passed', 1, []],
    ['b', 'failed', 0, []],
  ]),
  entry('new', 2, [
    ['a', 'passed', 1, []],
    ['b', 'passed', 1, []],
  ]),
];

/** An earlier batch's out-dir as grade batch writes it: grades.csv and every results.json. */
function earlierOutDir(entries: ClassEntry[]): string {
  const dir = tempDir();
  writeReportFiles(dir, classReports(entries, { meta: '' }));
  for (const e of entries) writeResults(dir, e.student, e.results);
  return dir;
}

describe('--compare with an earlier out-dir', () => {
  const dir = earlierOutDir(WEEK3);
  const changes = classChanges(readEarlierBatch(dir), WEEK4);

  it('gives score deltas, the steps that started or stopped passing, new and missing students', () => {
    expect(changes).toMatchObject({
      status: 'compared',
      withSteps: true,
      added: ['new'],
      missing: ['gone'],
      unchanged: 0,
      changed: [
        { student: 'ada', before: 1, after: 2, nowPassing: ['ex/b'], nowFailing: [] },
        { student: 'bob', before: 2, after: 1, nowPassing: [], nowFailing: ['ex/b'] },
      ],
    });
    expect(changesLine(changes)).toBe(`Since ${dir}: 1 student up, 1 down, 0 the same; 1 new, 1 missing.`);
  });

  it("gives each step's pass rate then and now", () => {
    expect(changes.status === 'compared' && changes.steps).toEqual([
      { step: 'ex/a', before: (100 * 2) / 3, after: 100 },
      { step: 'ex/b', before: 100 / 3, after: (100 * 2) / 3 },
    ]);
  });

  it('lists it in the class report, students linked to their reports', () => {
    const html = classReports(WEEK4, { meta: '', changes })[1].content;
    expect(html).toContain('<a href="#changes">Since the previous batch</a>');
    expect(html).toContain('<tr data-student="ada" data-delta="+1"><th scope="row"><a href="students/ada/report.html">ada</a>');
    expect(html).toContain('<td><code>ex/b</code></td><td></td></tr>');
    expect(html).toContain('<tr data-step="ex/b" data-before="33%" data-after="67%">');
    expect(html).toMatch(/data-added="1">New in this batch: <a href="students\/new\/report.html">/);
  });
});

describe('--compare with only a grades.csv', () => {
  it("is what the batch's own --out-dir gives: its results.json files are already the new ones", () => {
    const dir = earlierOutDir(WEEK3);
    const earlier = readEarlierBatch(dir, path.join(dir, '.'));
    expect(earlier.status === 'read' && [...earlier.students.values()].every((s) => s.steps === undefined)).toBe(true);
  });

  it('compares scores only, and says so', () => {
    const csv = path.join(earlierOutDir(WEEK3), 'grades.csv');
    const changes = classChanges(readEarlierBatch(csv), WEEK4);
    expect(changes).toMatchObject({ withSteps: false, steps: [] });
    expect(changes.status === 'compared' && changes.changed.map((c) => [c.student, c.nowPassing])).toEqual([
      ['ada', []],
      ['bob', []],
    ]);
    expect(changesLine(changes)).toContain('(scores only: give the earlier --out-dir for steps)');
  });

  it('reads a gradebook from before the status column, and one a spreadsheet saved (LF, byte-order mark)', () => {
    const csv = path.join(tempDir(), 'old.csv');
    writeFileSync(csv, '\uFEFFstudent,score,max_score\nada,1,2\nbob,,2');
    const earlier = readEarlierBatch(csv);
    expect(earlier.status === 'read' && [...earlier.students]).toEqual([
      ['ada', { score: 1 }],
      ['bob', { score: null }],
    ]);
  });
});

describe('a malformed earlier gradebook', () => {
  const unreadable = (content: string | undefined): string => {
    const file = path.join(tempDir(), 'grades.csv');
    if (content !== undefined) writeFileSync(file, content);
    const earlier = readEarlierBatch(file);
    expect(earlier.status).toBe('unreadable');
    return earlier.status === 'unreadable' ? earlier.error.replace(file, 'FILE') : '';
  };

  it('is named, with what is wrong, and the report says there is no comparison', () => {
    expect(unreadable(undefined)).toBe("no FILE: give an earlier batch's grades.csv or its --out-dir");
    expect(unreadable('name,points\nada,1\n')).toBe(
      'FILE is not a grades.csv of grade batch: its first line has no "student" and "score" columns',
    );
    expect(unreadable('student,score\nada,1\nbob,lots\n')).toBe('FILE line 3: the score "lots" is not a number');
    const changes = classChanges(readEarlierBatch(path.join(tempDir(), 'nothing.csv')), WEEK4);
    const html = classReports(WEEK4, { meta: '', changes })[1].content;
    expect(html).toMatch(/<p class="error">--compare: no .*nothing\.csv: .*; the class report has no comparison\.<\/p>/);
  });
});
