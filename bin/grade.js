#!/usr/bin/env node
// The installed command: run the bundled CLI (built by `npm install` through the `prepare` script).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const cli = new URL('../dist/cli.js', import.meta.url);
if (!existsSync(fileURLToPath(cli))) {
  process.stderr.write('grade: the grader is not built yet. Run `npm install` (or `npm run build`) in the mlgrade folder.\n');
  process.exit(2);
}
await import(cli.href);
