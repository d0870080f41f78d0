// The grader ↔ student-process protocol: JSON lines on dedicated channels, never stdout: requests
// on fd 3, replies on fd 4. Two one-way channels, because a process that dies with requests unread
// makes the kernel reset a two-way socket, and the replies it had already written would be lost.
// The student process first sends `{"id":0,"type":"ready"}` (before any student code is loaded),
// then one reply per request, in order. Each request carries a fresh random nonce that its reply
// must echo, so a reply forged by guessing ids is ignored. The grader checks every line against
// schema/channel.schema.json: keep the two in step (test/adversarial-output.test.ts checks it), and
// docs/protocol.md, the contract other runtimes are written from (test/protocol-doc.test.ts checks it).
import type { Wire } from '../model/wire.js';

export interface CallSpec {
  /** Compiled module, relative to the compiled submission root (`logistic-regression/dW.js`). */
  module: string;
  /** The export to call. */
  name: string;
  args: Wire[];
}

export type RequestBody =
  | { type: 'inspect'; modules: string[] }
  | { type: 'call'; call: CallSpec; checkMutation: boolean }
  /** Calls in order; an argument `{ $ref: [i, ...path] }` is a path into call i's result. Returns the last result. */
  | { type: 'pipeline'; calls: CallSpec[] }
  /**
   * Central differences of a pipeline's result (a cost): for each tensor, entry by entry, the
   * leaves of `calls` that hold that entry (paths into the calls) are moved by ±eps. Returns
   * `{ [tensor]: number[] }`, row-major. One request instead of two pipelines per parameter.
   */
  | { type: 'numgrad'; calls: CallSpec[]; slots: Record<string, (string | number)[][][]>; eps: number };

export type Request = RequestBody & { id: number; nonce: string };

export interface WireError {
  name: string;
  message: string;
  stack?: string;
}

export interface Mutation {
  /** Index of the argument that changed. */
  arg: number;
  /** Where inside it: `W1[0][2]`, `` for the argument itself. */
  path: string;
}

export type ModuleInfo = { exports: Record<string, string> } | { error: WireError };

export type Response =
  | { id: number; nonce: string; type: 'inspected'; modules: Record<string, ModuleInfo> }
  | { id: number; nonce: string; type: 'returned'; value: Wire; mutations: Mutation[]; output: string; ms: number }
  | { id: number; nonce: string; type: 'threw'; error: WireError; output: string; ms: number };

/** Most bytes one response may take; a larger one is an error of the student's step. */
export const MAX_RESPONSE_BYTES = 8 * 1024 * 1024;
/** Most bytes of student output kept per call. */
export const MAX_OUTPUT_BYTES = 4096;
/** Longest error name, message and stack the runner sends (the schema's limits). */
export const MAX_ERROR_NAME = 200;
export const MAX_ERROR_MESSAGE = 4000;
export const MAX_ERROR_STACK = 8000;
export const REQUESTS_FD = 3;
export const REPLIES_FD = 4;
/**
 * The runner's exit code after an error thrown outside every call in progress (a timer or promise
 * of a call that has returned): no call is to blame, the grader replays the queued ones.
 */
export const CRASHED_AFTER_CALLS = 71;
/** The same, after the runner answered the call in progress with the error, because that call started what threw. */
export const CRASHED_IN_CALL = 72;
/** The first line of every student process. */
export const READY_LINE = '{"id":0,"type":"ready"}\n';
