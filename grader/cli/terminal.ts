// What depends on the terminal: whether to colour, the one-line progress indicator, clearing the
// screen between watch runs. Kept apart so the reports stay pure functions.
import type { StepResult } from '../model/results.js';
import { escapeControl } from '../runner/sanitize.js';

/**
 * The one escaping of every student- or file-supplied string a terminal writer prints (zip entry
 * and folder names, thrown messages): escape sequences become visible text, never run.
 */
export const terminalText = escapeControl;

interface Stream {
  isTTY?: boolean;
  columns?: number;
  write(text: string): unknown;
}

/**
 * Colour only on a terminal; `--no-color` and `NO_COLOR` (any non-empty value, no-color.org) turn
 * it off; `FORCE_COLOR` (non-empty, not `0`) turns it on off a terminal, e.g. in CI logs.
 */
export function useColor(stream: Stream, flag: boolean, env: NodeJS.ProcessEnv = process.env): boolean {
  if (!flag || (env.NO_COLOR ?? '') !== '') return false;
  const force = env.FORCE_COLOR;
  if (force !== undefined && force !== '') return force !== '0' && force !== 'false';
  return stream.isTTY === true;
}

export interface Progress {
  step(exercise: string, step: StepResult): void;
  /** Erases the line; call before printing anything else. */
  done(): void;
}

const SILENT: Progress = { step: () => {}, done: () => {} };

/** `grading logistic-regression/dW (12/43)`, rewritten in place on a terminal; nothing elsewhere. */
export function progress(stream: Stream, total: number, enabled: boolean): Progress {
  if (!enabled || stream.isTTY !== true) return SILENT;
  let count = 0;
  let shown = false;
  return {
    step(exercise, step) {
      if (step.status === 'skipped') return;
      count++;
      // a line wider than the terminal would wrap, and `\r` would then rewrite only its tail
      const line = `grading ${exercise}/${step.id} (${count}/${total})`.slice(0, Math.max(10, (stream.columns ?? 80) - 1));
      stream.write(`\r\x1b[2K${line}`);
      shown = true;
    },
    done() {
      if (shown) stream.write('\r\x1b[2K');
      shown = false;
    },
  };
}

/** Clears the screen and the scroll-back, so each watch run starts at the top. */
export function clearScreen(stream: Stream): void {
  if (stream.isTTY === true) stream.write('\x1b[2J\x1b[3J\x1b[H');
}
