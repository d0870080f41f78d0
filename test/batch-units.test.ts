// The batch's parts on their own: the zip reader's defences, Gradescope names, student ids and
// submission roots, the gradebook CSV, the class statistics, the stored results, the arguments.
import { cpSync, existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openBatch } from '../grader/batch/discover.js';
import { reproCommand } from '../grader/batch/grade-one.js';
import { submitterNames, submitters } from '../grader/batch/gradescope.js';
import { sanitizeId, submissionRoot, uniqueIds } from '../grader/batch/layout.js';
import { barLine, duration } from '../grader/batch/progress.js';
import { readValidResults, resultsPath, writeResults } from '../grader/batch/store.js';
import { ungradedResults } from '../grader/batch/ungraded.js';
import { extractZip, ZipError } from '../grader/batch/zip.js';
import { toBatchArgs } from '../grader/commands/batch.js';
import { UsageError } from '../grader/engine/errors.js';
import type { GradeResults } from '../grader/model/results.js';
import { EXERCISES } from '../grader/spec/index.js';
import { gradesCsv, textCell } from '../reports/class/csv.js';
import { classReports } from '../reports/class/index.js';
import { CATALOGUE } from '../grader/diagnosis/catalogue.js';
import { classStats, compare, histogram, type ClassEntry } from '../reports/class/stats.js';
import { repoRoot } from './helpers/submission.js';
import { tempFolders } from './helpers/temp.js';
import { results } from './helpers/class-entries.js';

const zips = path.join(repoRoot, 'test', 'fixtures', 'batch');
const tempDir = tempFolders('mlgrade-batch-unit-');

const files = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => !e.isDirectory())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)))
    .sort();

describe('extractZip', () => {
  it('extracts regular files only: no symlinks, macOS metadata, node_modules or .DS_Store', () => {
    const dest = path.join(tempDir(), 'out');
    expect(extractZip(path.join(zips, 'nested.zip'), dest)).toBe(2);
    expect(files(dest)).toEqual(['alice-hw/exercises/computation-graph/backward.ts', 'alice-hw/exercises/computation-graph/forward.ts']);
  });

  it.each([
    ['corrupt.zip', /not a zip file|damaged/],
    ['traversal.zip', /unsafe file name: "..\/..\/mlgrade-escaped.ts"/],
    ['oversized.zip', /larger than 8 MB/],
    ['liar.zip', /inflates to more than its declared size/],
  ])('rejects %s with a reason', (name, reason) => {
    const dest = path.join(tempDir(), 'out');
    expect(() => extractZip(path.join(zips, name), dest)).toThrow(ZipError);
    expect(() => extractZip(path.join(zips, name), path.join(tempDir(), 'again'))).toThrow(reason);
    expect(existsSync(path.join(dest, '..', '..', 'mlgrade-escaped.ts'))).toBe(false);
  });

  it('stops at the archive, entry and total caps', () => {
    const limits = { maxArchiveBytes: 100, maxEntries: 5000, maxFileBytes: 8 << 20, maxTotalBytes: 64 << 20 };
    expect(() => extractZip(path.join(zips, 'nested.zip'), path.join(tempDir(), 'a'), limits)).toThrow(/larger than/);
    expect(() =>
      extractZip(path.join(zips, 'nested.zip'), path.join(tempDir(), 'b'), { ...limits, maxArchiveBytes: 1 << 20, maxEntries: 3 }),
    ).toThrow(/7 entries/);
    expect(() =>
      extractZip(path.join(zips, 'nested.zip'), path.join(tempDir(), 'c'), { ...limits, maxArchiveBytes: 1 << 20, maxTotalBytes: 500 }),
    ).toThrow(/add up to more than/);
  });
});

