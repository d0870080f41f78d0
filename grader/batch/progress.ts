// The batch's progress on stderr: a bar rewritten in place on a terminal (with rate and time
// left), one plain line per graded student elsewhere (CI logs, `2> log.txt`), so a long batch
// always shows it is alive.
import type { GradeResults } from '../model/results.js';
import { terminalText } from '../cli/terminal.js';

interface Stream {
  isTTY?: boolean;
  columns?: number;
  write(text: string): unknown;
}

export interface BatchProgress {
  graded(student: string, results: GradeResults): void;
  /** Erases the bar; call before printing anything else. */
  done(): void;
}

const BAR_WIDTH = 24;
const REDRAW_MS = 1000;

export function batchProgress(stream: Stream, total: number, skipped: number): BatchProgress {
  const started = Date.now();
  let count = 0;
  let failed = 0;
  if (stream.isTTY !== true) {
    return {
      graded(student, results) {
        count++;
        stream.write(terminalText(`[${skipped + count}/${total}] ${student}: ${outcome(results)}`).replace(/\n/g, ' ') + '\n');
      },
      done: () => undefined,
    };
  }
  let last = '';
  const draw = (): void => {
    const line = barLine({ done: skipped + count, total, failed, graded: count, elapsedMs: Date.now() - started, last });
    // a line wider than the terminal would wrap, and `\r` would then rewrite only its tail
    const width = stream.columns !== undefined && stream.columns > 20 ? stream.columns : 80;
    stream.write(
      `\r\x1b[2K${terminalText(line)
        .replace(/\n/g, ' ')
        .slice(0, width - 1)}`,
    );
  };
  // the elapsed time and time left move between students too
  const ticker = setInterval(draw, REDRAW_MS);
  ticker.unref();
  draw();
  return {
    graded(student, results) {
      count++;
      if (results.graderError) failed++;
      last = student;
      draw();
    },
    done() {
      clearInterval(ticker);
      stream.write('\r\x1b[2K');
    },
  };
}

interface BarState {
  done: number;
  total: number;
  failed: number;
  /** Graded in this run (resumed ones excluded), for the rate. */
  graded: number;
  elapsedMs: number;
  last: string;
}

export function barLine(s: BarState): string {
  const filled = s.total === 0 ? BAR_WIDTH : Math.round((BAR_WIDTH * s.done) / s.total);
  const bar = '█'.repeat(filled) + '░'.repeat(BAR_WIDTH - filled);
  const rate = s.elapsedMs > 0 ? (1000 * s.graded) / s.elapsedMs : 0;
  const left = rate > 0 ? ` · ${duration((1000 * (s.total - s.done)) / rate)} left` : '';
  const failed = s.failed > 0 ? ` · ${s.failed} not graded` : '';
  return `grading ${bar} ${s.done}/${s.total}${failed} · ${rate.toFixed(1)}/s${left}${s.last ? ` · ${s.last}` : ''}`;
}

function outcome(results: GradeResults): string {
  if (results.graderError) return `not graded (${results.graderError.name}: ${results.graderError.message.split('\n')[0].slice(0, 200)})`;
  return `${results.score}/${results.maxScore} in ${(results.durationMs / 1000).toFixed(1)} s`;
}

export function duration(ms: number): string {
  const seconds = Math.round(ms / 1000);
  if (seconds < 60) return `${seconds}s`;
  const minutes = Math.floor(seconds / 60);
  return minutes < 60
    ? `${minutes}m${String(seconds % 60).padStart(2, '0')}s`
    : `${Math.floor(minutes / 60)}h${String(minutes % 60).padStart(2, '0')}m`;
}
