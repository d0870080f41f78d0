// Python fixture submissions: a copy of reference-python/ with the fixture's files laid over it
// (test/fixtures/submissions-python/<outcome>/<name>), as for TypeScript (helpers/submission.ts).
import path from 'node:path';
import { fixtureSubmission, repoRoot } from './submission.js';

export const pythonFixturesDir = path.join(repoRoot, 'test', 'fixtures', 'submissions-python');

export const pythonFixture = (fixture: string): string => fixtureSubmission(fixture, 'reference-python', pythonFixturesDir);
