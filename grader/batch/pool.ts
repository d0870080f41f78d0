// A pool of grading worker processes, one job at a time each. Processes rather than threads: the
// grader's own work (reference values, comparisons, gradient checks) is CPU-bound JavaScript, so
// one process per core is what uses the cores, and a process can be killed whole. Each worker
// leads its own process group, so killing the group also ends the student processes it started:
// a job past its hard limit, or a worker that died, costs that one job and a restart, nothing more.
import type { ChildProcess } from 'node:child_process';
import type { ErrorInfo } from '../model/results.js';

export interface PoolOptions {
  size: number;
  /** Starts a worker: a child process with an IPC channel that says `ready`, then answers jobs. */
  start: () => ChildProcess;
  /** A job still running after this long has its worker killed. */
  jobLimitMs: number;
  /** A worker is replaced after this many jobs, so nothing a submission leaves behind accumulates. */
  recycleAfter: number;
  /** A worker that has not said `ready` after this long is killed. */
  startLimitMs?: number;
}

export type JobOutcome<R> = { ok: true; value: R; ms: number } | { ok: false; error: ErrorInfo; ms: number };

/** What workers send: `ready` once, then one `done` per job. */
export type WorkerMessage<R> = { type: 'ready' } | { type: 'done'; id: number; value: R };
export interface JobMessage<J> {
  type: 'job';
  id: number;
  job: J;
}

interface Running<J> {
  id: number;
  job: J;
  started: number;
  timer: NodeJS.Timeout;
}

interface Slot<J> {
  child: ChildProcess;
  ready: boolean;
  jobsDone: number;
  running?: Running<J>;
  stderr: string;
  startTimer: NodeJS.Timeout;
}

const STDERR_TAIL = 2000;
/** Workers that die before they are ready, per slot, before the batch gives up. */
const START_ATTEMPTS = 3;

export class WorkerPool<J, R> {
  private readonly slots = new Set<Slot<J>>();
  private queue: J[] = [];
  private nextId = 1;
  private startFailures = 0;
  private cancelled = false;
  private settle: { resolve: () => void; reject: (e: Error) => void } | undefined;
  private onDone: (job: J, outcome: JobOutcome<R>) => void = () => undefined;

  constructor(private readonly options: PoolOptions) {}

  /** Runs every job; `onDone` is called once per finished job, in completion order. */
  run(jobs: J[], onDone: (job: J, outcome: JobOutcome<R>) => void): Promise<void> {
    this.queue = [...jobs];
    this.onDone = onDone;
    return new Promise((resolve, reject) => {
      this.settle = { resolve, reject };
      const workers = Math.min(this.options.size, this.queue.length);
      if (workers === 0) return this.finishAll();
      for (let i = 0; i < workers; i++) this.startSlot();
    });
  }

  /** Stops now: kills every worker; jobs not finished get no `onDone`. */
  cancel(): void {
    this.cancelled = true;
    this.queue = [];
    this.finishAll();
  }

  private startSlot(): void {
    const child = this.options.start();
    const slot: Slot<J> = {
      child,
      ready: false,
      jobsDone: 0,
      stderr: '',
      startTimer: setTimeout(() => killGroup(child), this.options.startLimitMs ?? 60_000),
    };
    this.slots.add(slot);
    child.stderr?.on('data', (chunk: Buffer) => void (slot.stderr = (slot.stderr + chunk.toString('utf8')).slice(-STDERR_TAIL)));
    child.on('message', (message: WorkerMessage<R>) => this.onMessage(slot, message));
    child.on('exit', (code, signal) => this.onExit(slot, code, signal));
    // a failed spawn is followed by 'exit' (handled there); this keeps it from being thrown
    child.on('error', () => undefined);
  }

  private onMessage(slot: Slot<J>, message: WorkerMessage<R>): void {
    if (!this.slots.has(slot)) return;
    if (message.type === 'ready') {
      clearTimeout(slot.startTimer);
      slot.ready = true;
      return this.dispatch(slot);
    }
    const running = slot.running;
    if (message.type !== 'done' || !running || message.id !== running.id) return;
    clearTimeout(running.timer);
    slot.running = undefined;
    slot.jobsDone++;
    this.onDone(running.job, { ok: true, value: message.value, ms: Date.now() - running.started });
    if (slot.jobsDone >= this.options.recycleAfter && this.queue.length > 0) {
      this.retire(slot);
      return this.startSlot();
    }
    this.dispatch(slot);
  }

  private dispatch(slot: Slot<J>): void {
    const job = this.queue.shift();
    if (job === undefined || this.cancelled) {
      this.retire(slot);
      return this.checkDone();
    }
    const id = this.nextId++;
    const timer = setTimeout(
      () =>
        this.failRunning(slot, {
          name: 'GraderTimeout',
          message: `grading did not finish within ${Math.round(this.options.jobLimitMs / 1000)} s; its grader process was stopped`,
        }),
      this.options.jobLimitMs,
    );
    slot.running = { id, job, started: Date.now(), timer };
    const message: JobMessage<J> = { type: 'job', id, job };
    // a closed channel shows up as the worker's exit, handled there
    slot.child.send(message, (error) => void (error && killGroup(slot.child)));
  }

  private onExit(slot: Slot<J>, code: number | null, signal: NodeJS.Signals | null): void {
    if (!this.slots.has(slot)) return;
    clearTimeout(slot.startTimer);
    killGroup(slot.child);
    const why = signal ? `was killed (${signal})` : `exited with code ${code}`;
    const tail = slot.stderr.trim().split('\n').slice(-3).join(' | ');
    if (slot.running)
      return this.failRunning(slot, {
        name: 'GraderCrash',
        message: `the grader process ${why} while grading this submission${tail ? `: ${tail}` : ''}`,
      });
    this.slots.delete(slot);
    if (!slot.ready && ++this.startFailures > START_ATTEMPTS * this.options.size) {
      this.settle?.reject(new Error(`could not start a grading worker: it ${why}${tail ? `: ${tail}` : ''}`));
      return this.cancel();
    }
    if (this.queue.length > 0 && !this.cancelled) this.startSlot();
    else this.checkDone();
  }

  /** The running job failed with its worker: report it, kill the worker, carry on with a new one. */
  private failRunning(slot: Slot<J>, error: ErrorInfo): void {
    const running = slot.running;
    if (!running) return;
    clearTimeout(running.timer);
    slot.running = undefined;
    this.retire(slot);
    this.onDone(running.job, { ok: false, error, ms: Date.now() - running.started });
    if (this.queue.length > 0 && !this.cancelled) this.startSlot();
    else this.checkDone();
  }

  private retire(slot: Slot<J>): void {
    clearTimeout(slot.startTimer);
    if (slot.running) clearTimeout(slot.running.timer);
    this.slots.delete(slot);
    killGroup(slot.child);
  }

  private checkDone(): void {
    if (this.queue.length === 0 && [...this.slots].every((s) => !s.running)) this.finishAll();
  }

  private finishAll(): void {
    for (const slot of [...this.slots]) this.retire(slot);
    const settle = this.settle;
    this.settle = undefined;
    settle?.resolve();
  }
}

/** Kills a worker and everything in its process group (the student processes it started). */
export function killGroup(child: ChildProcess): void {
  if (child.pid === undefined) return;
  try {
    // also after the worker itself died: its student processes may still be running
    process.kill(-child.pid, 'SIGKILL');
  } catch {
    child.kill('SIGKILL');
  }
}
