// The student process: loads compiled student modules, calls steps on data, sends back data.
// It is the only place student code runs. Bundled to dist/child.cjs, copied into the sandbox folder.
// Nothing here is a security boundary (student code runs in this very process and can undo any of
// it): the grader checks every reply. What is done here keeps honest mistakes readable — a
// process.exit() becomes a step error — and keeps one step from patching ml-matrix for the others.
import { AsyncLocalStorage } from 'node:async_hooks';
import Module, { createRequire } from 'node:module';
import { Socket } from 'node:net';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { randnStream } from '../random.js';
import { encode, setAt, toLive, valueAt, type LiveKinds, type Wire, type WirePath } from '../model/wire.js';
import type { CallSpec, ModuleInfo, Mutation, Request, Response } from './protocol.js';
import { CRASHED_AFTER_CALLS, CRASHED_IN_CALL, MAX_OUTPUT_BYTES, READY_LINE, REPLIES_FD, REQUESTS_FD } from './protocol.js';
import { firstDifference } from './diff.js';
import { harden } from './harden.js';
import { builtinChanges, LOADED_HOOK } from './lock-intrinsics.js';
import { writeAll } from './child-write.js';
import { errorOf } from './error-of.js';

const root = path.resolve(process.argv[2] ?? '.');
const requireHere = createRequire(path.join(root, 'index.js'));
const mlMatrix = requireHere('ml-matrix') as typeof import('ml-matrix');
const { Matrix } = mlMatrix;
const exitProcess = harden([mlMatrix, requireHere('mlgrade/np')]);
// requests come in on fd 3; replies go out on fd 4 with writeAll (child-write.ts)
const channel = new Socket({ fd: REQUESTS_FD, readable: true, writable: false });
const moduleCache = new Map<string, Promise<Record<string, unknown>>>();

let captured = '';
function capture(chunk: unknown): boolean {
  if (captured.length >= MAX_OUTPUT_BYTES) return true;
  const text = typeof chunk === 'string' ? chunk : chunk instanceof Uint8Array ? Buffer.from(chunk).toString('utf8') : String(chunk);
  captured += text.slice(0, MAX_OUTPUT_BYTES - captured.length);
  return true;
}
process.stdout.write = capture as typeof process.stdout.write;
process.stderr.write = capture as typeof process.stderr.write;

/** A reply starts on a fresh line: a partial line a step wrote on the channel ends before it. */
function send(response: Response): void {
  writeAll(REPLIES_FD, '\n' + JSON.stringify(response) + '\n');
}

/** A compiled student file, imported once: they are ES modules (a CommonJS one behind an ESM facade). */
function load(module: string): Promise<Record<string, unknown>> {
  let loading = moduleCache.get(module);
  if (!loading) {
    loading = importModule(module);
    loading.catch(() => undefined); // awaited by each caller; a failed load is no unhandled rejection
    moduleCache.set(module, loading);
  }
  return loading;
}

async function importModule(module: string): Promise<Record<string, unknown>> {
  return (await import(pathToFileURL(path.join(root, module)).href)) as Record<string, unknown>;
}

/**
 * A Matrix filled row by row into its Float64Array rows: `new Matrix(rows)` would check every row
 * for numbers again, and these are numbers already, of one length (the grader sends only
 * rectangular matrices). Through the constructor should ml-matrix ever store its rows otherwise.
 */
function matrixOf(rows: number[][]): InstanceType<typeof Matrix> {
  const matrix = new Matrix(rows.length, rows[0]?.length ?? 0);
  const data = (matrix as unknown as { data?: unknown[] }).data;
  if (!Array.isArray(data) || (rows.length > 0 && !(data[0] instanceof Float64Array))) return new Matrix(rows);
  for (let i = 0; i < rows.length; i++) (data[i] as Float64Array).set(rows[i]);
  return matrix;
}

/** This process's live values (the codec is grader/model/wire.ts): `$ref`s read the pipeline's results so far. */
const kindsFor = (results: unknown[]): LiveKinds => ({
  matrix: matrixOf,
  randn: randnStream,
  ref: (index, keys) => valueAt(results[index], keys),
});
const NO_RESULTS = kindsFor([]);

async function invoke(call: CallSpec, results: unknown[]): Promise<{ args: unknown[]; value: unknown }> {
  const fn = (await load(call.module))[call.name];
  if (typeof fn !== 'function') throw Object.assign(new TypeError(`${call.name} is not a function`), { name: 'NotAFunction' });
  const kinds = results.length === 0 ? NO_RESULTS : kindsFor(results);
  const args = call.args.map((a) => toLive(a, kinds));
  const value = await (fn as (...a: unknown[]) => unknown)(...args);
  return { args, value };
}

/**
 * A change to a shared built-in (put back already) fails what made it: a call, or the loading of
 * the file whose top level made it (so a file imported by another first is still the one blamed).
 */
function assertBuiltinsUnchanged(): void {
  const changed = builtinChanges();
  if (changed.length === 0) return;
  const error = new Error(
    `changed ${changed.slice(0, 3).join(', ')}${changed.length > 3 ? ' …' : ''}: built-ins are ` +
      `shared by every step, so changes to them are undone; write a function of your own instead`,
  );
  error.name = 'ChangedBuiltin';
  throw error;
}

