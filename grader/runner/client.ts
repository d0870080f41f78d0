// The grader's side of the student process: starts it in its sandbox, streams requests, enforces
// time limits and byte budgets, and believes nothing it sends before checking it (channel.ts).
// A call that runs past its limit, crashes the process or sends a bad reply kills the process and
// fails that call only; the calls queued behind it are replayed on a fresh process. Each request
// carries a fresh random nonce: a reply counts only for the request at the head of the queue, and
// only if it echoes that nonce, so a line forged by guessing ids answers nothing.
import { spawn, type ChildProcess } from 'node:child_process';
import type { Readable, Writable } from 'node:stream';
import type { Launch, Layer } from '../sandbox/types.js';
import type { Budget } from './budget.js';
import { CallTimer, type Over } from './call-timer.js';
import { addressOf, checkReply, LineReader, parseLine } from './channel.js';
import { ProcessClock } from './process-clock.js';
import { CRASHED_AFTER_CALLS, CRASHED_IN_CALL, REPLIES_FD, REQUESTS_FD, type Request, type RequestBody } from './protocol.js';
import { crashSummary, exitMessage, nextNonce, overTime, replyMismatch, type NotRun, type Outcome } from './replies.js';

export type { NotRun, Outcome } from './replies.js';
/** `crashes`: how many processes died of an error no call started while this request was the oldest waiting. */
type Pending = { request: Request; limitMs: number; group?: string; resolve: (o: Outcome) => void; crashes?: number };
/** A request queued while this many processes died of others' errors is failed: it may be the one provoking them. */
const MAX_REPLAYS = 2;

export interface ClientOptions {
  /** Ways to start the process, strongest first (grader/sandbox): one that dies before it is ready is dropped. */
  launches: Launch[];
  /** Caps every request's time limit (tests use short limits). */
  maxCallMs?: number;
  /** A launch died before its runner was ready. */
  launchFailed?: (launch: Launch) => void;
  /** Runs after every kill: kills whatever else the student started (the uid sweep). */
  afterKill?: () => void;
  /** The submission's time (--time-limit), shared with its other student processes; unlimited without. */
  budget?: Budget;
}

/** Keeps the last bytes a student process printed outside any call (crash messages, raw fd writes). */
const MAX_STRAY_OUTPUT = 8192;
/** More than this on stdout/stderr (outside the runner's capture) is a flood: the process is killed. */
const MAX_STRAY_TOTAL = 1024 * 1024;

export class StudentProcess {
  private child: ChildProcess | undefined;
  private pending: Pending[] = [];
  private nextId = 1;
  private reader: LineReader | undefined;
  /** Whether the current process has said it is ready. */
  private ready = false;
  /** Times the running call on the process's own clock, or the process's start (call-timer.ts). */
  private readonly calls: CallTimer;
  private clock: ProcessClock | undefined;
  private strayBytes = 0;
  strayOutput = '';
  private aborted: Outcome | undefined;
  private closed = false;
  private launches: Launch[];
  /** The layers of the launch that started; empty until one has. */
  layers: Layer[] = [];

  constructor(private readonly options: ClientOptions) {
    this.launches = [...options.launches];
    this.calls = new CallTimer(options.budget);
    options.budget?.onOut((outcome) => this.abort(outcome));
  }

  /** Starts the process now (it boots while the grader compiles), rather than at the first request. */
  start(): void {
    if (!this.closed && !this.aborted) this.ensureChild();
  }

  /**
   * Sends a request; resolves with its response, a timeout or a crash. Requests run in order.
   * When a request times out, the pending requests of its `group` are not run: they time out too.
   */
  send(request: RequestBody, limitMs: number, group?: string): Promise<Outcome> {
    if (this.aborted) return Promise.resolve(this.aborted);
    if (this.closed) return Promise.resolve({ type: 'crashed', message: 'the student process was already closed' });
    return new Promise((resolve) => {
      const full = { ...request, id: this.nextId++, nonce: nextNonce() } as Request;
      this.enqueue({ request: full, limitMs: Math.min(limitMs, this.options.maxCallMs ?? Infinity), group, resolve });
    });
  }

  /** Kills the process; resolves once it has exited, so its folder can be removed without waiting on its namespace. */
  close(): Promise<void> {
    this.closed = true;
    const child = this.child;
    const exited =
      child && child.exitCode === null && child.signalCode === null
        ? new Promise<void>((resolve) => child.once('exit', () => resolve()))
        : Promise.resolve();
    this.kill();
    return exited;
  }

