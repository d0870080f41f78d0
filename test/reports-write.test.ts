// Report files are replaced whole: `grade --watch` rewrites results.json on every save while other
// processes read it, and a reader must never see a truncated file.
import { closeSync, openSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { GradeResults } from '../grader/model/results.js';
import { writeReports } from '../reports/write.js';
import { tempFolders } from './helpers/temp.js';

const tempDir = tempFolders('mlgrade-write-');

const results = (seed: number): GradeResults => ({
  schemaVersion: 1,
  tool: { name: 'mlgrade', version: '0.1.0' },
  seed,
  submission: 'exercises',
  startedAt: '2026-01-01T00:00:00.000Z',
  durationMs: 1,
  score: 0,
  maxScore: 0,
  status: 'passed',
  exercises: [],
});

describe('writeReports', () => {
  it('replaces results.json whole: a reader that opened the old file still reads all of it, a new reader the new one', async () => {
    const out = tempDir();
    const [file] = await writeReports(results(1), ['json'], out);
    const old = readFileSync(file, 'utf8');
    const fd = openSync(file, 'r');
    try {
      await writeReports(results(2), ['json'], out);
      // written in place (truncated, then rewritten), the open file would read the new bytes, or none
      expect(readFileSync(fd, 'utf8')).toBe(old);
    } finally {
      closeSync(fd);
    }
    expect((JSON.parse(readFileSync(file, 'utf8')) as GradeResults).seed).toBe(2);
    expect(readdirSync(out)).toEqual([path.basename(file)]);
  });
});
