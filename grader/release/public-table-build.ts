// Build step (scripts/build.mjs runs the bundled copy): writes the public seed's table of the
// built-in exercises to the file named on the command line.
import { writeFileSync } from 'node:fs';
import { PUBLIC_SEED } from '../engine/seeds.js';
import { EXERCISES } from '../spec/index.js';
import { buildTable } from './table-build.js';

const out = process.argv[2];
if (!out) throw new Error('usage: public-table-build OUT.json');
writeFileSync(out, JSON.stringify(buildTable(EXERCISES, PUBLIC_SEED).table));