describe('Gradescope metadata', () => {
  const yaml = [
    '---',
    'submission_101:',
    '  :submitters:',
    '  - :name: Ada Lovelace',
    "    :sid: '1815'",
    '    :email: ada@example.edu',
    '  :created_at: 2024-01-01 10:00:00.000000000 -08:00',
    '  :score: !ruby/object:BigDecimal 18:0.1e2',
    '  :results:',
    '    :tests:',
    '    - :name: not a person',
    'submission_102:',
    '  :submitters:',
    '  - :name: "Grace \\"Amazing\\" Hopper"',
    "  - :name: 'Alan O''Turing'",
    '  :status: processed',
    'submission_103:',
    '  :submitters: []',
  ].join('\n');

  it('reads the submitters of each submission, and nothing from the results', () => {
    expect([...submitterNames(yaml)]).toEqual([
      ['submission_101', ['Ada Lovelace']],
      ['submission_102', ['Grace "Amazing" Hopper', "Alan O'Turing"]],
      ['submission_103', []],
    ]);
    expect(submitters(yaml).get('submission_101')).toEqual([{ name: 'Ada Lovelace', sid: '1815', email: 'ada@example.edu' }]);
    expect(submitters(yaml).get('submission_102')).toEqual([{ name: 'Grace "Amazing" Hopper' }, { name: "Alan O'Turing" }]);
  });

  it('names the students of an export by the metadata, falling back to the folder name', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'submission_metadata.yml'), yaml);
    for (const id of ['101', '102', '103']) mkdirSync(path.join(dir, `submission_${id}`));
    mkdirSync(path.join(dir, 'not-a-submission'));
    const batch = openBatch(dir);
    expect(batch.layout).toBe('gradescope');
    expect(batch.students.map((s) => s.id)).toEqual(['Ada_Lovelace', 'Grace_Amazing_Hopper_+_Alan_O_Turing', 'submission_103']);
    expect(batch.students[0].submitters).toEqual([{ name: 'Ada Lovelace', sid: '1815', email: 'ada@example.edu' }]);
    expect(batch.students[2].submitters).toBeUndefined();
  });
});

describe('a Gradescope export zip as the batch', () => {
  it('is extracted, found one folder down, named by its metadata, and removed on close', () => {
    const batch = openBatch(path.join(zips, 'gradescope-export.zip'));
    expect(batch.layout).toBe('gradescope');
    expect(batch.students.map((s) => [s.id, path.basename(s.source), s.kind])).toEqual([
      ['Ada_Lovelace', 'submission_11', 'folder'],
      ['Grace_Hopper_+_Alan_Turing', 'submission_12', 'folder'],
      ['submission_13', 'submission_13', 'folder'],
    ]);
    expect(files(batch.students[0].source)).toEqual(['computation-graph/backward.ts', 'computation-graph/forward.ts']);
    // results and repro commands name where the export unzips to, not the temporary folder
    const shown = batch.students[0].shown ?? '';
    expect(shown.startsWith(path.join(zips, 'gradescope-export') + path.sep) && shown.endsWith(`${path.sep}submission_11`)).toBe(true);
    expect(reproCommand({ ...batch.students[0], assignment: {} })).toBe(`grade --submission ${shown}`);
    batch.close();
    expect(existsSync(batch.students[0].source)).toBe(false);
  });
});

describe('student ids and submission roots', () => {
  it('makes path-safe, unique ids', () => {
    expect(sanitizeId('../../etc/passwd')).toBe('etc_passwd');
    expect(sanitizeId('José Núñez')).toBe('José_Núñez');
    expect(sanitizeId('...')).toBe('student');
    expect(uniqueIds(['Bob', 'bob', 'BOB', 'bob-2'])).toEqual(['Bob', 'bob-2', 'BOB-3', 'bob-2-2']);
  });

  it('finds the folder with the exercises, a few levels down', () => {
    const dir = tempDir();
    mkdirSync(path.join(dir, 'hw', 'exercises', 'deep-network'), { recursive: true });
    mkdirSync(path.join(dir, '__MACOSX', 'deep-network'), { recursive: true });
    expect(
      submissionRoot(
        dir,
        EXERCISES.map((e) => e.id),
      ),
    ).toBe(path.join(dir, 'hw', 'exercises'));
    expect(
      submissionRoot(
        path.join(dir, 'hw', 'exercises', 'deep-network'),
        EXERCISES.map((e) => e.id),
      ),
    ).toBeUndefined();
  });

  it('takes every sub-folder and zip of a plain batch folder, in name order', () => {
    const dir = tempDir();
    for (const name of ['zoe', 'adam', '.git', 'node_modules']) mkdirSync(path.join(dir, name));
    cpSync(path.join(zips, 'nested.zip'), path.join(dir, 'mia.zip'));
    writeFileSync(path.join(dir, 'notes.txt'), 'not a student');
    const batch = openBatch(dir);
    expect(batch.students.map((s) => [s.id, s.kind])).toEqual([
      ['adam', 'folder'],
      ['mia', 'zip'],
      ['zoe', 'folder'],
    ]);
    expect(() => openBatch(path.join(dir, 'nowhere'))).toThrow(UsageError);
    expect(() => openBatch(path.join(dir, 'notes.txt'))).toThrow(UsageError);
  });
});

