// One submission finder (issue 16): a zip as students make them — nested in `my-hw/exercises/…`,
// with a 12 MB data file beside the code — gets its real score from `grade` (on the folder the
// student zipped, data file included) and `grade batch` (on the zip). The platform bundles:
// release-uploads.test.ts.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { gradeJob } from '../grader/batch/grade-one.js';
import { extractZip } from '../grader/batch/zip.js';
import { findSubmission } from '../grader/engine/find-submission.js';
import { gradeRun } from '../grader/engine/run.js';
import { EXERCISES } from '../grader/spec/index.js';
import { writeBigCsv } from './helpers/release.js';
import { repoRoot } from './helpers/submission.js';
import { tempFolders } from './helpers/temp.js';

const temp = tempFolders('mlgrade-finder-');
const ids = EXERCISES.map((e) => e.id);
let zip = '';
let folder = '';

beforeAll(() => {
  const work = temp();
  const exercises = path.join(work, 'my-hw', 'exercises');
  cpSync(path.join(repoRoot, 'reference'), exercises, { recursive: true });
  // larger than a student zip's per-file limit (8 MB)
  writeBigCsv(path.join(work, 'my-hw', 'data', 'flowers.csv'));
  zip = path.join(work, 'alice.zip');
  execFileSync('zip', ['-qr', zip, 'my-hw'], { cwd: work });
  folder = work;
});

describe('a zip as students make it', () => {
  it('extracts the code, skips the data file unread, and is found however deep', () => {
    const dest = path.join(temp(), 'out');
    extractZip(zip, dest);
    expect(existsSync(path.join(dest, 'my-hw', 'data', 'flowers.csv'))).toBe(false);
    const found = findSubmission(dest, ids);
    expect(found.folder).toBe(path.join(found.root, 'my-hw', 'exercises'));
  });

  it('gets its real score from grade, given the folder the zip was unpacked into', async () => {
    const results = await gradeRun({ submission: folder, exercises: EXERCISES, seed: 1234, reproPrefix: 'grade' });
    expect(results.graderError).toBeUndefined();
    expect([results.score, results.maxScore]).toEqual([41, 41]);
  });

  it('gets its real score from grade batch', async () => {
    const results = await gradeJob({ source: zip, kind: 'zip', seed: 1234, limitMs: 120_000 });
    expect(results.graderError).toBeUndefined();
    expect(results.score).toBe(results.maxScore);
  });
});
