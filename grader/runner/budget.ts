// The submission's time limit (--time-limit), shared by its student processes (node and Python):
// the CPU time their calls use, added up. Starting and restarting processes, the grader's own work
// and time spent waiting for a busy machine are not charged, so a submission that finishes gets the
// same score on an idle machine and a loaded one. When it runs out, every process sharing it ends
// its running call with `outcome` and the calls that never started are not run.
import type { Outcome } from './replies.js';

export class Budget {
  private usedMs = 0;
  private out: Outcome | undefined;
  private readonly listeners: ((outcome: Outcome) => void)[] = [];

  constructor(readonly limitMs: number) {}

  /** What is left, in ms of CPU time. */
  left(): number {
    return this.limitMs - this.usedMs;
  }

  charge(ms: number): void {
    this.usedMs += Math.max(0, ms);
  }

  /** Called once when the budget runs out (or at once if it has). */
  onOut(listener: (outcome: Outcome) => void): void {
    if (this.out) listener(this.out);
    else this.listeners.push(listener);
  }

  /** Ends the submission's time: its own limit by default, or the wall-clock backstop's outcome. */
  runOut(outcome: Outcome = { type: 'timeout', limitMs: this.limitMs }): void {
    if (this.out) return;
    this.out = outcome;
    for (const listener of this.listeners.splice(0)) listener(outcome);
  }
}