describe('gradebook CSV', () => {
  it('quotes by RFC 4180 and defuses formulas', () => {
    expect(textCell('plain')).toBe('plain');
    expect(textCell('a,b')).toBe('"a,b"');
    expect(textCell('say "hi"')).toBe('"say ""hi"""');
    expect(textCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    for (const lead of ['+', '-', '@', '\t']) expect(textCell(`${lead}1`)).toBe(`'${lead}1`);
  });

  it('has one row per person, the original name beside the id, and stable columns', () => {
    const entries: ClassEntry[] = [
      {
        student: '-alice',
        name: '-alice',
        members: [{ email: 'alice@example.edu', sid: '=1' }],
        results: results(1.5, [
          ['a', 'passed', 1, []],
          ['b', 'failed', 0.5, ['m1']],
        ]),
        durationMs: 1,
      },
      {
        student: 'Sybil_O_Brien',
        name: "Sybil O'Brien",
        results: results(0, [
          ['a', 'failed', 0, ['m1']],
          ['b', 'error', 0, []],
        ]),
        durationMs: 2,
      },
      {
        student: 'Grace_+_Alan',
        members: [
          { name: 'Grace', email: 'g@x' },
          { name: 'Alan', sid: '7' },
        ],
        results: results(1, [
          ['a', 'passed', 1, []],
          ['b', 'failed', 0, []],
        ]),
        durationMs: 2,
      },
    ];
    expect(gradesCsv(entries).split('\r\n')).toEqual([
      'student,name,email,sid,status,error,score,max_score,ex,ex/a,ex/b',
      "'-alice,'-alice,alice@example.edu,'=1,graded,,1.5,2,1.5,1,0.5",
      "Sybil_O_Brien,Sybil O'Brien,,,graded,,0,2,0,0,0",
      'Grace_+_Alan,Grace,g@x,,graded,,1,2,1,1,0',
      'Grace_+_Alan,Alan,,7,graded,,1,2,1,1,0',
      '',
    ]);
  });

  it('says "not graded" and why, with no scores, for a submission the grader could not grade (not a 0)', () => {
    const crash = ungradedResults(
      { name: 'GraderCrash', message: 'the grader process was killed\nby SIGKILL' },
      { specs: EXERCISES, seed: 1, submission: 's', startedAt: new Date(0), durationMs: 1, command: 'grade' },
    );
    const [header, row] = gradesCsv([{ student: 'carol', results: crash, durationMs: 1 }])
      .split('\r\n')
      .map((l) => l.split(','));
    expect(row.slice(0, 6)).toEqual(['carol', 'carol', '', '', 'not graded', 'GraderCrash: the grader process was killed by SIGKILL']);
    expect(row.slice(6).every((cell) => cell === '')).toBe(true);
    expect(row).toHaveLength(header.length);
  });
});

describe('class statistics', () => {
  it('bins percentages into tenths, 100% in the last band', () => {
    const entry = (student: string, score: number): ClassEntry => ({
      student,
      results: { ...results(score, [['a', 'passed', 1, []]]), maxScore: 3 },
      durationMs: 0,
    });
    const bins = histogram([entry('zero', 0), entry('third', 1), entry('two-thirds', 2), entry('full', 3)]);
    expect(bins.map((b) => b.students)).toEqual([['zero'], [], [], ['third'], [], [], ['two-thirds'], [], [], ['full']]);
  });

  it('counts pass rates and misconceptions per step with the students behind them', () => {
    const entries: ClassEntry[] = [
      {
        student: 'a',
        results: results(1, [
          ['s1', 'passed', 1, []],
          ['s2', 'failed', 0, ['m1', 'm2']],
        ]),
        durationMs: 30,
      },
      {
        student: 'b',
        results: results(0, [
          ['s1', 'failed', 0, ['m1']],
          ['s2', 'failed', 0, ['m1']],
        ]),
        durationMs: 10,
      },
      {
        student: 'c',
        results: ungradedResults(
          { name: 'ZipError', message: 'bad' },
          { specs: [], seed: 1, submission: 'c', startedAt: new Date(0), durationMs: 20, command: 'grade' },
        ),
        durationMs: 20,
      },
    ];
    const stats = classStats(entries);
    expect(stats.graded.map((e) => e.student)).toEqual(['a', 'b']);
    expect(stats.ungraded).toEqual([{ student: 'c', error: { name: 'ZipError', message: 'bad' } }]);
    expect(stats.steps.map((s) => [s.step, s.passed, s.attempted, s.misconceptions.map((m) => [m.id, m.students])])).toEqual([
      ['s1', 1, 2, [['m1', ['b']]]],
      [
        's2',
        0,
        2,
        [
          ['m1', ['a', 'b']],
          ['m2', ['a']],
        ],
      ],
    ]);
    expect(stats.misconceptions.map((m) => [m.id, m.students, m.steps])).toEqual([
      ['m1', ['b', 'a'], ['ex/s1', 'ex/s2']],
      ['m2', ['a'], ['ex/s2']],
    ]);
    expect(stats.slowest.map((e) => e.student)).toEqual(['a', 'c', 'b']);
  });

  it('splits the failures of a step into its own, knocked on by a sub-step, and not started', () => {
    const knocked = (r: GradeResults): GradeResults => ({
      ...r,
      exercises: r.exercises.map((e) => ({ ...e, steps: e.steps.map((s) => (s.id === 'train' ? { ...s, causedBy: ['dW'] } : s)) })),
    });
    const entries: ClassEntry[] = [
      {
        student: 'a',
        results: knocked(
          results(0, [
            ['dW', 'failed', 0, ['missing-1-over-m']],
            ['train', 'failed', 0, []],
          ]),
        ),
        durationMs: 1,
      },
      {
        student: 'b',
        results: results(0, [
          ['dW', 'missing', 0, []],
          ['train', 'failed', 0, []],
        ]),
        durationMs: 1,
      },
      {
        student: 'c',
        results: results(0, [
          ['dW', 'passed', 1, []],
          ['train', 'not-run', 0, []],
        ]),
        durationMs: 1,
      },
    ];
    const counts = classStats(entries).steps.map((s) => [s.step, s.passed, s.ownFailures, s.knockedOn, s.notStarted]);
    expect(counts).toEqual([
      ['dW', 1, 1, 0, 1],
      ['train', 0, 2, 1, 0],
    ]);
  });

  it("teaches each misconception from the catalogue, never from a student's code", () => {
    const entry: ClassEntry = {
      student: 'a',
      results: results(0, [['dW', 'failed', 0, ['missing-1-over-m', 'teachers-own', 'fact-ratio']]]),
      durationMs: 1,
    };
    const [m1, own, ...facts] = classStats([entry]).misconceptions;
    expect(facts).toEqual([]); // a fact names no misconception
    expect(m1).toMatchObject({ id: 'missing-1-over-m', note: CATALOGUE['missing-1-over-m'].note });
    expect(m1.teach).toContain(CATALOGUE['missing-1-over-m'].title);
    expect(own).toMatchObject({
      id: 'teachers-own',
      note: '—',
      teach: 'teachers-own (no catalogue entry: see grade explain teachers-own)',
    });
    const html = classReports([entry], { meta: '' })[1].content;
    expect(html).not.toContain('fix missing-1-over-m'); // the diagnosis' own hint (student-specific) is not the teaching point
  });

  it('sorts names with numbers in numeric order', () => {
    expect(['costs[10]', 'costs[2]', 'costs[0]', 'b', 'a10', 'a9'].sort(compare)).toEqual([
      'a9',
      'a10',
      'b',
      'costs[0]',
      'costs[2]',
      'costs[10]',
    ]);
  });
});

describe('class report page', () => {
  it('escapes every student-supplied text and loads nothing', () => {
    const hostile = '<img src=x onerror=alert(1)>';
    const entry: ClassEntry = {
      student: hostile,
      results: ungradedResults(
        { name: 'ZipError', message: '<script>alert(2)</script>' },
        { specs: [], seed: 1, submission: 's', startedAt: new Date(0), durationMs: 1, command: 'grade' },
      ),
      durationMs: 1,
    };
    const misconceived: ClassEntry = {
      student: 'bob',
      results: results(0, [['s', 'failed', 0, ['"><svg onload=alert(3)>']]]),
      durationMs: 1,
    };
    const [csv, html] = classReports([entry, misconceived], { meta: '<b>meta</b>' });
    expect(csv.file).toBe('grades.csv');
    expect(html.file).toBe('class-report.html');
    for (const bad of ['<img', '<script', '<svg onload', '<b>meta']) expect(html.content).not.toContain(bad);
    expect(html.content).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html.content).not.toMatch(/<script|<link|<img|<iframe|\ssrc="|href="http/i);
  });
});