  /** Ends everything (the submission's time is up): every pending and later request gets `outcome`. */
  abort(outcome: Outcome): void {
    const [head, ...rest] = this.pending;
    // only the request that was running used the time: the others (and any later) never started
    const notRun: NotRun = { type: 'not-run', ...(head?.group !== undefined ? { running: head.group } : {}) };
    this.aborted = notRun;
    this.pending = [];
    this.kill();
    head?.resolve(outcome);
    for (const p of rest) p.resolve(notRun);
  }

  /**
   * Requests are pipelined (sent at once, answered in order): one at a time would cost a round trip
   * between the processes per request, ~400 of them for a whole submission.
   */
  private enqueue(p: Pending): void {
    this.pending.push(p);
    const channel = this.ensureChild().stdio[REQUESTS_FD] as Writable | null;
    channel?.write(JSON.stringify(p.request) + '\n');
    if (this.pending.length === 1) this.armTimer();
  }

  private ensureChild(): ChildProcess {
    while (!this.child) {
      const launch = this.launches[0];
      try {
        const child = spawn(launch.file, launch.args, {
          stdio: ['ignore', 'pipe', 'pipe', 'pipe', 'pipe'],
          env: launch.env,
          cwd: launch.cwd,
          ...(launch.uid !== undefined ? { uid: launch.uid, gid: launch.gid } : {}),
        });
        this.attach(child, launch);
        this.child = child;
        this.ready = false;
        this.clock = undefined;
        this.strayOutput = '';
      } catch (error) {
        // an unusable uid throws here (EPERM, EINVAL): like dying before ready, try the next launch
        if (this.launches.length === 1 || this.layers.length > 0) throw error;
        this.options.launchFailed?.(launch);
        this.launches.shift();
      }
    }
    return this.child;
  }

  private attach(child: ChildProcess, launch: Launch): void {
    // a killed process resets its pipes; its exit is handled below, the resets are expected
    for (const stream of child.stdio) stream?.on('error', () => undefined);
    const reader = new LineReader(
      (line) => this.onLine(child, launch, line),
      (why) => this.failHead({ type: 'crashed', message: why }),
    );
    this.reader = reader;
    const channel = child.stdio[REPLIES_FD] as Readable;
    channel.setEncoding('utf8');
    channel.on('data', (chunk: string) => child === this.child && reader.push(chunk));
    for (const stream of [child.stdout, child.stderr]) stream?.on('data', (c: Buffer) => child === this.child && this.keepStray(c));
    // 'close', not 'exit': replies the process wrote before it died must be read first, or the
    // crash would be blamed on a request that was in fact answered
    child.on('close', (code, signal) => this.onExit(child, launch, code, signal));
    child.on('error', (e) => this.onExit(child, launch, null, String(e.message)));
  }

  private keepStray(chunk: Buffer): void {
    this.strayBytes += chunk.length;
    this.strayOutput = (this.strayOutput + chunk.toString('utf8')).slice(-MAX_STRAY_OUTPUT);
    if (this.strayBytes > MAX_STRAY_TOTAL)
      this.failHead({
        type: 'crashed',
        message: `the student process printed more than ${MAX_STRAY_TOTAL} bytes outside the step's captured output`,
      });
  }

  private onLine(child: ChildProcess, launch: Launch, line: string): void {
    if (child !== this.child) return;
    const data = parseLine(line);
    const { id, nonce, type } = addressOf(data);
    if (type === 'ready' && id === 0) return this.onReady(data, launch, child);
    const head = this.pending[0];
    // noise, or not an answer to the request in flight (a stale or forged line): ignored
    if (!head || id !== head.request.id || nonce !== head.request.nonce) return;
    const checked = checkReply(data);
    if ('problem' in checked)
      return this.failHead({ type: 'crashed', message: `the student process sent back a malformed reply (${checked.problem})` });
    const reply = checked.reply;
    if (reply.type === 'ready') return; // cannot happen: the schema gives ready lines id 0, requests start at 1
    const mismatch = replyMismatch(head.request, reply);
    if (mismatch) return this.failHead({ type: 'crashed', message: `the student process sent back a malformed reply (${mismatch})` });
    this.pending.shift();
    this.reader?.replied();
    head.resolve(reply);
    this.armTimer();
  }

