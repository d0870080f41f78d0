// The grader's end of the result channel: splits what the student process sends into lines within
// a byte budget, and turns each line into a reply only if it parses, fits the channel schema
// (schema/channel.schema.json, compiled to dist/channel-validate.cjs at build time) and passes the
// checks the schema cannot express. Student code can write anything on this channel; nothing on it
// is believed before these checks, and nothing on it is ever executed.
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

/** A reply, or why the line is not one. */
export function parseReply(line: string): { reply: Reply } | { problem: string } {
  let data: unknown;
  try {
    data = JSON.parse(line);
  } catch {
    return { problem: 'a line that is not JSON' };
  }
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

/**
 * Splits the channel into lines. Over budget — a line longer than MAX_RESPONSE_BYTES, or more than
 * twice that many bytes before the awaited reply — the rest of the stream is not read.
 */
export class LineReader {
  private buffer = '';
  private sinceReply = 0;
  private closed = false;

  constructor(
    private readonly onLine: (line: string) => void,
    private readonly onOverflow: (why: string) => void,
  ) {}

  push(chunk: string): void {
    if (this.closed) return;
    this.buffer += chunk;
    this.sinceReply += chunk.length;
    if (this.buffer.length > MAX_RESPONSE_BYTES || this.sinceReply > 2 * MAX_RESPONSE_BYTES) {
      this.closed = true;
      this.buffer = '';
      return this.onOverflow(`the step sent back more than ${MAX_RESPONSE_BYTES} bytes`);
    }
    let newline: number;
    while (!this.closed && (newline = this.buffer.indexOf('\n')) >= 0) {
      const line = this.buffer.slice(0, newline);
      this.buffer = this.buffer.slice(newline + 1);
      this.onLine(line);
    }
  }

  /** The awaited reply arrived: the budget starts again. */
  replied(): void {
    this.sinceReply = this.buffer.length;
  }

  close(): void {
    this.closed = true;
    this.buffer = '';
  }
}
