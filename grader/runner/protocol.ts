// The grader ↔ student-process protocol: JSON lines on a dedicated channel (fd 3), never stdout.
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
  | { type: 'pipeline'; calls: CallSpec[] };

export type Request = RequestBody & { id: number };

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
  | { id: number; type: 'inspected'; modules: Record<string, ModuleInfo> }
  | { id: number; type: 'returned'; value: Wire; mutations: Mutation[]; output: string; ms: number }
  | { id: number; type: 'threw'; error: WireError; output: string; ms: number };

/** Most bytes one response may take; a larger one is an error of the student's step. */
export const MAX_RESPONSE_BYTES = 8 * 1024 * 1024;
/** Most bytes of student output kept per call. */
export const MAX_OUTPUT_BYTES = 4096;
