// Checks and summaries of what a student process sends back, for the client (client.ts).
import { randomBytes } from 'node:crypto';
import type { Request, Response } from './protocol.js';
import { escapeControl } from './sanitize.js';

export type Outcome = Response | { type: 'timeout'; limitMs: number } | { type: 'crashed'; message: string } | NotRun;
/** The submission's time ran out before this request started; `running` is the group of the request that was running then. */
export type NotRun = { type: 'not-run'; running?: string };

/** Whether a reply answers its request: the right kind, and for an inspection every module asked about. */
export function replyMismatch(request: Request, reply: Response): string | undefined {
  if (request.type === 'inspect') {
    if (reply.type !== 'inspected') return `a ${reply.type} reply to an inspection`;
    const missing = request.modules.find((m) => !Object.hasOwn(reply.modules, m));
    return missing ? `no word on ${missing}` : undefined;
  }
  return reply.type === 'inspected' ? 'an inspection reply to a call' : undefined;
}

/** A call that grows its memory by this much (MiB) while it runs past its limit is a memory bomb, not a slow loop. */
export const MEMORY_BOMB_MB = 128;

/** A call past its time limit: a timeout, or an error when it kept taking memory meanwhile (a bomb would end the same way). */
export function overTime(limitMs: number, grewMb: number | undefined): Outcome {
  if (grewMb === undefined || grewMb < MEMORY_BOMB_MB) return { type: 'timeout', limitMs };
  const message =
    `took ${grewMb} MB more memory and did not return within ${limitMs} ms ` +
    '(it runs out of memory: a loop that keeps allocating, or a value that grows without bound?)';
  return { type: 'crashed', message };
}

/** Why a student process ended, `tail` being its crashSummary: out of memory said first, as the reason. */
export function exitMessage(why: string, tail: string): string {
  const process = `the student process ${why}${tail ? `: ${tail}` : ''}`;
  return /out of memory/i.test(tail) ? `ran out of memory (${process})` : process;
}

/** The line of a dead process's stderr that says why: V8's fatal error, else the last `…Error: …`. */
export function crashSummary(stray: string): string {
  const lines = stray
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  const why =
    lines.find((l) => /FATAL ERROR|out of memory/i.test(l)) ?? [...lines].reverse().find((l) => /^[\w.]*(Error|Exception)\b[^:]*:/.test(l));
  return escapeControl((why ?? lines.slice(-3).join(' | ')).slice(0, 500));
}

/** Random nonces drawn from a pool: one system call per 512 requests rather than one each. */
let noncePool = Buffer.alloc(0);
export function nextNonce(): string {
  if (noncePool.length < 8) noncePool = randomBytes(8 * 512);
  const nonce = noncePool.subarray(0, 8).toString('hex');
  noncePool = noncePool.subarray(8);
  return nonce;
}
