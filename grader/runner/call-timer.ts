// Times the call at the head of a student process's queue on the process's own clock
// (process-clock.ts): the call is over its limit when its own time (running or sleeping, never
// waiting for a CPU) reaches the limit, and the submission's budget (budget.ts) is charged the
// CPU time it used. Nothing here reads the wall clock for a verdict, only to schedule checks.
import type { Budget } from './budget.js';
import type { ProcessClock, Sample } from './process-clock.js';
import type { Outcome } from './replies.js';

/** Checks at least this often during a long call: a process that dies has its CPU time read before. */
const CHECK_EVERY_MS = 250;
/**
 * A call's limit counts from when its process is ready: starting a sandboxed node (a fresh one
 * after every kill) takes 0.1 s on an idle machine and much more on a busy one. Starting is
 * limited on its own, in wall time; no student code runs before ready.
 */
const START_LIMIT_MS = 15_000;

/** Why a call was stopped: its own limit (and how much memory it took meanwhile, when known), or the submission's. */
export type Over = { limit: 'call'; grewMb?: number } | { limit: 'budget' };

interface Window {
  clock: ProcessClock;
  start: Sample;
  residentMb?: number;
}

export class CallTimer {
  private timer: NodeJS.Timeout | undefined;
  private window: Window | undefined;

  constructor(private readonly budget?: Budget) {}

  /** Starts timing a call on `clock`'s process; `onOver` runs once if it outlasts `limitMs` or the budget. */
  start(clock: ProcessClock, limitMs: number, onOver: (over: Over) => void): void {
    this.stop();
    const window: Window = { clock, start: clock.sample(), residentMb: clock.residentMb() };
    this.window = window;
    const schedule = (own: number, budgetLeft: number): void => {
      // own and CPU time grow no faster than the wall clock: waiting this long never overshoots
      const wait = Math.min(limitMs - own, budgetLeft, clock.own ? CHECK_EVERY_MS : Infinity);
      // a grader busy elsewhere (comparing, diagnosing) runs timers before reading replies that are
      // already waiting: they get one turn of the event loop before the call counts as over time
      this.timer = setTimeout(() => setImmediate(check), Math.max(1, Math.ceil(wait)));
    };
    const check = (): void => {
      if (this.window !== window) return;
      const now = clock.sample();
      const own = now.ownMs - window.start.ownMs;
      const budgetLeft = this.budgetLeft() - (now.cpuMs - window.start.cpuMs);
      if (own >= limitMs) {
        const residentMb = clock.residentMb();
        if (window.residentMb === undefined || residentMb !== undefined) return onOver({ limit: 'call', ...grown(window, residentMb) });
        // a process that is exiting (out of memory, say) has no memory left to read: its exit says why it ended
        this.timer = setTimeout(check, CHECK_EVERY_MS);
        return;
      }
      if (budgetLeft <= 0) return onOver({ limit: 'budget' });
      schedule(own, budgetLeft);
    };
    schedule(0, this.budgetLeft());
  }

  private budgetLeft(): number {
    return this.budget ? this.budget.left() : Infinity;
  }

  /** Times the start of a process (before its clock can be read): `onOver` runs if it is not ready in time. */
  starting(onOver: (outcome: Outcome) => void): void {
    this.stop();
    const outcome: Outcome = { type: 'crashed', message: `the student process did not start within ${START_LIMIT_MS} ms` };
    this.timer = setTimeout(() => setImmediate(() => onOver(outcome)), START_LIMIT_MS);
  }

  /** The call ended (answered, failed or killed): its CPU time is charged to the budget. */
  stop(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    const window = this.window;
    this.window = undefined;
    if (window) this.budget?.charge(window.clock.sample().cpuMs - window.start.cpuMs);
  }
}

function grown(window: Window, nowMb: number | undefined): { grewMb?: number } {
  return window.residentMb !== undefined && nowMb !== undefined ? { grewMb: Math.round(nowMb - window.residentMb) } : {};
}