describe('stored results', () => {
  it('keeps complete results of the same seed for --resume, and nothing else', () => {
    const out = tempDir();
    const good = ungradedResults(
      { name: 'x', message: 'y' },
      { specs: EXERCISES, seed: 7, submission: 's', startedAt: new Date(0), durationMs: 1, command: 'grade' },
    );
    writeResults(out, 'alice', good);
    expect(readValidResults(out, 'alice', 7, EXERCISES)).toEqual(good);
    expect(readValidResults(out, 'alice', 8, EXERCISES)).toBeUndefined();
    expect(readValidResults(out, 'nobody', 7, EXERCISES)).toBeUndefined();
    writeFileSync(resultsPath(out, 'alice'), '{"schemaVersion": 1, "seed": 7, "exer');
    expect(readValidResults(out, 'alice', 7, EXERCISES)).toBeUndefined();
    expect(readdirSync(path.dirname(resultsPath(out, 'alice')))).toEqual(['results.json']);
  });
});

describe('batch arguments and progress', () => {
  const defaults = { jobs: 2, seed: 1234 };
  it('validates the options', () => {
    expect(toBatchArgs({ dir: 'subs' }, defaults)).toEqual({
      dir: 'subs',
      outDir: 'batch-results',
      jobs: 2,
      resume: false,
      retryErrors: false,
      seed: 1234,
      timeLimitSeconds: 120,
      assignment: {},
    });
    expect(toBatchArgs({ dir: 'subs', config: 'c.json', 'exercises-dir': ['a', 'b'] }, defaults).assignment).toEqual({
      config: 'c.json',
      exercisesDirs: ['a', 'b'],
    });
    expect(() => toBatchArgs({ dir: 'subs', config: ' ' }, defaults)).toThrow(/--config needs a path/);
    expect(toBatchArgs({ dir: 'subs', 'hidden-seeds': 'h.json', 'retry-errors': true }, defaults)).toMatchObject({
      retryErrors: true,
      assignment: { hiddenSeedsFile: 'h.json' },
    });
    expect(toBatchArgs({ dir: 'subs', jobs: 4, resume: true, 'time-limit': 5, 'out-dir': 'o' }, defaults)).toMatchObject({
      jobs: 4,
      resume: true,
      timeLimitSeconds: 5,
      outDir: 'o',
    });
    expect(() => toBatchArgs({ dir: 'subs', jobs: 0 }, defaults)).toThrow(/--jobs must be a whole number/);
    expect(() => toBatchArgs({ dir: 'subs', jobs: Number.NaN }, defaults)).toThrow(/--jobs expects a number/);
    expect(() => toBatchArgs({ dir: 'subs', 'time-limit': -1 }, defaults)).toThrow(/--time-limit/);
    expect(() => toBatchArgs({}, defaults)).toThrow(/needs a folder/);
  });

  it('draws a bar with the rate and the time left', () => {
    expect(barLine({ done: 6, total: 12, failed: 1, graded: 4, elapsedMs: 2000, last: 'bob' })).toBe(
      `grading ${'█'.repeat(12)}${'░'.repeat(12)} 6/12 · 1 not graded · 2.0/s · 3s left · bob`,
    );
    expect(duration(125_000)).toBe('2m05s');
    expect(duration(3_700_000)).toBe('1h01m');
  });
});