  private onReady(data: unknown, launch: Launch, child: ChildProcess): void {
    // only the first counts: a "ready" forged later would restart the running call's clock
    if (this.ready || 'problem' in checkReply(data)) return;
    this.layers = launch.layers;
    this.launches = [launch];
    this.ready = true;
    this.clock = ProcessClock.of(child.pid);
    this.armTimer();
  }

  /** Times the request at the head of the queue (the one running), or the start of the process. */
  private armTimer(): void {
    const head = this.pending[0];
    if (!head) return this.calls.stop();
    if (!this.ready || !this.clock) return this.calls.starting((outcome) => this.pending[0] === head && this.failHead(outcome));
    this.calls.start(this.clock, head.limitMs, (over: Over) => {
      if (this.pending[0] !== head) return;
      if (over.limit === 'budget') this.options.budget?.runOut();
      else this.failHead(overTime(head.limitMs, over.grewMb));
    });
  }

  /**
   * The head request failed: kill the process, answer it, and replay the rest on a fresh one. The
   * rest of its group (the other cases of its step) fail with it, not run: the step scores 0 either
   * way, and a memory bomb or an endless loop is not run again on every case.
   */
  private failHead(outcome: Outcome): void {
    const [head, ...rest] = this.pending;
    this.pending = [];
    this.kill();
    head?.resolve(outcome);
    const sameGroup = (p: Pending): boolean => head?.group !== undefined && p.group === head.group;
    const crashed: Outcome = { type: 'crashed', message: 'not run: an earlier case of this step crashed the student process' };
    for (const p of rest) {
      if (sameGroup(p)) p.resolve(outcome.type === 'timeout' ? { type: 'timeout', limitMs: p.limitMs } : crashed);
      else if (this.closed || this.aborted) p.resolve(this.aborted ?? { type: 'crashed', message: 'the student process was closed' });
      else this.enqueue(p);
    }
  }

  private onExit(child: ChildProcess, launch: Launch, code: number | null, signal: string | null): void {
    if (child !== this.child) return;
    const tail = crashSummary(this.strayOutput);
    this.child = undefined;
    this.reader?.close();
    if (this.layers.length === 0 && this.launches.length > 1 && !this.closed) return this.fallBack(launch);
    const why = signal ? `was killed (${signal})` : `exited with code ${code}`;
    if ((code === CRASHED_AFTER_CALLS || code === CRASHED_IN_CALL) && !this.closed && !this.aborted)
      return this.replay(code === CRASHED_AFTER_CALLS, tail);
    if (this.pending.length > 0) this.failHead({ type: 'crashed', message: exitMessage(why, tail) });
  }

  /**
   * The process died of an error thrown outside every pending call (a timer or promise of a call
   * that had returned; the runner answered the call that started it, if one was running): nothing
   * pending is to blame, so all of it is sent again to a fresh process. When no call started the
   * error, the oldest one waiting is counted: the one whose call keeps the process dying is failed.
   */
  private replay(unexplained: boolean, tail: string): void {
    this.calls.stop();
    this.options.afterKill?.();
    const pending = this.pending;
    this.pending = [];
    if (unexplained && pending[0]) pending[0].crashes = (pending[0].crashes ?? 0) + 1;
    for (const p of pending) {
      if ((p.crashes ?? 0) <= MAX_REPLAYS) this.enqueue(p);
      else
        p.resolve({
          type: 'crashed',
          message:
            `the student process died ${p.crashes} times while this call waited, ` +
            `of errors thrown outside any call (in a timer or an unhandled promise rejection)${tail ? `: ${tail}` : ''}`,
        });
    }
  }

  /** The launch died before its runner was ready (a layer that does not work here): try the next one. */
  private fallBack(launch: Launch): void {
    this.options.launchFailed?.(launch);
    this.launches = this.launches.filter((l) => l !== launch);
    this.strayOutput = '';
    this.strayBytes = 0;
    this.options.afterKill?.();
    const pending = this.pending;
    this.pending = [];
    if (pending.length === 0) this.ensureChild();
    for (const p of pending) this.enqueue(p);
  }

  private kill(): void {
    this.calls.stop();
    const child = this.child;
    this.child = undefined;
    this.reader?.close();
    this.strayBytes = 0;
    if (!child) return;
    child.kill('SIGKILL');
    // on close the owner sweeps once for good (Sandbox.close)
    if (!this.closed) this.options.afterKill?.();
  }
}
