// Builds dist/ once before any test file runs: the CLI tests spawn the built command, and a build
// started by one test file while another spawns the CLI would make that run fail.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export default function buildOnce(): void {
  const root = fileURLToPath(new URL('..', import.meta.url));
  execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: root, stdio: 'inherit' });
}