async function handle(request: Request): Promise<Response> {
  const start = performance.now();
  captured = '';
  const ms = (): number => performance.now() - start;
  try {
    builtinChanges(true); // a timer of an earlier step may have changed them since
    if (request.type === 'inspect')
      return { id: request.id, nonce: request.nonce, type: 'inspected', modules: await inspect(request.modules) };
    if (request.type === 'call') {
      const before = request.checkMutation ? request.call.args : [];
      const { args, value } = await invoke(request.call, []);
      assertBuiltinsUnchanged();
      const mutations = request.checkMutation ? mutationsOf(before, args) : [];
      return { id: request.id, nonce: request.nonce, type: 'returned', value: encode(value), mutations, output: captured, ms: ms() };
    }
    const value = request.type === 'numgrad' ? await numericGradients(request) : encode(await runPipeline(request.calls));
    assertBuiltinsUnchanged();
    return { id: request.id, nonce: request.nonce, type: 'returned', value, mutations: [], output: captured, ms: ms() };
  } catch (error) {
    return { id: request.id, nonce: request.nonce, type: 'threw', error: errorOf(error), output: captured, ms: ms() };
  }
}

async function runPipeline(calls: CallSpec[]): Promise<unknown> {
  const results: unknown[] = [];
  for (const call of calls) results.push((await invoke(call, results)).value);
  return results.at(-1);
}

/** The student's own cost moved entry by entry: (J(θ + ε) − J(θ − ε)) / 2ε per entry. */
async function numericGradients(request: Extract<Request, { type: 'numgrad' }>): Promise<Wire> {
  // the entry is moved in the request itself and put back after: the calls materialize fresh
  // arguments every time, so a copy of the whole request per evaluation is not needed
  const calls = request.calls as unknown as Wire;
  const costAt = async (paths: WirePath[], value: number): Promise<number> => {
    const before = paths.map((p) => valueAt(calls, p) as Wire);
    try {
      for (const p of paths) setAt(calls, p, value);
      const cost = await runPipeline(request.calls);
      if (typeof cost !== 'number') throw new TypeError(`the cost returned ${typeof cost}, not a number`);
      return cost;
    } finally {
      paths.forEach((p, i) => setAt(calls, p, before[i]));
    }
  };
  const out: Record<string, Wire> = {};
  for (const [tensor, entries] of Object.entries(request.slots)) {
    const gradient: Wire[] = [];
    for (const paths of entries) {
      const original = Number(valueAt(calls, paths[0]));
      const slope = ((await costAt(paths, original + request.eps)) - (await costAt(paths, original - request.eps))) / (2 * request.eps);
      gradient.push(encode(slope));
    }
    out[tensor] = gradient;
  }
  return out;
}

async function inspect(modules: string[]): Promise<Record<string, ModuleInfo>> {
  const out: Record<string, ModuleInfo> = {};
  for (const module of modules) {
    try {
      const exports: Record<string, string> = {};
      for (const [key, value] of Object.entries(await load(module))) exports[key] = typeof value;
      out[module] = { exports };
    } catch (error) {
      out[module] = { error: errorOf(error) };
    }
  }
  return out;
}

function mutationsOf(before: Wire[], after: unknown[]): Mutation[] {
  const mutations: Mutation[] = [];
  before.forEach((wire, arg) => {
    const where = firstDifference(wire, encode(after[arg]));
    if (where !== undefined) mutations.push({ arg, path: where });
  });
  return mutations;
}

// each compiled ES module calls this after its top level (engine/link.ts), CommonJS ones are checked below
Object.defineProperty(globalThis, LOADED_HOOK, { value: assertBuiltinsUnchanged, writable: false, configurable: false, enumerable: false });
type JsLoader = (module: unknown, filename: string) => void;
const loaders = (Module as unknown as { _extensions: Record<string, JsLoader> })._extensions;
const loadJs = loaders['.js'];
loaders['.js'] = (module, filename) => {
  loadJs(module, filename);
  if (filename.startsWith(root + path.sep)) assertBuiltinsUnchanged();
};

/** Which request's code (its call, or a timer or promise it started) is running: async context follows callbacks. */
const owner = new AsyncLocalStorage<number>();
/** The request being handled, with its start, until its reply is sent. */
let active: { request: Request; start: number } | undefined;

let buffer = '';
let queue = Promise.resolve();
channel.setEncoding('utf8');
channel.on('data', (chunk: string) => {
  buffer += chunk;
  let newline: number;
  while ((newline = buffer.indexOf('\n')) >= 0) {
    const line = buffer.slice(0, newline);
    buffer = buffer.slice(newline + 1);
    const request = JSON.parse(line) as Request;
    queue = queue.then(async () => {
      active = { request, start: performance.now() };
      const response = await owner.run(request.id, () => handle(request));
      active = undefined;
      send(response);
    });
  }
});
channel.on('end', () => exitProcess(0));
// An error thrown outside any call's own code path (a timer, an unhandled rejection) ends the
// process; node's own report of it is unreadable under frozen intrinsics, so the runner says what
// it was. It fails the call in progress only when that call started what threw; otherwise no call
// is blamed: the grader replays what was queued on a fresh process (CRASHED_AFTER_CALLS).
process.on('uncaughtException', (error) => {
  const { name, message } = errorOf(error);
  if (active && owner.getStore() === active.request.id) {
    const { request, start } = active;
    const thrown = { name, message: `${message} (thrown in a timer or a promise this call started, outside its own code path)` };
    send({ id: request.id, nonce: request.nonce, type: 'threw', error: thrown, output: captured, ms: performance.now() - start });
    exitProcess(CRASHED_IN_CALL);
  }
  writeAll(2, `\n${name}: ${message}\n`);
  exitProcess(CRASHED_AFTER_CALLS);
});
// said before any student code is loaded: a process that dies before this line was never started
writeAll(REPLIES_FD, READY_LINE);
