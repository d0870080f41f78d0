// The grader's end of the result channel: splits what the student process sends into lines within
// a byte budget, and turns a line into a reply only if it is addressed to the request in flight
// (its id and random nonce), fits the channel schema (schema/channel.schema.json, compiled to
// dist/channel-validate.cjs at build time) and passes the checks the schema cannot express.
// Student code can write anything on this channel; nothing on it is believed before these checks,
// and nothing on it is ever executed.
import { createRequire } from 'node:module';
import path from 'node:path';
import { packageRoot } from '../paths.js';
import { MAX_RESPONSE_BYTES, type Response } from './protocol.js';
import { escapeStrings, shapeProblem } from './sanitize.js';

export type Reply = Response | { id: 0; type: 'ready' };

type Validate = ((data: unknown) => boolean) & { errors?: { instancePath: string; message?: string }[] | null };
let validator: Validate | undefined;

function validate(data: unknown): string | undefined {
  validator ??= createRequire(import.meta.url)(path.join(packageRoot(), 'dist', 'channel-validate.cjs')) as Validate;
  if (validator(data)) return undefined;
  const first = validator.errors?.[0];
  return first ? `${first.instancePath || 'the reply'} ${first.message ?? 'is invalid'}` : 'it does not fit the channel schema';
}

/**
 * The JSON value of a line, or undefined for a line that is not JSON. Such lines are noise a step
 * wrote on the channel: they answer nothing and are dropped (the runner starts every reply on a
 * fresh line, so noise never runs into a reply).
 */
export function parseLine(line: string): unknown {
  try {
    return JSON.parse(line) as unknown;
  } catch {
    return undefined;
  }
}

/** Who a parsed line says it is from: a reply to request `id` carrying `nonce`, or the ready line. */
export function addressOf(data: unknown): { id?: unknown; nonce?: unknown; type?: unknown } {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return {};
  const { id, nonce, type } = data as Record<string, unknown>;
  return { id, nonce, type };
}

/** A parsed line as a reply, or why it is not one: it must fit the channel schema and more. */
export function checkReply(data: unknown): { reply: Reply } | { problem: string } {
  const shape = shapeProblem(data);
  if (shape) return { problem: shape };
  let invalid: string | undefined;
  try {
    invalid = validate(data);
  } catch (error) {
    // a stack overflow on a pathological value is a bad reply, not a grader crash
    invalid = `it could not be checked (${(error as Error).name})`;
  }
  if (invalid) return { problem: invalid };
  escapeStrings(data);
  return { reply: data as Reply };
}

/** Both steps for one line. */
export function parseReply(line: string): { reply: Reply } | { problem: string } {
  const data = parseLine(line);
  return data === undefined ? { problem: 'a line that is not JSON' } : checkReply(data);
}

/**
 * Splits the channel into lines. Over budget — a line longer than MAX_RESPONSE_BYTES, or more than
 * twice that many bytes before the awaited reply — the rest of the stream is not read.
 */
export class LineReader {
  /** The current line so far, in pieces: appending to one long string would copy it on every chunk. */
  private parts: string[] = [];
  private partsLength = 0;
  private sinceReply = 0;
  private closed = false;

  constructor(
    private readonly onLine: (line: string) => void,
    private readonly onOverflow: (why: string) => void,
  ) {}

  push(chunk: string): void {
    if (this.closed) return;
    this.sinceReply += chunk.length;
    let start = 0;
    let newline: number;
    while ((newline = chunk.indexOf('\n', start)) >= 0) {
      const tail = chunk.slice(start, newline);
      const line = this.parts.length > 0 ? this.parts.join('') + tail : tail;
      this.parts = [];
      this.partsLength = 0;
      start = newline + 1;
      if (this.overBudget(line.length)) return;
      this.onLine(line);
      if (this.closed) return;
    }
    if (start < chunk.length) {
      this.parts.push(chunk.slice(start));
      this.partsLength += chunk.length - start;
      this.overBudget(this.partsLength);
    }
  }

  private overBudget(lineLength: number): boolean {
    if (lineLength <= MAX_RESPONSE_BYTES && this.sinceReply <= 2 * MAX_RESPONSE_BYTES) return false;
    this.close();
    this.onOverflow(`the step sent back more than ${MAX_RESPONSE_BYTES} bytes`);
    return true;
  }

  /** The awaited reply arrived: the budget starts again. */
  replied(): void {
    this.sinceReply = this.partsLength;
  }

  close(): void {
    this.closed = true;
    this.parts = [];
    this.partsLength = 0;
  }
}
