// What a student or a file names reaches the teacher's terminal as text, never as escape
// sequences (issue 13), and the batch's output folder holds whatever a student planted in it
// (a socket at `students/<classmate>`, a link) without stopping or following it.
import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { batchProgress } from '../grader/batch/progress.js';
import { prepareStudentsFolder, resultsPath, writeResults } from '../grader/batch/store.js';
import { ungradedResults } from '../grader/batch/ungraded.js';
import { gradeCli } from './helpers/hostile.js';
import { tempFolders } from './helpers/temp.js';

const temp = tempFolders('mlgrade-term-');

const ESC = '\x1b';
const CLEAR_AND_CLIPBOARD = `${ESC}[2J${ESC}]52;c;cm0gLXJmIH4=${ESC}\\`;
const results = ungradedResults(
  { name: 'ZipError', message: `the zip could not be opened: entry ${CLEAR_AND_CLIPBOARD}x.ts climbs out` },
  { specs: [], seed: 1, submission: 's', startedAt: new Date(0), durationMs: 1, command: 'grade' },
);

describe('terminal output', () => {
  it('batch progress lines show escape sequences of names and messages as text', () => {
    const lines: string[] = [];
    const plain = batchProgress({ isTTY: false, write: (t: string) => lines.push(t) }, 2, 0);
    plain.graded(`eve${CLEAR_AND_CLIPBOARD}`, results);
    const bar = batchProgress({ isTTY: true, columns: 400, write: (t: string) => lines.push(t) }, 2, 0);
    bar.graded(`eve${CLEAR_AND_CLIPBOARD}`, results);
    bar.done();
    expect(lines.join('')).toContain('\\x1b[2J');
    // the bar's own `\r\x1b[2K` (erase the line) is the only escape that reaches the terminal
    for (const line of lines) expect(line.replace(/^\r\x1b\[2K/, '')).not.toContain(ESC);
  });

  it('an error message naming a folder with escape sequences prints them as text', async () => {
    const run = await gradeCli(['--submission', `no-such${CLEAR_AND_CLIPBOARD}`], temp());
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('no-such\\x1b[2J\\x1b]52;c;');
    expect(run.stderr).not.toContain(ESC);
  });
});

describe('the batch output folder, with things a student planted in it', () => {
  it('a socket, a file and a link at students/<name> are replaced, never followed; students/ is private', async () => {
    const out = temp();
    const outside = temp();
    prepareStudentsFolder(out);
    expect(statSync(path.join(out, 'students')).mode & 0o777).toBe(0o700);
    const socketAt = path.join(out, 'students', 'bob');
    const server = net.createServer();
    await new Promise<void>((resolve) => server.listen(socketAt, resolve));
    expect(lstatSync(socketAt).isSocket()).toBe(true);
    writeFileSync(path.join(out, 'students', 'carol'), 'planted');
    symlinkSync(outside, path.join(out, 'students', 'dave'));
    mkdirSync(path.join(outside, 'keep'));
    for (const student of ['bob', 'carol', 'dave']) {
      writeResults(out, student, results);
      expect(JSON.parse(readFileSync(resultsPath(out, student), 'utf8')).graderError.name).toBe('ZipError');
      expect(lstatSync(path.join(out, 'students', student)).isDirectory()).toBe(true);
    }
    server.close();
    expect(readdirSync(outside)).toEqual(['keep']);
    expect(existsSync(path.join(outside, 'results.json'))).toBe(false);
  });
});
