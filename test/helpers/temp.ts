// Temporary folders for one test file: each call makes a new one; all are removed after the file's tests.
// Folders made elsewhere (a fixture submission's copy) are handed to `removeLater` to go with them.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';
import { fixtureSubmission } from './submission.js';

export interface TempFolders {
  (): string;
  /** Removes `dir` with the others after the file's tests; returns it. */
  removeLater(dir: string): string;
  /** A fixture submission's temporary copy (test/helpers/submission.ts), removed with the others. */
  fixture(name: string): string;
}

export function tempFolders(prefix: string): TempFolders {
  const made: string[] = [];
  afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));
  const removeLater = (dir: string): string => {
    made.push(dir);
    return dir;
  };
  const make = (): string => removeLater(mkdtempSync(path.join(os.tmpdir(), prefix)));
  return Object.assign(make, { removeLater, fixture: (name: string) => removeLater(fixtureSubmission(name)) });
}
