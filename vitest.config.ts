import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

export default defineConfig({
  resolve: {
    // the students' helper is imported by its package name; tests use the source, not dist/
    alias: { 'mlgrade/np': fileURLToPath(new URL('./grader/np.ts', import.meta.url)) },
  },
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    reporters: ['default', './test/summary-reporter.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // most of a test's wall time is spent waiting on the graders and student processes it spawns,
    // so more files than cores run at once (vitest's default is one fewer than the cores: 1 here)
    maxWorkers: 4,
  },
});
