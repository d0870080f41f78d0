// The student process: loads compiled student modules, calls steps on data, sends back data.
// It is the only place student code runs. Bundled to dist/child.cjs.
import { createRequire } from 'node:module';
import { Socket } from 'node:net';
import path from 'node:path';
import { randnStream } from '../random.js';
import { encode, type Wire } from '../model/wire.js';
import type { CallSpec, ModuleInfo, Mutation, Request, Response, WireError } from './protocol.js';
import { MAX_OUTPUT_BYTES } from './protocol.js';
import { firstDifference } from './diff.js';

const root = path.resolve(process.argv[2] ?? '.');
const requireHere = createRequire(path.join(root, 'index.js'));
const { Matrix } = requireHere('ml-matrix') as typeof import('ml-matrix');
const channel = new Socket({ fd: 3, readable: true, writable: true });
const moduleCache = new Map<string, { value?: Record<string, unknown>; error?: unknown }>();

let captured = '';
function capture(chunk: unknown): boolean {
  if (captured.length < MAX_OUTPUT_BYTES) captured += String(chunk).slice(0, MAX_OUTPUT_BYTES - captured.length);
  return true;
}
process.stdout.write = capture as typeof process.stdout.write;
process.stderr.write = capture as typeof process.stderr.write;

function send(response: Response): void {
  channel.write(JSON.stringify(response) + '\n');
}

function errorOf(e: unknown): WireError {
  if (e instanceof Error) return { name: String(e.name), message: String(e.message), stack: String(e.stack ?? '').slice(0, 4000) };
  return { name: 'Thrown', message: `threw a non-Error value: ${String(e).slice(0, 200)}` };
}

function load(module: string): Record<string, unknown> {
  let entry = moduleCache.get(module);
  if (!entry) {
    try {
      entry = { value: requireHere(path.join(root, module)) as Record<string, unknown> };
    } catch (error) {
      entry = { error };
    }
    moduleCache.set(module, entry);
  }
  if (entry.error !== undefined) throw entry.error;
  return entry.value ?? {};
}

function materialize(w: Wire, results: unknown[]): unknown {
  if (typeof w !== 'object' || w === null) return w;
  if (Array.isArray(w)) return w.map((x) => materialize(x, results));
  if ('$m' in w) return new Matrix((w.$m as Wire[][]).map((row) => row.map((x) => materialize(x, results) as number)));
  if ('$num' in w) return Number(w.$num);
  if ('$randn' in w) return randnStream(Number(w.$randn));
  if ('$undefined' in w) return undefined;
  if ('$ref' in w) {
    const [index, ...keys] = w.$ref as (string | number)[];
    return keys.reduce<unknown>((v, k) => (v as Record<string | number, unknown>)[k], results[Number(index)]);
  }
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(w)) out[key] = materialize((w as Record<string, Wire>)[key], results);
  return out;
}

async function invoke(call: CallSpec, results: unknown[]): Promise<{ args: unknown[]; value: unknown }> {
  const fn = load(call.module)[call.name];
  if (typeof fn !== 'function') throw Object.assign(new TypeError(`${call.name} is not a function`), { name: 'NotAFunction' });
  const args = call.args.map((a) => materialize(a, results));
  const value = await (fn as (...a: unknown[]) => unknown)(...args);
  return { args, value };
}

async function handle(request: Request): Promise<Response> {
  const start = performance.now();
  captured = '';
  const ms = (): number => performance.now() - start;
  try {
    if (request.type === 'inspect') return { id: request.id, type: 'inspected', modules: inspect(request.modules) };
    if (request.type === 'call') {
      const before = request.checkMutation ? request.call.args : [];
      const { args, value } = await invoke(request.call, []);
      const mutations = request.checkMutation ? mutationsOf(before, args) : [];
      return { id: request.id, type: 'returned', value: encode(value), mutations, output: captured, ms: ms() };
    }
    const results: unknown[] = [];
    for (const call of request.calls) results.push((await invoke(call, results)).value);
    return { id: request.id, type: 'returned', value: encode(results.at(-1)), mutations: [], output: captured, ms: ms() };
  } catch (error) {
    return { id: request.id, type: 'threw', error: errorOf(error), output: captured, ms: ms() };
  }
}

function inspect(modules: string[]): Record<string, ModuleInfo> {
  const out: Record<string, ModuleInfo> = {};
  for (const module of modules) {
    try {
      const exports: Record<string, string> = {};
      for (const [key, value] of Object.entries(load(module))) exports[key] = typeof value;
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
    queue = queue.then(async () => send(await handle(request)));
  }
});
channel.on('end', () => process.exit(0));
