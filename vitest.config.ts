import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

/**
 * Files that may share a worker process (isolate: false): they change no process.env, install no
 * signal handler, start no browser or watcher and count no leftover processes, so one file cannot
 * see another's. Sharing saves a worker start and the grader's module graph per file (~0.6 s of CPU
 * each on this 2-core machine) and shares the fixtures graded in-process (helpers/graded.ts).
 * A new file runs isolated until it is listed here.
 */
const SHARED_WORKER = [
  'authoring',
  'batch-gradebook',
  'batch-similarity',
  'batch-units',
  'compile-cache',
  'config',
  'console',
  'diagnosis',
  'diagnosis-facts',
  'diagnosis-fixtures',
  'diagnosis-mutants',
  'engine-fixtures',
  'engine-gradient',
  'engine-hidden',
  'engine-out-of-time',
  'feedback-facts',
  'funnel-messages',
  'import-cycles',
  'init',
  'integrity-finder',
  'integrity-links',
  'integrity-terminal',
  'modules',
  'np',
  'oracle',
  'protocol-doc',
  'public-table',
  'python-reference',
  'python-units',
  'reference',
  'reference-deep',
  'reference-deep-gradcheck',
  'reference-logistic',
  'reference-shallow',
  'release',
  'release-gradescope',
  'release-oracle',
  'reports-ci',
  'reports-html',
  'reports-platforms',
  'repro',
  'results-schema',
  'selftest',
  'spec',
  'starters',
  'teacher-exercise',
  'typecheck',
  'wire',
].map((name) => `test/${name}.test.ts`);

export default defineConfig({
  resolve: {
    // the students' helper is imported by its package name; tests use the source, not dist/
    alias: { 'mlgrade/np': fileURLToPath(new URL('./grader/np.ts', import.meta.url)) },
  },
  test: {
    globalSetup: ['test/global-setup.ts'],
    reporters: ['default', './test/summary-reporter.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // most of a test's wall time is spent waiting on the graders and student processes it spawns,
    // so more files than cores run at once (vitest's default is one fewer than the cores: 1 here)
    maxWorkers: 4,
    // (each project names its files: a project's include would be added to one set here)
    projects: [
      { extends: true, test: { name: 'shared', include: SHARED_WORKER, isolate: false } },
      { extends: true, test: { name: 'isolated', include: ['test/**/*.test.ts'], exclude: SHARED_WORKER } },
    ],
  },
});
