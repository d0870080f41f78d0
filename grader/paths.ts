// Where the grader's own files are, whether it runs bundled (dist/cli.js) or from source (tests).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

/** The package root: the folder with package.json, found upwards from this module. */
export function packageRoot(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  while (!existsSync(path.join(dir, 'package.json'))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error('mlgrade: cannot find its package.json');
    dir = parent;
  }
  return dir;
}

export const childEntry = (): string => path.join(packageRoot(), 'dist', 'child.cjs');
export const npHelperEntry = (): string => path.join(packageRoot(), 'dist', 'np.cjs');
