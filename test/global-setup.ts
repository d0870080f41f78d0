// Builds dist/ once before any test file runs: the CLI tests spawn the built command, and a build
// started by one test file while another spawns the CLI would make that run fail. A dist/ built
// from the sources as they are now is kept (the stamp the build writes last is newer than every
// input): `npm ci` has just built it in CI, and a second `npm test` does not pay for it again.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Everything scripts/build.mjs reads: the bundles' sources, the schema, tsconfig (esbuild reads it), the lock file (bundled packages). */
const INPUTS = ['grader', 'reports', 'reference', 'schema', 'scripts/build.mjs', 'tsconfig.json', 'package.json', 'package-lock.json'];
/** Written by scripts/build.mjs when it succeeds, removed when it starts: a failed build is never up to date. */
const STAMP = path.join('dist', '.build-stamp');

export default function buildOnce(): void {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const stamp = path.join(root, STAMP);
  if (upToDate(root, stamp)) return;
  execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: root, stdio: 'inherit' });
}

function upToDate(root: string, stamp: string): boolean {
  if (process.env.MLGRADE_TEST_REBUILD || !existsSync(stamp) || !existsSync(path.join(root, 'dist', 'cli.js'))) return false;
  const built = statSync(stamp).mtimeMs;
  return INPUTS.every((input) => newest(path.join(root, input)) < built);
}

/** The newest modification time under `file` (a folder's own time too: a deleted file changes it). */
function newest(file: string): number {
  if (!existsSync(file)) return 0;
  const stat = statSync(file);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(file).reduce((max, name) => Math.max(max, newest(path.join(file, name))), stat.mtimeMs);
}
