// The grader's side of the student process: spawns it, streams requests, enforces time limits.
// A call that runs past its limit kills the process; the next call gets a fresh one.
import { spawn, type ChildProcess } from 'node:child_process';
import type { Readable, Writable } from 'node:stream';
import { childEntry } from '../paths.js';
import { MAX_RESPONSE_BYTES, type Request, type RequestBody, type Response } from './protocol.js';

export type Outcome = Response | { type: 'timeout'; limitMs: number } | { type: 'crashed'; message: string };
type Pending = { request: Request; limitMs: number; group?: string; resolve: (o: Outcome) => void };

export interface ClientOptions {
  compiledRoot: string;
  /** Extra node flags (heap cap, permissions …). */
  nodeFlags?: string[];
}

/** Keeps the last bytes a student process printed outside any call (crash messages, raw fd writes). */
const MAX_STRAY_OUTPUT = 8192;

export class StudentProcess {
  private child: ChildProcess | undefined;
  private pending: Pending[] = [];
  private nextId = 1;
  private buffer = '';
  private timer: NodeJS.Timeout | undefined;
  strayOutput = '';
  private aborted: Outcome | undefined;

  constructor(private readonly options: ClientOptions) {}

  /**
   * Sends a request; resolves with its response, a timeout or a crash. Requests run in order.
   * When a request times out, the pending requests of its `group` are not run: they time out too.
   */
  send(request: RequestBody, limitMs: number, group?: string): Promise<Outcome> {
    if (this.aborted) return Promise.resolve(this.aborted);
    return new Promise((resolve) => {
      const full = { ...request, id: this.nextId++ } as Request;
      this.pending.push({ request: full, limitMs, group, resolve });
      (this.ensureChild().stdio[3] as Writable).write(JSON.stringify(full) + '\n');
      if (this.pending.length === 1) this.armTimer();
    });
  }

  close(): void {
    this.kill();
  }

  /** Ends everything (the submission's time is up): every pending and later request gets `outcome`. */
  abort(outcome: Outcome): void {
    this.aborted = outcome;
    const pending = this.pending;
    this.pending = [];
    this.kill();
    for (const p of pending) p.resolve(outcome);
  }

  private ensureChild(): ChildProcess {
    if (this.child) return this.child;
    const child = spawn(process.execPath, [...(this.options.nodeFlags ?? []), childEntry(), this.options.compiledRoot], {
      stdio: ['ignore', 'pipe', 'pipe', 'pipe'],
      env: { PATH: process.env.PATH ?? '/usr/bin:/bin' },
      cwd: this.options.compiledRoot,
    });
    const channel = child.stdio[3] as Readable;
    // a killed process resets its pipes; its exit is handled below, the resets are expected
    for (const stream of child.stdio) stream?.on('error', () => undefined);
    channel.setEncoding('utf8');
    channel.on('data', (chunk: string) => this.onData(chunk));
    for (const stream of [child.stdout, child.stderr]) stream?.on('data', (c: Buffer) => this.keepStray(c));
    child.on('exit', (code, signal) => this.onExit(child, code, signal));
    child.on('error', (e) => this.onExit(child, null, String(e.message)));
    this.child = child;
    return child;
  }

  private keepStray(chunk: Buffer): void {
    this.strayOutput = (this.strayOutput + chunk.toString('utf8')).slice(-MAX_STRAY_OUTPUT);
  }

  private onData(chunk: string): void {
    this.buffer += chunk;
    if (this.buffer.length > MAX_RESPONSE_BYTES) return this.failHead({ type: 'crashed', message: `the step sent back more than ${MAX_RESPONSE_BYTES} bytes` });
    let newline: number;
    while ((newline = this.buffer.indexOf('\n')) >= 0) {
      const line = this.buffer.slice(0, newline);
      this.buffer = this.buffer.slice(newline + 1);
      this.onLine(line);
    }
  }

  private onLine(line: string): void {
    let response: Response;
    try {
      response = JSON.parse(line) as Response;
    } catch {
      return this.failHead({ type: 'crashed', message: 'the student process sent a malformed reply' });
    }
    const head = this.pending[0];
    if (!head || response.id !== head.request.id) return; // not an answer to what was asked: ignore
    this.pending.shift();
    head.resolve(response);
    this.armTimer();
  }

  private armTimer(): void {
    clearTimeout(this.timer);
    const head = this.pending[0];
    if (!head) return;
    this.timer = setTimeout(() => this.failHead({ type: 'timeout', limitMs: head.limitMs }), head.limitMs);
  }

  /** The head request failed: kill the process, answer it, and replay the rest on a fresh one. */
  private failHead(outcome: Outcome): void {
    const [head, ...rest] = this.pending;
    this.pending = [];
    this.kill();
    head?.resolve(outcome);
    const sameGroup = (p: Pending): boolean => outcome.type === 'timeout' && head?.group !== undefined && p.group === head.group;
    for (const p of rest) {
      if (sameGroup(p)) p.resolve({ type: 'timeout', limitMs: p.limitMs });
      else void this.send(p.request, p.limitMs, p.group).then(p.resolve);
    }
  }

  private onExit(child: ChildProcess, code: number | null, signal: string | null): void {
    if (child !== this.child) return;
    const why = signal ? `was killed (${signal})` : `exited with code ${code}`;
    const tail = this.strayOutput.trim().split('\n').slice(-3).join(' | ');
    this.child = undefined;
    if (this.pending.length > 0) this.failHead({ type: 'crashed', message: `the student process ${why}${tail ? `: ${tail}` : ''}` });
  }

  private kill(): void {
    clearTimeout(this.timer);
    const child = this.child;
    this.child = undefined;
    this.buffer = '';
    child?.kill('SIGKILL');
  }
}
