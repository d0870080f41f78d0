// What `grade batch` prints when it is done: how many were graded, how fast, what could not be
// and what to do about it, and which files were written.
import path from 'node:path';
import type { BatchArgs } from './run.js';

export interface Summary {
  args: BatchArgs;
  workers: number;
  entries: number;
  total: number;
  resumed: number;
  ungraded: number;
  ms: number;
  written: string[];
  interrupted: boolean;
  /** More to say about the reports (an export's caveat, what changed since --compare's batch). */
  notes?: string[];
}

export function summaryText(s: Summary): string {
  const fresh = s.entries - s.resumed;
  const rate = s.ms > 0 ? (1000 * fresh) / s.ms : 0;
  const lines = [
    `Graded ${fresh} submission${fresh === 1 ? '' : 's'} in ${(s.ms / 1000).toFixed(1)} s ` +
      `(${rate.toFixed(2)}/s, ${s.workers} worker${s.workers === 1 ? '' : 's'})` +
      `${s.resumed ? `; ${s.resumed} kept from earlier results (--resume)` : ''}.`,
    s.ungraded > 0
      ? `${s.ungraded} of ${s.entries} could not be graded: "not graded" in grades.csv, with why; ` +
        'after fixing the cause, grade them again with --retry-errors.'
      : s.interrupted
        ? ''
        : `All ${s.entries} submissions were graded.`,
    `Wrote ${s.written.map(display).join(', ')} and ${s.entries} results in ${display(path.join(s.args.outDir, 'students'))}${path.sep}`,
    ...(s.notes ?? []),
  ];
  if (s.interrupted)
    lines.push(
      `Interrupted: ${s.entries} of ${s.total} submissions have results. ` +
        `Run the same command with --resume to grade the other ${s.total - s.entries}.`,
    );
  return lines.filter((l) => l !== '').join('\n') + '\n';
}

const display = (file: string): string => {
  const relative = path.relative(process.cwd(), file);
  return relative.startsWith('..') ? path.resolve(file) : relative;
};
