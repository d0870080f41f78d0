import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);

// grader/engine/grade-submission.ts
import { statSync as statSync2 } from "node:fs";
import path8 from "node:path";

// grader/model/results.ts
var SCHEMA_VERSION = 1;

// grader/runner/client.ts
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";

// grader/runner/channel.ts
import { createRequire } from "node:module";
import path2 from "node:path";

// grader/paths.ts
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import path from "node:path";
function packageRoot() {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  while (!existsSync(path.join(dir, "package.json"))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error("mlgrade: cannot find its package.json");
    dir = parent;
  }
  return dir;
}
var childEntry = () => path.join(packageRoot(), "dist", "child.cjs");
var npHelperEntry = () => path.join(packageRoot(), "dist", "np.cjs");

// grader/runner/protocol.ts
var MAX_RESPONSE_BYTES = 8 * 1024 * 1024;
var REQUESTS_FD = 3;
var REPLIES_FD = 4;

// grader/runner/sanitize.ts
var CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/g;
function escapeControl(text) {
  const escaped = text.replace(CONTROL, (c) => {
    if (c === "\r") return "\\r";
    const code = c.charCodeAt(0);
    return code <= 255 ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u${code.toString(16).padStart(4, "0")}`;
  });
  return escaped.replace(/^(\s*)::/gm, "$1:\u200B:");
}
var escapeLine = (text) => escapeControl(text).replace(/\n/g, "\\n");
var MAX_DEPTH = 64;
var MAX_NODES = 2e6;
function walk(root, visit) {
  let nodes = 0;
  const stack = [[root, 0]];
  while (stack.length > 0) {
    const [value, depth] = stack.pop();
    if (++nodes > MAX_NODES) return `more than ${MAX_NODES} values`;
    if (depth > MAX_DEPTH) return `nested deeper than ${MAX_DEPTH} levels`;
    const problem2 = visit(value, depth);
    if (problem2) return problem2;
    if (value === null || typeof value !== "object") continue;
    const children = Array.isArray(value) ? value : Object.values(value);
    for (const child of children) if (child !== null && typeof child === "object") stack.push([child, depth + 1]);
    else if (typeof child === "number" && !Number.isFinite(child)) return "a number out of range";
  }
  return void 0;
}
function shapeProblem(root) {
  return walk(root, (value) => {
    if (typeof value === "number" && !Number.isFinite(value)) return "a number out of range";
    const rows = value?.$m;
    if (Array.isArray(rows) && !rectangular(rows)) return "a matrix whose rows differ in length";
    return void 0;
  });
}
function escapeStrings(root) {
  walk(root, (value) => {
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) if (typeof value[i] === "string") value[i] = escapeControl(value[i]);
    } else if (value !== null && typeof value === "object") {
      const object = value;
      for (const key of Object.keys(object)) {
        const child = typeof object[key] === "string" ? escapeControl(object[key]) : object[key];
        const safeKey = escapeLine(key);
        if (safeKey !== key) delete object[key];
        object[safeKey] = child;
      }
    }
    return void 0;
  });
}
function rectangular(rows) {
  const width = Array.isArray(rows[0]) ? rows[0].length : 0;
  return rows.every((row) => Array.isArray(row) && row.length === width);
}

// grader/runner/channel.ts
var validator;
function validate(data) {
  validator ??= createRequire(import.meta.url)(path2.join(packageRoot(), "dist", "channel-validate.cjs"));
  if (validator(data)) return void 0;
  const first = validator.errors?.[0];
  return first ? `${first.instancePath || "the reply"} ${first.message ?? "is invalid"}` : "it does not fit the channel schema";
}
function parseLine(line) {
  try {
    return JSON.parse(line);
  } catch {
    return void 0;
  }
}
function addressOf(data) {
  if (data === null || typeof data !== "object" || Array.isArray(data)) return {};
  const { id, nonce, type } = data;
  return { id, nonce, type };
}
function checkReply(data) {
  const shape2 = shapeProblem(data);
  if (shape2) return { problem: shape2 };
  let invalid;
  try {
    invalid = validate(data);
  } catch (error) {
    invalid = `it could not be checked (${error.name})`;
  }
  if (invalid) return { problem: invalid };
  escapeStrings(data);
  return { reply: data };
}
var LineReader = class {
  constructor(onLine, onOverflow) {
    this.onLine = onLine;
    this.onOverflow = onOverflow;
  }
  onLine;
  onOverflow;
  /** The current line so far, in pieces: appending to one long string would copy it on every chunk. */
  parts = [];
  partsLength = 0;
  sinceReply = 0;
  closed = false;
  push(chunk) {
    if (this.closed) return;
    this.sinceReply += chunk.length;
    let start = 0;
    let newline;
    while ((newline = chunk.indexOf("\n", start)) >= 0) {
      const tail = chunk.slice(start, newline);
      const line = this.parts.length > 0 ? this.parts.join("") + tail : tail;
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
  overBudget(lineLength) {
    if (lineLength <= MAX_RESPONSE_BYTES && this.sinceReply <= 2 * MAX_RESPONSE_BYTES) return false;
    this.close();
    this.onOverflow(`the step sent back more than ${MAX_RESPONSE_BYTES} bytes`);
    return true;
  }
  /** The awaited reply arrived: the budget starts again. */
  replied() {
    this.sinceReply = this.partsLength;
  }
  close() {
    this.closed = true;
    this.parts = [];
    this.partsLength = 0;
  }
};

// grader/runner/client.ts
var MAX_STRAY_OUTPUT = 8192;
var MAX_STRAY_TOTAL = 1024 * 1024;
var START_LIMIT_MS = 15e3;
var StudentProcess = class {
  constructor(options) {
    this.options = options;
    this.launches = [...options.launches];
  }
  options;
  child;
  pending = [];
  nextId = 1;
  reader;
  /** Whether the current process has said it is ready. */
  ready = false;
  timer;
  strayBytes = 0;
  strayOutput = "";
  aborted;
  closed = false;
  launches;
  /** The layers of the launch that started; empty until one has. */
  layers = [];
  /** Starts the process now (it boots while the grader compiles), rather than at the first request. */
  start() {
    if (!this.closed && !this.aborted) this.ensureChild();
  }
  /**
   * Sends a request; resolves with its response, a timeout or a crash. Requests run in order.
   * When a request times out, the pending requests of its `group` are not run: they time out too.
   */
  send(request, limitMs, group) {
    if (this.aborted) return Promise.resolve(this.aborted);
    if (this.closed) return Promise.resolve({ type: "crashed", message: "the student process was already closed" });
    return new Promise((resolve) => {
      const full = { ...request, id: this.nextId++, nonce: randomBytes(8).toString("hex") };
      this.enqueue({ request: full, limitMs: Math.min(limitMs, this.options.maxCallMs ?? Infinity), group, resolve });
    });
  }
  close() {
    this.closed = true;
    this.kill();
  }
  /** Ends everything (the submission's time is up): every pending and later request gets `outcome`. */
  abort(outcome) {
    this.aborted = outcome;
    const pending = this.pending;
    this.pending = [];
    this.kill();
    for (const p of pending) p.resolve(outcome);
  }
  /**
   * Requests are pipelined (sent at once, answered in order): one at a time would cost a round trip
   * between the processes per request, ~400 of them for a whole submission.
   */
  enqueue(p) {
    this.pending.push(p);
    const channel = this.ensureChild().stdio[REQUESTS_FD];
    channel?.write(JSON.stringify(p.request) + "\n");
    if (this.pending.length === 1) this.armTimer();
  }
  ensureChild() {
    while (!this.child) {
      const launch = this.launches[0];
      try {
        const child = spawn(launch.file, launch.args, {
          stdio: ["ignore", "pipe", "pipe", "pipe", "pipe"],
          env: launch.env,
          cwd: launch.cwd,
          ...launch.uid !== void 0 ? { uid: launch.uid, gid: launch.gid } : {}
        });
        this.attach(child, launch);
        this.child = child;
        this.ready = false;
        this.strayOutput = "";
      } catch (error) {
        if (this.launches.length === 1 || this.layers.length > 0) throw error;
        this.options.launchFailed?.(launch);
        this.launches.shift();
      }
    }
    return this.child;
  }
  attach(child, launch) {
    for (const stream of child.stdio) stream?.on("error", () => void 0);
    const reader = new LineReader((line) => this.onLine(child, launch, line), (why) => this.failHead({ type: "crashed", message: why }));
    this.reader = reader;
    const channel = child.stdio[REPLIES_FD];
    channel.setEncoding("utf8");
    channel.on("data", (chunk) => child === this.child && reader.push(chunk));
    for (const stream of [child.stdout, child.stderr]) stream?.on("data", (c) => child === this.child && this.keepStray(c));
    child.on("close", (code, signal) => this.onExit(child, launch, code, signal));
    child.on("error", (e) => this.onExit(child, launch, null, String(e.message)));
  }
  keepStray(chunk) {
    this.strayBytes += chunk.length;
    this.strayOutput = (this.strayOutput + chunk.toString("utf8")).slice(-MAX_STRAY_OUTPUT);
    if (this.strayBytes > MAX_STRAY_TOTAL) this.failHead({ type: "crashed", message: `the student process printed more than ${MAX_STRAY_TOTAL} bytes outside the step's captured output` });
  }
  onLine(child, launch, line) {
    if (child !== this.child) return;
    const data = parseLine(line);
    const { id, nonce, type } = addressOf(data);
    if (type === "ready" && id === 0) return this.onReady(data, launch);
    const head = this.pending[0];
    if (!head || id !== head.request.id || nonce !== head.request.nonce) return;
    const checked = checkReply(data);
    if ("problem" in checked) return this.failHead({ type: "crashed", message: `the student process sent back a malformed reply (${checked.problem})` });
    const reply = checked.reply;
    const mismatch = reply.type === "ready" ? "a second ready line" : replyMismatch(head.request, reply);
    if (mismatch || reply.type === "ready") return this.failHead({ type: "crashed", message: `the student process sent back a malformed reply (${mismatch})` });
    this.pending.shift();
    this.reader?.replied();
    head.resolve(reply);
    this.armTimer();
  }
  onReady(data, launch) {
    if (this.ready || "problem" in checkReply(data)) return;
    this.layers = launch.layers;
    this.launches = [launch];
    this.ready = true;
    this.armTimer();
  }
  armTimer() {
    clearTimeout(this.timer);
    const head = this.pending[0];
    if (!head) return;
    const [limitMs, outcome] = this.ready ? [head.limitMs, { type: "timeout", limitMs: head.limitMs }] : [START_LIMIT_MS, { type: "crashed", message: `the student process did not start within ${START_LIMIT_MS} ms` }];
    this.timer = setTimeout(() => setImmediate(() => this.pending[0] === head && this.failHead(outcome)), limitMs);
  }
  /** The head request failed: kill the process, answer it, and replay the rest on a fresh one. */
  failHead(outcome) {
    const [head, ...rest] = this.pending;
    this.pending = [];
    this.kill();
    head?.resolve(outcome);
    const sameGroup = (p) => outcome.type === "timeout" && head?.group !== void 0 && p.group === head.group;
    for (const p of rest) {
      if (sameGroup(p)) p.resolve({ type: "timeout", limitMs: p.limitMs });
      else if (this.closed || this.aborted) p.resolve(this.aborted ?? { type: "crashed", message: "the student process was closed" });
      else this.enqueue(p);
    }
  }
  onExit(child, launch, code, signal) {
    if (child !== this.child) return;
    const tail = crashSummary(this.strayOutput);
    this.child = void 0;
    this.reader?.close();
    if (this.layers.length === 0 && this.launches.length > 1 && !this.closed) return this.fallBack(launch);
    const why = signal ? `was killed (${signal})` : `exited with code ${code}`;
    if (this.pending.length > 0) this.failHead({ type: "crashed", message: `the student process ${why}${tail ? `: ${tail}` : ""}` });
  }
  /** The launch died before its runner was ready (a layer that does not work here): try the next one. */
  fallBack(launch) {
    this.options.launchFailed?.(launch);
    this.launches = this.launches.filter((l) => l !== launch);
    this.strayOutput = "";
    this.strayBytes = 0;
    this.options.afterKill?.();
    const pending = this.pending;
    this.pending = [];
    if (pending.length === 0) this.ensureChild();
    for (const p of pending) this.enqueue(p);
  }
  kill() {
    clearTimeout(this.timer);
    const child = this.child;
    this.child = void 0;
    this.reader?.close();
    this.strayBytes = 0;
    if (!child) return;
    child.kill("SIGKILL");
    if (!this.closed) this.options.afterKill?.();
  }
};
function replyMismatch(request, reply) {
  if (request.type === "inspect") {
    if (reply.type !== "inspected") return `a ${reply.type} reply to an inspection`;
    const missing = request.modules.find((m) => !Object.hasOwn(reply.modules, m));
    return missing ? `no word on ${missing}` : void 0;
  }
  return reply.type === "inspected" ? "an inspection reply to a call" : void 0;
}
function crashSummary(stray) {
  const lines = stray.split("\n").map((l) => l.trim()).filter(Boolean);
  const why = lines.find((l) => /FATAL ERROR|out of memory/i.test(l)) ?? [...lines].reverse().find((l) => /^[\w.]*(Error|Exception)\b[^:]*:/.test(l));
  return escapeControl((why ?? lines.slice(-3).join(" | ")).slice(0, 500));
}

// grader/sandbox/index.ts
import { rmSync } from "node:fs";

// grader/sandbox/os-tools.ts
import { lstatSync, readlinkSync, realpathSync, statSync } from "node:fs";
import path3 from "node:path";

// grader/sandbox/types.ts
var NODE_LAYERS = ["node-permissions", "frozen-intrinsics", "heap-cap", "empty-env", "time-limits"];
var DEFAULT_HEAP_MB = 256;
var DATA_LIMIT_BYTES = 1024 * 1024 * 1024;
var PROCESS_LIMIT = 64;
var OPEN_FILES_LIMIT = 64;

// grader/sandbox/os-tools.ts
var found = /* @__PURE__ */ new Map();
function which(name) {
  if (found.has(name)) return found.get(name);
  let hit;
  if (process.platform === "linux") {
    for (const dir of (process.env.PATH ?? "/usr/bin:/bin").split(":")) {
      const file = path3.join(dir || ".", name);
      try {
        if (statSync(file).isFile()) {
          hit = path3.resolve(file);
          break;
        }
      } catch {
      }
    }
  }
  found.set(name, hit);
  return hit;
}
function prlimitArgs(options) {
  return [
    `--data=${DATA_LIMIT_BYTES}`,
    // SIGXCPU at the soft limit, SIGKILL one second later
    `--cpu=${options.cpuSeconds}:${options.cpuSeconds + 1}`,
    "--fsize=0",
    `--nofile=${OPEN_FILES_LIMIT}`,
    "--core=0",
    ...options.limitProcesses ? [`--nproc=${PROCESS_LIMIT}`] : [],
    "--"
  ];
}
function bwrapArgs(root, nodeBinary2) {
  const args = ["--unshare-all", "--die-with-parent", "--new-session", "--hostname", "sandbox", "--proc", "/proc", "--dev", "/dev", "--ro-bind", "/usr", "/usr"];
  for (const dir of ["/lib", "/lib64", "/lib32", "/libx32", "/bin"]) args.push(...mirror(dir));
  if (!nodeBinary2.startsWith("/usr/")) args.push("--ro-bind", nodeBinary2, nodeBinary2);
  args.push("--ro-bind", root, root, "--chdir", root, "--");
  return args;
}
function mirror(dir) {
  try {
    const stats = lstatSync(dir);
    if (stats.isSymbolicLink()) return ["--symlink", readlinkSync(dir), dir];
    if (stats.isDirectory()) return ["--ro-bind", dir, dir];
  } catch {
  }
  return [];
}
var nodeBinary = () => realpathSync(process.execPath);

// grader/sandbox/node-flags.ts
function permissionFlag(version = process.versions.node) {
  const [major, minor] = version.split(".").map(Number);
  const stable = major > 23 || major === 23 && minor >= 5 || major === 22 && minor >= 13;
  return stable ? "--permission" : "--experimental-permission";
}
function nodeFlags(root, heapMb) {
  return [
    permissionFlag(),
    `--allow-fs-read=${root}`,
    "--no-addons",
    "--frozen-intrinsics",
    `--max-old-space-size=${heapMb}`,
    "--stack-size=2000",
    // students' stack traces point at their .ts lines (the compiled files carry inline maps)
    "--enable-source-maps",
    // the permission and frozen-intrinsics warnings would crowd out a crash's own message
    "--disable-warning=ExperimentalWarning"
  ];
}

// grader/sandbox/launch.ts
var failed = /* @__PURE__ */ new Set();
var signature = (layers) => [...layers].sort().join("+");
function markLaunchFailed(launch) {
  failed.add(signature(launch.layers.filter((l) => !NODE_LAYERS.includes(l))));
}
function launchCandidates(ctx) {
  const available = [];
  if (which("prlimit")) available.push("rlimits");
  if (ctx.uid !== void 0) available.push("dedicated-uid", "process-sweep");
  if (which("bwrap")) available.push("namespaces");
  const wanted = available.filter((l) => !ctx.without.includes(l));
  const drops = [[], ["namespaces"], ["namespaces", "dedicated-uid", "process-sweep"], ["namespaces", "dedicated-uid", "process-sweep", "rlimits"]];
  const seen = /* @__PURE__ */ new Set();
  const out = [];
  for (const drop of drops) {
    const layers = wanted.filter((l) => !drop.includes(l));
    const key = signature(layers);
    if (seen.has(key) || failed.has(key)) continue;
    seen.add(key);
    out.push(build(ctx, layers));
  }
  if (out.length === 0) out.push(build(ctx, []));
  return out;
}
function build(ctx, layers) {
  const node = nodeBinary();
  let command = [node, ...nodeFlags(ctx.root, ctx.heapMb), ctx.entry, ctx.root];
  if (layers.includes("namespaces")) command = [which("bwrap"), ...bwrapArgs(ctx.root, node), ...command];
  const withUid = layers.includes("dedicated-uid") && ctx.uid !== void 0;
  if (layers.includes("rlimits")) command = [which("prlimit"), ...prlimitArgs({ cpuSeconds: ctx.cpuSeconds, limitProcesses: withUid }), ...command];
  return {
    file: command[0],
    args: command.slice(1),
    ...withUid ? { uid: ctx.uid, gid: ctx.uid } : {},
    // nothing of the grader's environment (tokens, CI secrets) reaches student code
    env: { PATH: "/usr/local/bin:/usr/bin:/bin" },
    cwd: ctx.root,
    layers: [...NODE_LAYERS, ...layers]
  };
}

// grader/sandbox/uid.ts
import { readdirSync, readFileSync } from "node:fs";
import { createServer } from "node:net";
var UID_BASE = 47e3;
var UID_SLOTS = 1e3;
async function leaseUid() {
  if (process.platform !== "linux" || process.getuid?.() !== 0) return void 0;
  const taken = accountIds();
  const start = Math.floor(Math.random() * UID_SLOTS);
  for (let i = 0; i < UID_SLOTS; i++) {
    const uid = UID_BASE + (start + i) % UID_SLOTS;
    if (taken.has(uid)) continue;
    const server = await bindName(`\0mlgrade-uid-${uid}`);
    if (!server) continue;
    server.unref();
    sweepUid(uid);
    return { uid, gid: uid, release: () => void server.close() };
  }
  return void 0;
}
function bindName(name) {
  return new Promise((resolve) => {
    const server = createServer();
    server.once("error", () => resolve(void 0));
    server.listen({ path: name }, () => resolve(server));
  });
}
function accountIds() {
  const ids = /* @__PURE__ */ new Set();
  for (const file of ["/etc/passwd", "/etc/group"]) {
    let text = "";
    try {
      text = readFileSync(file, "utf8");
    } catch {
      continue;
    }
    for (const line of text.split("\n")) {
      const fields = line.split(":");
      ids.add(Number(fields[2]));
      if (file === "/etc/passwd") ids.add(Number(fields[3]));
    }
  }
  return ids;
}
function sweepUid(uid) {
  const signalled = /* @__PURE__ */ new Set();
  for (let round3 = 0; round3 < 5; round3++) {
    const fresh = processesOf(uid).filter((pid) => !signalled.has(pid));
    if (fresh.length === 0) break;
    for (const pid of fresh) {
      signalled.add(pid);
      try {
        process.kill(pid, "SIGKILL");
      } catch {
      }
    }
  }
  return signalled.size;
}
function processesOf(uid) {
  let entries;
  try {
    entries = readdirSync("/proc");
  } catch {
    return [];
  }
  const pids = [];
  for (const entry2 of entries) {
    if (!/^\d+$/.test(entry2)) continue;
    let status;
    try {
      status = readFileSync(`/proc/${entry2}/status`, "utf8");
    } catch {
      continue;
    }
    const realUid = /^Uid:\s+(\d+)/m.exec(status)?.[1];
    const zombie = /^State:\s+Z/m.test(status);
    if (Number(realUid) === uid && !zombie) pids.push(Number(entry2));
  }
  return pids;
}

// grader/sandbox/workspace.ts
import { chmodSync, chownSync, copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { createRequire as createRequire2 } from "node:module";
import os from "node:os";
import path4 from "node:path";
var mlMatrixEntry = () => createRequire2(import.meta.url).resolve("ml-matrix");
function createWorkspace(gid) {
  const root = mkdtempSync(path4.join(os.tmpdir(), "mlgrade-"));
  if (gid !== void 0) {
    chownSync(root, 0, gid);
    chmodSync(root, 488);
  }
  const modules = path4.join(root, "node_modules");
  const pkg = (name, file, manifest) => {
    mkdirSync(path4.join(modules, name), { recursive: true });
    copyFileSync(file, path4.join(modules, name, path4.basename(file)));
    writeFileSync(path4.join(modules, name, "package.json"), JSON.stringify(manifest));
  };
  pkg("ml-matrix", mlMatrixEntry(), { name: "ml-matrix", main: path4.basename(mlMatrixEntry()) });
  pkg("mlgrade", npHelperEntry(), { name: "mlgrade", exports: { "./np": "./np.cjs" } });
  pkg(".mlgrade-runner", childEntry(), { name: "mlgrade-runner", private: true });
  return { root, entry: path4.join(modules, ".mlgrade-runner", path4.basename(childEntry())) };
}

// grader/sandbox/index.ts
async function openSandbox(options) {
  const without = options.without ?? [];
  const lease = without.includes("dedicated-uid") ? void 0 : await leaseUid();
  let workspace;
  try {
    workspace = createWorkspace(lease?.gid);
  } catch (error) {
    lease?.release();
    throw error;
  }
  const { root, entry: entry2 } = workspace;
  const cpuSeconds = options.cpuSeconds ?? Math.ceil(2 * options.submissionLimitMs / 1e3) + 1;
  const launches = launchCandidates({ root, entry: entry2, heapMb: options.heapMb ?? DEFAULT_HEAP_MB, cpuSeconds, uid: lease?.uid, without });
  const sweep = () => void (lease && sweepUid(lease.uid));
  let closed = false;
  return {
    root,
    launches,
    ...options.maxCallMs !== void 0 ? { maxCallMs: options.maxCallMs } : {},
    launchFailed: markLaunchFailed,
    sweep,
    close() {
      if (closed) return;
      closed = true;
      sweep();
      lease?.release();
      rmSync(root, { recursive: true, force: true });
    }
  };
}

// grader/engine/compile.ts
import { mkdirSync as mkdirSync2, writeFileSync as writeFileSync2 } from "node:fs";
import { createRequire as createRequire3 } from "node:module";
import path6 from "node:path";

// grader/engine/intake.ts
import { closeSync, constants, fstatSync, lstatSync as lstatSync2, openSync, readdirSync as readdirSync2, readSync } from "node:fs";
import path5 from "node:path";

// grader/engine/errors.ts
var OWN_FRAME = /(?:\(|at )(?!node:)([\w.-]+\/[^\s():]+\.(?:ts|mts|cts|js|mjs|cjs)):(\d+):(\d+)\)?\s*$/;
function studentError(e, compiledRoot) {
  const prefix = compiledRoot.endsWith("/") ? compiledRoot : compiledRoot + "/";
  const stack = (e.stack ?? "").split(prefix).join("").replace(/file:\/\//g, "");
  const frame = stack.split("\n").slice(1).map((line) => OWN_FRAME.exec(line)).find((m) => m !== null);
  const ownStack = stack.split("\n").filter((line, i) => i === 0 || !/node:internal|dist\/child\.cjs|node_modules/.test(line)).slice(0, 8).join("\n");
  return {
    name: e.name,
    message: e.message.split(prefix).join(""),
    ...frame ? { file: frame[1], line: Number(frame[2]), column: Number(frame[3]) } : {},
    stack: ownStack
  };
}
function errorLine(e) {
  const where2 = e.file && e.line ? ` (${e.file}:${e.line}:${e.column ?? 0})` : "";
  const text = e.message.includes(e.file ?? "\0") ? e.message : `${e.message}${where2}`;
  return `${e.name}: ${text}`;
}
var UsageError = class extends Error {
  name = "UsageError";
};
var NOT_IMPLEMENTED = "not implemented yet";

// grader/engine/intake.ts
var SOURCE_EXTENSIONS = [".ts", ".mts", ".cts", ".js", ".mjs", ".cjs"];
var MAX_FILE_BYTES = 1024 * 1024;
var MAX_TOTAL_BYTES = 16 * 1024 * 1024;
var MAX_FILES = 1e3;
var MAX_DEPTH2 = 3;
function kebab(step) {
  return step.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}
function candidateNames(step) {
  const bases = [.../* @__PURE__ */ new Set([step, kebab(step)])];
  return bases.flatMap((base) => SOURCE_EXTENSIONS.map((ext) => base + ext));
}
var isSource = (name) => SOURCE_EXTENSIONS.some((ext) => name.endsWith(ext)) && !name.endsWith(".d.ts");
function readSubmission(dir, exerciseIds) {
  const budget = { files: 0, bytes: 0 };
  const exercises = exerciseIds.map((id) => ({ id, files: readExercise(dir, id, budget) }));
  if (budget.files === 0) {
    throw new UsageError(`no student files in ${dir}: expected exercise folders (${exerciseIds.map((id) => `${id}/`).join(", ")}) holding one .ts or .js file per step, laid out like exercises/`);
  }
  return exercises;
}
function readExercise(dir, id, budget) {
  const folder = path5.join(dir, id);
  let stats;
  try {
    stats = lstatSync2(folder);
  } catch {
    return [];
  }
  if (stats.isSymbolicLink()) throw new UsageError(`${folder} is a symbolic link: submit the folder itself (links are not followed)`);
  if (!stats.isDirectory()) return [];
  const files = [];
  for (const name of listNames(folder)) {
    const file = readSource(path5.join(folder, name), `${id}/${name}`);
    files.push({ name, ...file });
    budget.files++;
    budget.bytes += "text" in file ? file.text.length : 0;
    if (budget.files > MAX_FILES) throw new UsageError(`${dir} holds more than ${MAX_FILES} source files: is it really a submission?`);
    if (budget.bytes > MAX_TOTAL_BYTES) throw new UsageError(`the source files in ${dir} add up to more than ${MAX_TOTAL_BYTES >> 20} MB: is it really a submission?`);
  }
  return files;
}
function listNames(dir, depth = 0) {
  let entries;
  try {
    entries = readdirSync2(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  const out = [];
  for (const entry2 of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    if (entry2.name.startsWith(".") || entry2.name === "node_modules") continue;
    if (entry2.isDirectory()) {
      if (depth < MAX_DEPTH2) out.push(...listNames(path5.join(dir, entry2.name), depth + 1).map((f) => path5.join(entry2.name, f)));
    } else if (isSource(entry2.name)) {
      out.push(entry2.name);
    }
  }
  return out;
}
function readSource(file, label) {
  const stats = lstatSync2(file);
  if (stats.isSymbolicLink()) return { rejected: `${label} is a symbolic link: submit the file itself (links are not followed)` };
  if (!stats.isFile()) throw new UsageError(`${label} is not a regular file (${kind(stats)}): a step file must be plain text`);
  const fd = openSync(file, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  try {
    const opened = fstatSync(fd);
    if (!opened.isFile()) throw new UsageError(`${label} is not a regular file (${kind(opened)}): a step file must be plain text`);
    if (opened.nlink > 1) return { rejected: `${label} has other hard links: submit a copy of the file itself (links are not followed)` };
    if (opened.size > MAX_FILE_BYTES) throw new UsageError(`${label} is ${megabytes(opened.size)}; a step file may be at most ${megabytes(MAX_FILE_BYTES)}`);
    const bytes = Buffer.alloc(opened.size);
    const read = opened.size > 0 ? readSync(fd, bytes, 0, opened.size, 0) : 0;
    return { text: decodeText(bytes.subarray(0, read), label) };
  } finally {
    closeSync(fd);
  }
}
function decodeText(bytes, label) {
  let text;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new UsageError(`${label} is not UTF-8 text (binary data?): a step file must be TypeScript or JavaScript source`);
  }
  if (text.includes("\0")) throw new UsageError(`${label} contains NUL bytes (binary data?): a step file must be TypeScript or JavaScript source`);
  return text;
}
var megabytes = (bytes) => `${(bytes / (1024 * 1024)).toFixed(bytes < 1024 * 1024 ? 2 : 1)} MB`;
function kind(stats) {
  if (stats.isFIFO()) return "a FIFO";
  if (stats.isSocket()) return "a socket";
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return "a device";
  if (stats.isDirectory()) return "a folder";
  return "not a file";
}
function locateStep(sources, step) {
  const names = candidateNames(step);
  const file = names.find((n) => sources.includes(n));
  const index = ["index.ts", "index.mts", "index.js", "index.mjs", "index.cjs"].find((n) => sources.includes(n));
  return { file, index, lookedFor: [...names.slice(0, 1), kebab(step) + ".ts", "index.ts"] };
}
function compiledName(source) {
  return source.replace(/\.(ts|mts|cts|js|mjs|cjs)$/, ".js");
}

// grader/engine/compile.ts
var esbuild;
var loadEsbuild = () => esbuild ??= createRequire3(import.meta.url)("esbuild");
function compileSubmission(read, root) {
  const exercises = /* @__PURE__ */ new Map();
  for (const exercise of read) exercises.set(exercise.id, compileExercise(exercise, root));
  return { root, exercises };
}
function compileExercise(exercise, root) {
  const { id } = exercise;
  const byName = new Map(preferTypeScript(exercise.files.map((f) => f.name)).map((name) => [name, exercise.files.find((f) => f.name === name)]));
  const sources = [...byName.keys()];
  const errors = /* @__PURE__ */ new Map();
  const imports = /* @__PURE__ */ new Map();
  for (const [source, file] of byName) {
    const out = path6.join(root, id, compiledName(source));
    mkdirSync2(path6.dirname(out), { recursive: true });
    const label = `${id}/${source}`;
    const result = !file || "rejected" in file ? { error: { name: "RejectedFile", message: file && "rejected" in file ? file.rejected : label, file: label } } : compileFile(file.text, source, label);
    if ("error" in result) {
      errors.set(source, result.error);
      writeFileSync2(out, throwingModule(result.error));
    } else {
      writeFileSync2(out, result.code);
      imports.set(source, relativeImports(result.code, source, sources));
    }
  }
  return { id, sources, errors, imports };
}
function compileFile(source, file, label) {
  const { transformSync } = loadEsbuild();
  const ts = /\.(ts|mts|cts)$/.test(file);
  try {
    const { code } = transformSync(source, { loader: ts ? "ts" : "js", format: "cjs", target: "node20", sourcemap: "inline", sourcefile: path6.basename(file), platform: "node" });
    return { code: code.replace(/require\("(\.{1,2}\/[^"]*?)\.(?:ts|mts|cts|mjs|cjs)"\)/g, 'require("$1.js")') };
  } catch (e) {
    return { error: compileError(e, label) };
  }
}
function compileError(e, label) {
  const first = e.errors?.[0];
  if (!first) return { name: "CompileError", message: `${label}: ${e instanceof Error ? e.message : String(e)}`, file: label };
  const loc = first.location;
  const where2 = loc ? `${label}:${loc.line}:${loc.column + 1}` : label;
  return { name: "SyntaxError", message: `${where2}: ${first.text}`, file: label, line: loc?.line, column: loc ? loc.column + 1 : void 0 };
}
function throwingModule(error) {
  return `const e = new SyntaxError(${JSON.stringify(error.message)}); e.stack = e.name + ': ' + e.message; throw e;
`;
}
function preferTypeScript(sources) {
  const rank = (s5) => [".ts", ".mts", ".cts", ".js", ".mjs", ".cjs"].findIndex((e) => s5.endsWith(e));
  const byCompiled = /* @__PURE__ */ new Map();
  for (const s5 of sources) {
    const key = compiledName(s5);
    const seen = byCompiled.get(key);
    if (seen === void 0 || rank(s5) < rank(seen)) byCompiled.set(key, s5);
  }
  return [...byCompiled.values()];
}
function relativeImports(code, source, sources) {
  const found2 = [];
  for (const [, spec] of code.matchAll(/require\("(\.{1,2}\/[^"]*)"\)/g)) {
    const target = path6.normalize(path6.join(path6.dirname(source), spec)).replace(/\.js$/, "");
    const hit = sources.find((s5) => compiledName(s5).replace(/\.js$/, "") === target || compiledName(s5) === path6.join(target, "index.js"));
    if (hit) found2.push(hit);
  }
  return found2;
}

// grader/model/wire.ts
var RandnArg = class {
  constructor(seed) {
    this.seed = seed;
  }
  seed;
};
var ResultRef = class {
  constructor(index, path9 = []) {
    this.index = index;
    this.path = path9;
  }
  index;
  path;
};
function encodeNumber(x) {
  if (Number.isFinite(x)) return x;
  return { $num: Number.isNaN(x) ? "NaN" : x > 0 ? "Infinity" : "-Infinity" };
}
function isMatrixLike(x) {
  const m = x;
  return typeof m.rows === "number" && typeof m.columns === "number" && typeof m.to2DArray === "function";
}
var MAX_DEPTH3 = 12;
function encode(x, depth = 0) {
  if (depth > MAX_DEPTH3) return { $other: "nesting too deep" };
  switch (typeof x) {
    case "number":
      return encodeNumber(x);
    case "string":
    case "boolean":
      return x;
    case "undefined":
      return { $undefined: true };
    case "object":
      return x === null ? null : encodeObject(x, depth);
    default:
      return { $other: typeof x };
  }
}
function encodeObject(x, depth) {
  if (x instanceof RandnArg) return { $randn: x.seed };
  if (x instanceof ResultRef) return { $ref: [x.index, ...x.path] };
  if (isMatrixLike(x)) return { $m: x.to2DArray().map((row) => row.map((v) => encodeNumber(Number(v)))) };
  if (Array.isArray(x)) return x.map((item) => encode(item, depth + 1));
  const out = {};
  for (const key of Object.keys(x)) out[key] = encode(x[key], depth + 1);
  return out;
}
function decodeNumber(w) {
  if (typeof w === "number") return w;
  if (w !== null && typeof w === "object" && "$num" in w) return Number(w.$num);
  return void 0;
}

// grader/compare/value.ts
function decode(w) {
  const n = decodeNumber(w);
  if (n !== void 0) return { kind: "number", value: n };
  if (w === null) return { kind: "other", type: "null", text: "null" };
  if (typeof w === "string") return { kind: "other", type: "string", text: JSON.stringify(w.slice(0, 60)) };
  if (typeof w !== "object") return { kind: "other", type: typeof w, text: String(w) };
  if (Array.isArray(w)) return decodeArray(w);
  if ("$m" in w && Array.isArray(w.$m)) return matrixOf(w.$m, "Matrix");
  if ("$undefined" in w) return { kind: "other", type: "undefined", text: "undefined" };
  if ("$other" in w) return { kind: "other", type: String(w.$other), text: String(w.$other) };
  const entries = /* @__PURE__ */ Object.create(null);
  for (const key of Object.keys(w)) entries[key] = decode(w[key]);
  return { kind: "object", entries };
}
function decodeArray(items) {
  const isRow = (row) => Array.isArray(row) && row.length > 0 && row.every((x) => decodeNumber(x) !== void 0);
  const rectangular2 = items.length > 0 && items.every(isRow) && items.every((r2) => r2.length === items[0].length);
  if (rectangular2) return matrixOf(items, "number[][]");
  return { kind: "list", items: items.map(decode) };
}
function matrixOf(rows, from) {
  const data = rows.map((row) => row.map((x) => decodeNumber(x) ?? Number.NaN));
  return { kind: "matrix", rows: data.length, cols: data[0]?.length ?? 0, data, from };
}
function describe(v) {
  switch (v.kind) {
    case "number":
      return `a number (${v.value})`;
    case "matrix":
      return `a (${v.rows}, ${v.cols}) ${v.from === "Matrix" ? "Matrix" : "number[][]"}`;
    case "list":
      return `a list of ${v.items.length}`;
    case "object":
      return `an object with keys { ${Object.keys(v.entries).join(", ")} }`;
    case "other":
      return v.type === "undefined" || v.type === "null" ? v.type : `a ${v.type} (${v.text})`;
  }
}

// grader/compare/allclose.ts
var DEFAULT_TOLERANCE = { rtol: 1e-5, atol: 1e-8 };
var MAX_POSITIONS = 10;
function isClose(received, expected, tol) {
  if (Number.isNaN(expected)) return Number.isNaN(received);
  if (!Number.isFinite(expected)) return received === expected;
  return Math.abs(received - expected) <= tol.atol + tol.rtol * Math.abs(expected);
}
function compareValues(expected, received, tol) {
  const stats = { maxAbsError: 0, maxRelError: 0, wrongCount: 0, total: 0, firstPositions: [], ...tol };
  expected.forEach((row, r2) => row.forEach((e, c) => {
    const x = received[r2][c];
    const abs2 = Math.abs(x - e);
    stats.total += 1;
    if (Number.isFinite(abs2)) {
      stats.maxAbsError = Math.max(stats.maxAbsError, abs2);
      stats.maxRelError = Math.max(stats.maxRelError, abs2 / Math.max(Math.abs(e), 1e-12));
    }
    if (!isClose(x, e, tol)) {
      stats.wrongCount += 1;
      if (stats.firstPositions.length < MAX_POSITIONS) stats.firstPositions.push([r2, c]);
    }
  }));
  return stats;
}

// grader/compare/funnel.ts
var MAX_SHOWN_ENTRIES = 400;
function compare(expected, received, ctx, path9 = "") {
  const name = nameOf(path9, ctx);
  if (expected.kind === "matrix") return compareMatrix(expected, received, ctx, path9);
  if (expected.kind === "number") {
    if (received.kind !== "number") return [typeProblem(path9, `${name} must be a number; yours is ${describe(received)}`)];
    return compareMatrix(asMatrix(expected.value), asMatrix(received.value), ctx, path9);
  }
  if (expected.kind === "object") return compareObject(expected, received, ctx, path9);
  if (expected.kind === "list") return compareList(expected, received, ctx, path9);
  if (received.kind !== "other" || received.type !== expected.type || received.text !== expected.text) {
    return [typeProblem(path9, `${name} must be ${describe(expected)}; yours is ${describe(received)}`)];
  }
  return [];
}
function compareObject(expected, received, ctx, path9) {
  if (received.kind !== "object") {
    return [typeProblem(path9, `${nameOf(path9, ctx)} must be an object with keys { ${Object.keys(expected.entries).join(", ")} }; yours is ${describe(received)}`)];
  }
  const missing = Object.keys(expected.entries).filter((k) => !Object.hasOwn(received.entries, k));
  const problems = [];
  if (missing.length > 0) {
    const extra = Object.keys(received.entries).filter((k) => !Object.hasOwn(expected.entries, k));
    const also = extra.length > 0 ? ` (it has ${extra.join(", ")} instead)` : "";
    problems.push({ path: path9, check: "keys", message: `${nameOf(path9, ctx)} is missing ${missing.join(", ")}${also}` });
  }
  for (const key of Object.keys(expected.entries)) {
    if (!Object.hasOwn(received.entries, key)) continue;
    problems.push(...compare(expected.entries[key], received.entries[key], ctx, join(path9, key)));
  }
  return problems;
}
function compareList(expected, received, ctx, path9) {
  const name = nameOf(path9, ctx);
  if (received.kind === "matrix" && received.rows === expected.items.length) {
    received = { kind: "list", items: received.data.map((row) => ({ kind: "matrix", rows: 1, cols: row.length, data: [row], from: "number[][]" })) };
  }
  if (received.kind !== "list") return [typeProblem(path9, `${name} must be a list of ${expected.items.length}; yours is ${describe(received)}`)];
  if (received.items.length !== expected.items.length) {
    return [{ path: path9, check: "shape", message: `${name} must have ${expected.items.length} entries; yours has ${received.items.length}` }];
  }
  return expected.items.flatMap((item, i) => compare(item, received.items[i], ctx, `${path9}[${i}]`));
}
function compareMatrix(expected, received, ctx, path9) {
  const name = nameOf(path9, ctx);
  if (received.kind === "list" && expected.rows === 1 && received.items.every((x) => x.kind === "number")) {
    return [typeProblem(path9, `${name} must be a ${shapeText(expected, ctx)} matrix; yours is a flat list of ${received.items.length} numbers (wrap it as one row: [[\u2026]])`)];
  }
  if (received.kind !== "matrix") return [typeProblem(path9, `${name} must be a ${shapeText(expected, ctx)} matrix; yours is ${describe(received)}`)];
  if (received.rows !== expected.rows || received.cols !== expected.cols) {
    return [{ path: path9, check: "shape", message: `${name} must be ${shapeText(expected, ctx)}; yours is (${received.rows}, ${received.cols})` }];
  }
  const finite = nonFinite(expected, received, name);
  if (finite) return [finite];
  const stats = compareValues(expected.data, received.data, ctx.tolerance);
  if (stats.wrongCount === 0) return [];
  const shown = expected.rows * expected.cols <= MAX_SHOWN_ENTRIES;
  return [{
    path: path9,
    check: "values",
    message: `${name}: ${stats.wrongCount} of ${stats.total} entries differ (max abs error ${fmt(stats.maxAbsError)}, first at (${stats.firstPositions[0].join(", ")}))`,
    stats,
    ...shown ? { expected: wireOf(expected.data), received: wireOf(received.data) } : {}
  }];
}
function nonFinite(expected, received, name) {
  const bad = [];
  received.data.forEach((row, r2) => row.forEach((x, c) => {
    if (!Number.isFinite(x) && Number.isFinite(expected.data[r2][c])) bad.push(`${x} at (${r2}, ${c})`);
  }));
  if (bad.length === 0) return void 0;
  const more = bad.length > 3 ? ` and ${bad.length - 3} more` : "";
  return { path: "", check: "finite", message: `${name} has ${bad.slice(0, 3).join(", ")}${more}` };
}
function shapeText(m, ctx) {
  const label = (n) => n === 1 ? "1" : Object.keys(ctx.dims).find((k) => ctx.dims[k] === n) ?? String(n);
  const named = `(${label(m.rows)}, ${label(m.cols)})`;
  const plain = `(${m.rows}, ${m.cols})`;
  return named === plain ? plain : `${named} = ${plain}`;
}
function asMatrix(x) {
  return { kind: "matrix", rows: 1, cols: 1, data: [[x]], from: "Matrix" };
}
function typeProblem(path9, message) {
  return { path: path9, check: "type", message };
}
var wireOf = (data) => data.map((row) => row.map(encodeNumber));
var nameOf = (path9, ctx) => path9 || ctx.rootName || "the result";
var join = (path9, key) => path9 ? `${path9}.${key}` : key;
var fmt = (x) => x.toPrecision(3);

// grader/random.ts
import { uniformFloat64 } from "pure-rand/distribution/uniformFloat64";
import { uniformInt } from "pure-rand/distribution/uniformInt";
import { xoroshiro128plusFromState } from "pure-rand/generator/xoroshiro128plus";
function mix32(x) {
  let z = x | 0;
  z = Math.imul(z ^ z >>> 16, 569420461);
  z = Math.imul(z ^ z >>> 15, 1935289751);
  return z ^ z >>> 15 | 0;
}
function stateOf(seed) {
  const lo = seed >>> 0;
  const hi = Math.floor(seed / 4294967296) | 0;
  const state = [];
  let counter = mix32(lo ^ mix32(hi));
  for (let i = 0; i < 4; i++) {
    counter = counter + 2654435769 | 0;
    state.push(mix32(counter));
  }
  return state.every((word) => word === 0) ? [1, 0, 0, 0] : state;
}
function createRng(seed) {
  if (!Number.isFinite(seed)) throw new RangeError(`createRng: seed must be a finite number, got ${seed}`);
  const source = xoroshiro128plusFromState(stateOf(Math.trunc(seed)));
  let spare;
  const uniform = () => uniformFloat64(source);
  return {
    uniform,
    normal() {
      if (spare !== void 0) {
        const z = spare;
        spare = void 0;
        return z;
      }
      const u1 = 1 - uniform();
      const u2 = uniform();
      const radius = Math.sqrt(-2 * Math.log(u1));
      spare = radius * Math.sin(2 * Math.PI * u2);
      return radius * Math.cos(2 * Math.PI * u2);
    },
    int(min, max) {
      if (!Number.isSafeInteger(min) || !Number.isSafeInteger(max) || min > max) {
        throw new RangeError(`Rng.int: need integers min <= max, got ${min}, ${max}`);
      }
      return uniformInt(source, min, max);
    }
  };
}
function randnStream(seed) {
  const rng = createRng(seed);
  return () => rng.normal();
}

// grader/engine/gradient.ts
import { Matrix as Matrix2 } from "ml-matrix";

// grader/gradcheck.ts
import { Matrix } from "ml-matrix";
function numericGradient(f, tensor, eps = 1e-6) {
  if (!(eps > 0)) throw new RangeError(`numericGradient: eps must be positive, got ${eps}`);
  const gradient = Matrix.zeros(tensor.rows, tensor.columns);
  for (let i = 0; i < tensor.rows; i++) {
    for (let j = 0; j < tensor.columns; j++) {
      const original = tensor.get(i, j);
      try {
        tensor.set(i, j, original + eps);
        const plus = f();
        tensor.set(i, j, original - eps);
        const minus = f();
        gradient.set(i, j, (plus - minus) / (2 * eps));
      } finally {
        tensor.set(i, j, original);
      }
    }
  }
  return gradient;
}
function relativeDifference(a, b) {
  if (a.rows !== b.rows || a.columns !== b.columns) {
    throw new RangeError(`relativeDifference: shapes (${a.rows},${a.columns}) and (${b.rows},${b.columns}) differ`);
  }
  const scale = a.norm() + b.norm();
  return scale === 0 ? 0 : Matrix.sub(a, b).norm() / scale;
}

// grader/engine/gradient.ts
var GRADIENT_THRESHOLD = 1e-6;
var EPS = 1e-6;
var OWN_COST_LIMIT_MS = 5e3;
async function gradientChecks(run, cases, received) {
  const spec = run.spec.gradientCheck;
  if (!spec) return [];
  const checks = [];
  const picked = cases.map((c, i) => ({ c, got: received[i] })).filter((x) => x.got !== void 0).slice(0, spec.cases ?? 1);
  for (const { c, got } of picked) {
    const point = spec.point(c);
    const own = spec.ownCost ? await ownGradients(run, spec, c, point) : void 0;
    for (const name of Object.keys(point)) {
      const student = gradientOf(got, name, spec);
      const reference = numericGradient(() => spec.cost(c, point), point[name], EPS);
      checks.push(check(name, "reference", student, reference, c.name));
      if (own) checks.push(check(name, "own-forward", student, own.get(name), c.name));
    }
  }
  return checks;
}
function check(tensor, against, student, numeric, caseName) {
  const comparable = student && numeric && student.rows === numeric.rows && student.columns === numeric.columns;
  const diff = comparable ? relativeDifference(student, numeric) : null;
  const relativeDifference_ = diff !== null && Number.isFinite(diff) ? diff : null;
  return { tensor, against, relativeDifference: relativeDifference_, threshold: GRADIENT_THRESHOLD, passed: relativeDifference_ !== null && relativeDifference_ <= GRADIENT_THRESHOLD, case: caseName };
}
function gradientOf(value, name, spec) {
  const v = spec.single ? value : value.kind === "object" ? value.entries[name] : void 0;
  if (!v) return void 0;
  if (v.kind === "number") return new Matrix2([[v.value]]);
  if (v.kind === "matrix" && v.data.every((row) => row.every(Number.isFinite))) return new Matrix2(v.data);
  return void 0;
}
async function ownGradients(run, spec, c, point) {
  const pipelineOf = (p) => {
    const calls = spec.ownCost?.(c, p) ?? [];
    const specs = calls.map((call) => {
      const target = run.targets.get(call.step);
      return target && { module: target.module, name: target.name, args: call.args.map((a) => encode(a)) };
    });
    return specs.every((s5) => s5 !== void 0) ? specs : void 0;
  };
  if (!pipelineOf(point)) return void 0;
  const jobs = [];
  for (const [name, tensor] of Object.entries(point)) {
    for (let r2 = 0; r2 < tensor.rows; r2++) {
      for (let col = 0; col < tensor.columns; col++) {
        for (const sign of [1, -1]) {
          const original = tensor.get(r2, col);
          tensor.set(r2, col, original + sign * EPS);
          jobs.push({ name, r: r2, col, sign, calls: pipelineOf(point) });
          tensor.set(r2, col, original);
        }
      }
    }
  }
  const outcomes = await Promise.all(jobs.map((j) => run.proc.send({ type: "pipeline", calls: j.calls }, OWN_COST_LIMIT_MS)));
  const grads = new Map(Object.entries(point).map(([name, t2]) => [name, new Matrix2(t2.rows, t2.columns)]));
  for (const [i, job] of jobs.entries()) {
    const o = outcomes[i];
    if (o.type !== "returned" || typeof o.value !== "number") return void 0;
    const g2 = grads.get(job.name);
    g2.set(job.r, job.col, g2.get(job.r, job.col) + job.sign * o.value / (2 * EPS));
  }
  return grads;
}

// grader/engine/seeds.ts
function stepSeed(seed, exercise, step) {
  let hash = 2166136261;
  for (const ch of `${seed}/${exercise}/${step}`) {
    hash ^= ch.codePointAt(0) ?? 0;
    hash = Math.imul(hash, 16777619) >>> 0;
  }
  return hash;
}

// grader/engine/hidden.ts
function hiddenCases(exercise, spec, hiddenSeeds) {
  return hiddenSeeds.flatMap((seed) => spec.cases(createRng(stepSeed(seed, exercise.id, spec.id))));
}
function redact(result, index) {
  const message = result.status === "passed" ? "correct" : `wrong (${result.status})`;
  return { name: `hidden case ${index + 1}`, status: result.status, args: [], message, problems: [], durationMs: 0, hidden: true };
}
function hiddenFailureMessage(cases) {
  const visible = cases.filter((c) => !c.hidden);
  const hidden = cases.filter((c) => c.hidden);
  const wrong = hidden.filter((c) => c.status !== "passed").length;
  if (wrong === 0 || visible.some((c) => c.status !== "passed")) return void 0;
  return `all ${visible.length} public cases correct, but ${wrong} of ${hidden.length} hidden cases wrong: check your step on other shapes and values`;
}

// grader/diagnosis/catalogue.ts
var CONTRACT_IDS = [
  "missing-1-over-m",
  "double-1-over-m",
  "db-times-input",
  "divide-by-n",
  "db-wrong-axis",
  "missing-transpose",
  "transposed-result",
  "sigmoid-derivative-of-z",
  "wrong-layer-derivative",
  "missing-activation-derivative",
  "cost-sign",
  "squared-error",
  "update-sign",
  "sigmoid-sign",
  "missing-bias",
  "returns-probabilities",
  "unscaled-init",
  "zero-init",
  "mutates-input"
];
var EXTRA_IDS = ["sigmoid-overflow", "cost-after-update", "missing-chain-factor", "gradient-sign", "gradient-mismatch"];
var MISCONCEPTION_IDS = [...CONTRACT_IDS, ...EXTRA_IDS];
function isMisconceptionId(id) {
  return MISCONCEPTION_IDS.includes(id);
}
var CATALOGUE = {
  "missing-1-over-m": {
    title: "dW, db or the cost not averaged over the m examples",
    explanation: "The cost is the average of the m per-example losses, so its gradients are averages too: sum the contributions of the m examples, then divide by m. The single-example formulas of the notes (dw = x\xB7dz, db = dz) have no 1/m because there m = 1. Without it the gradients grow with the number of examples.",
    formula: "dW = (1/m) dZ A_prev\u1D40,  db = (1/m) \u03A3_columns dZ,  J = \u2212(1/m) \u03A3 [y log a + (1\u2212y) log(1\u2212a)]",
    note: "000, 002 (single-example formulas), 003",
    fix: "Divide by m, the number of columns (examples): np.div(np.dot(dZ, np.T(APrev)), m), np.div(np.sum(dZ, 1), m), -total / m."
  },
  "double-1-over-m": {
    title: "1/m applied twice, in dZ and again in dW/db",
    explanation: "The 1/m belongs where the m examples are summed: in dW and db only. dZ and dA keep one column per example and are not averaged. Dividing dZ by m and then dW by m again makes the gradients m times too small.",
    formula: "dZ^[1] = W^[2]\u1D40 dZ^[2] \u2299 g^[1]\u2032(Z^[1]) (no 1/m),  dW^[1] = (1/m) dZ^[1] X\u1D40",
    note: '004 ("dz^[1] = 1/m dw^[2]T dz^[2] * g^[2]\u2032(z^[2])")',
    fix: "Remove the 1/m from dZ (and dA); keep it in dW and db only."
  },
  "db-times-input": {
    title: "db computed like dW, multiplied by the layer input",
    explanation: "b is added to W\xB7A, not multiplied by the input, so \u2202z/\u2202b = 1: db is the average of dZ over the examples. Multiplying dZ by X (or A_prev) is the derivative for W, not for b.",
    formula: "db = (1/m) \u03A3_columns dZ, shape (n, 1)",
    note: '003 ("db_1 = 1/m x \xB7 dz_1 (sum)")',
    fix: "db1 = np.div(np.sum(dZ1, 1), m): no X in it."
  },
  "divide-by-n": {
    title: "divided by the number of features instead of the number of examples",
    explanation: "Gradients average over the examples: m is the number of COLUMNS of X (or dZ). The notes write 1/n, but their n is the number of features (rows). Dividing by it gives the right direction but the wrong size whenever n \u2260 m.",
    formula: "dw = (1/m) X dZ\u1D40,  db = (1/m) \u03A3 dZ,  m = X.columns = dZ.columns",
    note: '004 ("db = 1/n np.sum(dZ)", "dw = 1/n X\xB7dZ\u1D40")',
    fix: "const m = X.columns (or dZ.columns), not X.rows."
  },
  "db-wrong-axis": {
    title: "db summed over the features (rows) or over everything, instead of over the examples",
    explanation: "db has one entry per unit, shape (n, 1): for each ROW of dZ, the average over its m columns (the examples). Summing down the columns gives one number per example, (1, m); summing everything gives one number. With a single output unit both look right, which is how the mistake hides until the hidden layer.",
    formula: "db = (1/m) np.sum(dZ, axis=1, keepdims=True), shape (n, 1)",
    note: '002 ("sum over D features"); 000, 004 (np.sum(dz) without an axis)',
    fix: "np.div(np.sum(dZ, 1), m), or Matrix.columnVector(dZ.sum('row')).div(m)."
  },
  "missing-transpose": {
    title: "a product without its transpose (dW = dZ \xB7 A_prev, dw = X \xB7 dZ)",
    explanation: "In a matrix product the inner sizes must agree: dZ (n, m) \xB7 A_prev (n_prev, m) does not; dZ \xB7 A_prev\u1D40, (n, m)\xB7(m, n_prev), does, and sums over the m examples. A shape error in a product (np.dot, or ml-matrix reading past the last row) means a transpose is missing (or one too many). ml-matrix does not always throw: when the left matrix has fewer columns than the right one has rows, mmul silently uses the first rows only, and the result has an m where a size n belongs.",
    formula: "dW = (1/m) dZ A_prev\u1D40,  dw = (1/m) X dZ\u1D40,  dA_prev = W\u1D40 dZ",
    note: '002 ("dw^[L] = 1/m dz^[L] \xB7 a^[L\u22121]"), 003',
    fix: "Write the shapes under the formula, (n, m)\xB7(m, n_prev) \u2192 (n, n_prev): np.dot(dZ, np.T(APrev))."
  },
  "transposed-result": {
    title: "a result that is the transpose of the right one (row-per-example habit)",
    explanation: "The numbers are right but rows and columns are swapped: the habit of one ROW per example (notes 003, X of shape (m, n)). Here examples are COLUMNS: X is (n_x, m), n_x is the number of rows, and a gradient has the shape of its parameter.",
    formula: "dW^[l] has the shape of W^[l], (n^[l], n^[l\u22121]);  Z = W A + b is (n^[l], m);  n_x = X.rows",
    note: '003 (X of shape (m, 2), "dw_2 = 1/m a_1 \xB7 dz_2")',
    fix: "Swap the factors of the product (X\xB7dZ\u1D40, not dZ\xB7X\u1D40) or read sizes from the right axis: n_x = X.rows, m = X.columns."
  },
  "sigmoid-derivative-of-z": {
    title: "\u03C3\u2032 computed as z(1\u2212z) instead of a(1\u2212a)",
    explanation: "\u03C3\u2032(z) = \u03C3(z)(1 \u2212 \u03C3(z)): the derivative written in terms of the ACTIVATION a = \u03C3(z). Plugging z itself into a(1 \u2212 a) gives z(1 \u2212 z), a different function (negative for z > 1).",
    formula: "\u03C3\u2032(Z) = A \u2299 (1 \u2212 A) with A = \u03C3(Z)",
    note: "\u2014 (the notes have a(1\u2212a), 000 and 002)",
    fix: "const s = sigmoid(Z); then np.mul(dA, np.mul(s, np.sub(1, s)))."
  },
  "wrong-layer-derivative": {
    title: "dZ^[l] uses g\u2032 of another layer",
    explanation: "dZ^[l] multiplies by the slope of layer l's OWN activation at its OWN Z^[l]. Using g\u2032 of another layer \u2014 g\u2032(Z^[2]) for dZ^[1], or the output's sigmoid\u2032 for the ReLU hidden layers \u2014 breaks the chain rule.",
    formula: "dZ^[l] = dA^[l] \u2299 g^[l]\u2032(Z^[l]);  shallow network: dZ1 = W2\u1D40 dZ2 \u2299 A1(1 \u2212 A1)",
    note: '004 ("dz^[1] = 1/m dw^[2]T dz^[2] * g^[2]\u2032(z^[2])")',
    fix: "Take Z from the same layer's cache with that layer's activation: dZ(dA, caches[l - 1].Z, 'relu') for l < L."
  },
  "missing-activation-derivative": {
    title: "dZ^[l] = W^[l+1]\u1D40 dZ^[l+1] without the factor g\u2032(Z^[l])",
    explanation: "W^[l+1]\u1D40 dZ^[l+1] is the gradient with respect to the ACTIVATION A^[l]. Going back through the activation multiplies by its slope, g\u2032(Z^[l]), element-wise, to reach Z^[l].",
    formula: "dZ^[l] = (W^[l+1]\u1D40 dZ^[l+1]) \u2299 g^[l]\u2032(Z^[l])",
    note: "\u2014",
    fix: "np.mul(np.dot(np.T(W2), dZ2), np.mul(A1, np.sub(1, A1))); in deep-network, dZ(dA, Z, activation)."
  },
  "cost-sign": {
    title: "cost without the leading minus",
    explanation: 'log a \u2264 0 for a in (0, 1], so \u03A3 [y log a + (1 \u2212 y) log(1 \u2212 a)] is negative. The cost is its NEGATIVE average: a positive number that falls as the predictions improve. Without the minus the "cost" rises as the model gets better.',
    formula: "J = \u2212(1/m) \u03A3 [y log a + (1 \u2212 y) log(1 \u2212 a)]",
    note: `003 ("J = L(a, y) = [y log a + (1\u2212y) log(1\u2212a)]"), 004 (the loop's "J += [\u2026]")`,
    fix: "return -total / m."
  },
  "squared-error": {
    title: "squared error (a\u2212y)\xB2 or its derivative 2(a\u2212y) instead of cross-entropy",
    explanation: "These exercises use the cross-entropy (log) loss. The squared error (a \u2212 y)\xB2 and its derivative 2(a \u2212 y) belong to regression; with a sigmoid output they give another cost, and gradients that vanish where \u03C3 saturates. With the log loss, dL/dz simplifies to exactly a \u2212 y.",
    formula: "J = \u2212(1/m) \u03A3 [y log a + (1 \u2212 y) log(1 \u2212 a)],  dZ = A \u2212 Y",
    note: '003 ("(a\u2212y)\xB2", "2 \xD7 (a\u2212y)")',
    fix: "Use the log loss; dZ = np.sub(A, Y), no factor 2."
  },
  "update-sign": {
    title: "W := W + \u03B1 dW (climbing the cost)",
    explanation: "The gradient points uphill, where the cost grows fastest. Gradient DEscent steps the other way: it subtracts \u03B1 times the gradient.",
    formula: "W := W \u2212 \u03B1 dW,  b := b \u2212 \u03B1 db",
    note: "\u2014",
    fix: "np.sub(W, np.mul(learningRate, dW)), or Matrix.sub(W, Matrix.mul(dW, learningRate))."
  },
  "sigmoid-sign": {
    title: "\u03C3(z) = 1/(1 + e^{z})",
    explanation: "\u03C3(z) = 1 / (1 + e^{\u2212z}): the exponent is MINUS z, so a large positive z gives \u03C3 \u2248 1. With e^{+z} you compute \u03C3(\u2212z) = 1 \u2212 \u03C3(z): every probability flipped.",
    formula: "\u03C3(z) = 1 / (1 + e^{\u2212z})",
    note: "\u2014",
    fix: "1 / (1 + Math.exp(-z))."
  },
  "missing-bias": {
    title: "Z = W A without + b",
    explanation: "Every unit adds its bias to the weighted sum: Z = W A + b, with b of shape (n, 1) added to each of the m columns. Without b every decision boundary passes through the origin.",
    formula: "Z^[l] = W^[l] A^[l\u22121] + b^[l]",
    note: "\u2014",
    fix: "np.add(np.dot(W, APrev), b), or W.mmul(APrev).addColumnVector(b)."
  },
  "returns-probabilities": {
    title: "predict returns A instead of 0/1 labels",
    explanation: "predict returns labels: 0 or 1 per example. A is the probability of class 1; threshold it at 0.5.",
    formula: "\u0177 = 1 where A > 0.5, else 0, shape (1, m)",
    note: "\u2014",
    fix: "np.greater(A, 0.5), or map each a to a > 0.5 ? 1 : 0."
  },
  "unscaled-init": {
    title: "random weights not scaled (\xB70.01 or /\u221An)",
    explanation: "Random weights break the symmetry between units, but they must be small: with W = randn, Z grows with the width of the previous layer, the sigmoid saturates (its slope \u2248 0) and learning stalls.",
    formula: "shallow network: W = 0.01 \xB7 randn;  deep network: W^[l] = randn / \u221An^[l\u22121]",
    note: "\u2014",
    fix: "Multiply each randn() by 0.01 (shallow) or divide it by Math.sqrt(layerDims[l - 1]) (deep)."
  },
  "zero-init": {
    title: "hidden-layer weights initialised to zeros",
    explanation: "If all the weights of a hidden layer start equal, every unit of the layer computes the same thing and receives the same gradient, so they stay identical forever: the layer behaves like one unit. Zeros are fine for b, and for logistic regression (a single unit), not for the W of a network.",
    formula: "W^[l] = small random numbers, one randn() per entry, row by row, W1 first;  b^[l] = zeros",
    note: "\u2014",
    fix: "Fill W with scaled randn() values; keep b = zeros."
  },
  "mutates-input": {
    title: "a step changed one of its arguments in place",
    explanation: "ml-matrix's instance methods A.sub(Y), A.add(b), A.mul(k), W.sub(\u2026) change A itself and return it. The caller's matrix \u2014 the cache, the parameters, the labels \u2014 is silently changed, and every later step computes with wrong inputs.",
    formula: "dZ = A \u2212 Y as a NEW matrix; A unchanged",
    note: "\u2014",
    fix: "Matrix.sub(A, Y) (static: a new matrix), A.clone().sub(Y), or np.sub(A, Y), which never changes its arguments."
  },
  "sigmoid-overflow": {
    title: "\u03C3 written as e^z/(1 + e^z), NaN for large z",
    explanation: "e^z / (1 + e^z) is \u03C3(z) on paper, but for z > 709 e^z is Infinity in floating point, and Infinity/Infinity is NaN. 1/(1 + e^{\u2212z}) gives exactly 1 there; for very negative z, e^z/(1 + e^z) gives exactly 0.",
    formula: "\u03C3(z) = 1/(1 + e^{\u2212z}) for z \u2265 0,  e^{z}/(1 + e^{z}) for z < 0",
    note: "\u2014 (see the exercise README)",
    fix: "z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z)), or simply 1 / (1 + Math.exp(-z))."
  },
  "cost-after-update": {
    title: "cost recorded after the update",
    explanation: "costs[i] is the cost of the parameters at the START of iteration i, measured before its update: costs[0] is the cost of the initial parameters. Recording it after the update shifts the whole curve by one iteration.",
    formula: "repeat: A = forward(\u2026); costs.push(cost(A, Y)); grads = backward(\u2026); params = update(\u2026)",
    note: '004 ("Gradient descent for 1-hidden layer network": predictions, cost, derivatives, update)',
    fix: "Push the cost right after the forward pass, before update."
  },
  "missing-chain-factor": {
    title: "chain rule without the upstream derivative",
    explanation: "The chain rule multiplies ALL the local derivatives on the path from J: dJ/db = dJ/du \xB7 du/db = 3 \xB7 c. Stopping at du/db = c forgets the factor dJ/du = 3 that comes from the nodes after u.",
    formula: "dJ/db = dJ/du \xB7 c = 3c,  dJ/dc = dJ/du \xB7 b = 3b",
    note: '004 ("Computation graph")',
    fix: "const dJdb = dJdu * c; const dJdc = dJdu * b."
  },
  "gradient-sign": {
    title: "a gradient with the wrong sign (Y \u2212 A instead of A \u2212 Y)",
    explanation: "dZ = A \u2212 Y is positive where the prediction is too high, so W \u2212 \u03B1 dW lowers it. Y \u2212 A is the negative gradient: subtracting it climbs the cost.",
    formula: "dZ = A \u2212 Y",
    note: "003 (da = \u2212[y/a \u2212 (1\u2212y)/(1\u2212a)], a sign to keep track of)",
    fix: "np.sub(A, Y)."
  },
  "gradient-mismatch": {
    title: "one gradient is not the slope of your own cost",
    explanation: "A gradient must be the slope of the cost. The grader nudges each parameter by \xB1\u03B5 in YOUR forward and cost and measures how the cost changes: the named tensor disagrees with that slope while the others agree, so the mistake is in how that one tensor is computed, not in the forward pass.",
    formula: "dJ/d\u03B8 \u2248 (J(\u03B8 + \u03B5) \u2212 J(\u03B8 \u2212 \u03B5)) / 2\u03B5 for every entry \u03B8",
    note: "\u2014",
    fix: "Look at the named gradient only: compare its formula with the contract, and its shape with its parameter."
  }
};

// grader/diagnosis/formulas.ts
var STEPS = {
  "computation-graph/backward": { formula: "dJ/dv = 3, dJ/du = dJ/da = 3, dJ/db = 3c, dJ/dc = 3b", note: '004 "Computation graph"' },
  "logistic-regression/sigmoid": { formula: "\u03C3(z) = 1/(1 + e^{\u2212z})", note: "003" },
  "logistic-regression/initializeWithZeros": { formula: "w = zeros (dim, 1), b = 0", note: "004" },
  "logistic-regression/forward": { formula: "A = \u03C3(w\u1D40X + b), (1, m)", note: '004 "Vectorizing logistic regression"' },
  "logistic-regression/cost": { formula: "J = \u2212(1/m) \u03A3 [y log a + (1\u2212y) log(1\u2212a)]", note: "004" },
  "logistic-regression/dZ": { formula: "dZ = A \u2212 Y, (1, m)", note: "003, 004" },
  "logistic-regression/dW": { formula: "dw = (1/m) X dZ\u1D40, (n_x, 1)", note: '004 "Vectorizing logistic regression"' },
  "logistic-regression/db": { formula: "db = (1/m) \u03A3 dZ, a number", note: '004 "Vectorizing logistic regression"' },
  "logistic-regression/update": { formula: "w := w \u2212 \u03B1 dw, b := b \u2212 \u03B1 db", note: "004" },
  "logistic-regression/predict": { formula: "\u0177 = 1 where \u03C3(w\u1D40X + b) > 0.5, else 0", note: "004" },
  "logistic-regression/train": { formula: "costs[i] = cost before update i; dw = (1/m) X dZ\u1D40; w := w \u2212 \u03B1 dw", note: "004" },
  "shallow-network/layerSizes": { formula: "nX = X.rows, nH = hiddenUnits, nY = Y.rows", note: "004" },
  "shallow-network/initializeParameters": { formula: "W = 0.01 \xB7 randn row by row, W1 then W2; b = zeros", note: "004" },
  "shallow-network/forward": { formula: "Z1 = W1 X + b1, A1 = \u03C3(Z1), Z2 = W2 A1 + b2, A2 = \u03C3(Z2)", note: "004" },
  "shallow-network/cost": { formula: "J = \u2212(1/m) \u03A3 [y log a2 + (1\u2212y) log(1\u2212a2)]", note: "000, 004" },
  "shallow-network/backward": { formula: "dZ2 = A2 \u2212 Y, dW2 = (1/m) dZ2 A1\u1D40, db2 = (1/m) \u03A3_columns dZ2, dZ1 = W2\u1D40 dZ2 \u2299 A1(1 \u2212 A1), dW1 = (1/m) dZ1 X\u1D40, db1 = (1/m) \u03A3_columns dZ1", note: "000" },
  "shallow-network/update": { formula: "W := W \u2212 \u03B1 dW, b := b \u2212 \u03B1 db", note: "004" },
  "shallow-network/predict": { formula: "\u0177 = 1 where A2 > 0.5, else 0", note: "004" },
  "shallow-network/train": { formula: "costs[i] = cost before update i", note: "004" },
  "deep-network/initializeParameters": { formula: "W^[l] = randn / \u221An^[l\u22121] row by row, layer by layer; b^[l] = zeros", note: "001" },
  "deep-network/linearForward": { formula: "Z = W A_prev + b, (n^[l], m)", note: "001, 004" },
  "deep-network/sigmoid": { formula: "\u03C3(z) = 1/(1 + e^{\u2212z})", note: "001" },
  "deep-network/activationForward": { formula: "Z = W A_prev + b, A = g(Z)", note: "004" },
  "deep-network/modelForward": { formula: "A^[l] = ReLU(W^[l] A^[l\u22121] + b^[l]) for l < L, A^[L] = \u03C3(W^[L] A^[L\u22121] + b^[L])", note: "004" },
  "deep-network/cost": { formula: "J = \u2212(1/m) \u03A3 [y log a + (1\u2212y) log(1\u2212a)]", note: "001" },
  "deep-network/dZ": { formula: "dZ = dA \u2299 g\u2032(Z): \u03C3\u2032(Z) = \u03C3(Z)(1 \u2212 \u03C3(Z)), relu\u2032(Z) = 1 where Z > 0", note: '004 "Deep neural networks"' },
  "deep-network/dW": { formula: "dW = (1/m) dZ A_prev\u1D40, (n^[l], n^[l\u22121])", note: "001" },
  "deep-network/db": { formula: "db = (1/m) \u03A3_columns dZ, (n^[l], 1)", note: '001, 004 "vectorized form"' },
  "deep-network/dAPrev": { formula: "dA_prev = W\u1D40 dZ, (n^[l\u22121], m)", note: "004, 002" },
  "deep-network/modelBackward": { formula: "dZ^[L] = A^[L] \u2212 Y; dW^[l] = (1/m) dZ^[l] A^[l\u22121]\u1D40, db^[l] = (1/m) \u03A3_columns dZ^[l], dZ^[l\u22121] = W^[l]\u1D40 dZ^[l] \u2299 relu\u2032(Z^[l\u22121])", note: '001 "Complete Back Propagation"' },
  "deep-network/update": { formula: "W^[l] := W^[l] \u2212 \u03B1 dW^[l], b^[l] := b^[l] \u2212 \u03B1 db^[l]", note: "001" },
  "deep-network/predict": { formula: "\u0177 = 1 where A^[L] > 0.5, else 0", note: "004" },
  "deep-network/train": { formula: "costs[i] = cost before update i", note: "001" }
};
var SHALLOW_AVERAGE = "dW1 = (1/m) dZ1 X\u1D40, db1 = (1/m) \u03A3_columns dZ1, dW2 = (1/m) dZ2 A1\u1D40, db2 = (1/m) \u03A3_columns dZ2, m = X.columns (notes 000)";
var SHALLOW_DB = "db1 = (1/m) \u03A3_columns dZ1, (n_h, 1); db2 = (1/m) \u03A3_columns dZ2, (n_y, 1) (notes 000, 001)";
var SHALLOW_DW = "dW1 = (1/m) dZ1 X\u1D40, (n_h, n_x); dW2 = (1/m) dZ2 A1\u1D40, (n_y, n_h) (notes 000)";
var SHALLOW_DZ1 = "dZ1 = W2\u1D40 dZ2 \u2299 A1(1 \u2212 A1) (notes 000: dz^[1] = w^[2]T dz^[2] * g^[1]\u2032(z^[1]))";
var DEEP_AVERAGE = "dW^[l] = (1/m) dZ^[l] A^[l\u22121]\u1D40, db^[l] = (1/m) \u03A3_columns dZ^[l], m = AL.columns (notes 001)";
var DEEP_DW = "dW^[l] = (1/m) dZ^[l] A^[l\u22121]\u1D40, (n^[l], n^[l\u22121]) (notes 001)";
var DEEP_DZ = "dZ^[l\u22121] = W^[l]\u1D40 dZ^[l] \u2299 relu\u2032(Z^[l\u22121]) (notes 001: dZ_2 = W_3\u1D40 dZ_3 * f_2\u2032(Z_2))";
var AFTER_FORWARD = "costs.push(cost(A, Y)) right after the forward pass, before the update";
var FOCUSED = {
  "shallow-network/backward/missing-1-over-m": SHALLOW_AVERAGE,
  "shallow-network/backward/divide-by-n": SHALLOW_AVERAGE,
  "shallow-network/backward/double-1-over-m": "dZ1 = W2\u1D40 dZ2 \u2299 A1(1 \u2212 A1), no 1/m; dW1 = (1/m) dZ1 X\u1D40, db1 = (1/m) \u03A3_columns dZ1 (notes 000)",
  "shallow-network/backward/db-wrong-axis": SHALLOW_DB,
  "shallow-network/backward/db-times-input": SHALLOW_DB,
  "shallow-network/backward/missing-transpose": SHALLOW_DW,
  "shallow-network/backward/transposed-result": SHALLOW_DW,
  "shallow-network/backward/sigmoid-derivative-of-z": SHALLOW_DZ1,
  "shallow-network/backward/wrong-layer-derivative": SHALLOW_DZ1,
  "shallow-network/backward/missing-activation-derivative": SHALLOW_DZ1,
  "shallow-network/backward/gradient-sign": "dZ2 = A2 \u2212 Y (notes 000)",
  "deep-network/modelBackward/missing-1-over-m": DEEP_AVERAGE,
  "deep-network/modelBackward/divide-by-n": DEEP_AVERAGE,
  "deep-network/modelBackward/double-1-over-m": "dZ^[L] = A^[L] \u2212 Y and dZ^[l\u22121] = W^[l]\u1D40 dZ^[l] \u2299 relu\u2032(Z^[l\u22121]), no 1/m; dW^[l] = (1/m) dZ^[l] A^[l\u22121]\u1D40 (notes 001)",
  "deep-network/modelBackward/db-wrong-axis": "db^[l] = (1/m) \u03A3_columns dZ^[l], (n^[l], 1) (notes 001: sum(dZ, 1))",
  "deep-network/modelBackward/missing-transpose": DEEP_DW,
  "deep-network/modelBackward/transposed-result": DEEP_DW,
  "deep-network/modelBackward/wrong-layer-derivative": DEEP_DZ,
  "deep-network/modelBackward/missing-activation-derivative": DEEP_DZ,
  "deep-network/modelBackward/gradient-sign": "dZ^[L] = A^[L] \u2212 Y (notes 001)",
  "logistic-regression/train/cost-after-update": `${AFTER_FORWARD} (notes 004)`,
  "logistic-regression/train/missing-1-over-m": "dw = (1/m) X dZ\u1D40, db = (1/m) \u03A3 dZ in every iteration (notes 004)",
  "shallow-network/train/cost-after-update": `${AFTER_FORWARD} (notes 004)`,
  "deep-network/train/cost-after-update": `${AFTER_FORWARD} (notes 001)`
};
function rightFormula(exercise, step, id) {
  const focused = FOCUSED[`${exercise}/${step}/${id}`];
  if (focused) return focused;
  const own = STEPS[`${exercise}/${step}`];
  if (own) return `${own.formula} (notes ${own.note})`;
  if (!isMisconceptionId(id)) return "";
  const { formula, note } = CATALOGUE[id];
  return note.startsWith("\u2014") ? formula : `${formula} (notes ${note})`;
}
function sayWithFormula(what, exercise, step, id) {
  const formula = rightFormula(exercise, step, id);
  return formula ? `${what} \u2014 ${formula}` : what;
}
function fixOf(id) {
  return isMisconceptionId(id) ? CATALOGUE[id].fix : "See the exercise README for the right formula.";
}

// grader/diagnosis/finding.ts
var RANK = { exact: 0, observed: 0, scale: 1, shape: 2, exception: 3, gradient: 4 };
function finding(input, id, what, rank) {
  return { id, message: sayWithFormula(what, input.exercise.id, input.step.id, id), hint: fixOf(id), rank };
}

// grader/diagnosis/values.ts
import { Matrix as Matrix3 } from "ml-matrix";
var toleranceOf = (step, c) => ({ ...DEFAULT_TOLERANCE, ...step.tolerance, ...c.tolerance });
function sameValue(expected, received, step, c) {
  return compare(expected, received, { dims: c.dims, tolerance: toleranceOf(step, c) }).length === 0;
}
function valuesWrong(result) {
  if (result.status === "error" || result.status === "timeout") return true;
  return result.problems.some((p) => p.check !== "mutation" && p.check !== "property");
}
function leafPairs(expected, received, path9 = "") {
  if (received === void 0) return [];
  if (expected.kind === "number" || expected.kind === "matrix") return [{ path: path9, expected, received }];
  if (expected.kind === "object" && received.kind === "object") {
    return Object.keys(expected.entries).flatMap((k) => leafPairs(expected.entries[k], received.entries[k], path9 ? `${path9}.${k}` : k));
  }
  if (expected.kind === "list" && received.kind === "list") {
    return expected.items.flatMap((item, i) => leafPairs(item, received.items[i], `${path9}[${i}]`));
  }
  return [];
}
function errorClass(e) {
  const text = `${e.name}: ${e.message}`;
  if (/ShapeError: dot:|inner dimensions|Cannot read properties of undefined \(reading '\d+'\)/.test(text)) return "product";
  if (/cannot be broadcast|Matrices dimensions must be equal|vector size must be the same/.test(text)) return "elementwise";
  return "other";
}
function privateArgs(args) {
  return args.map(copy);
}
function copy(x) {
  if (x instanceof RandnArg) return randnStream(x.seed);
  if (x instanceof Matrix3) return x.clone();
  if (Array.isArray(x)) return x.map(copy);
  if (x !== null && typeof x === "object" && Object.getPrototypeOf(x) === Object.prototype) {
    return Object.fromEntries(Object.entries(x).map(([k, v]) => [k, copy(v)]));
  }
  return x;
}
function byLayer(a, b) {
  const layer2 = (p) => Number(/(\d+)$/.exec(p)?.[1] ?? 0);
  return layer2(a) - layer2(b) || (a < b ? -1 : a > b ? 1 : 0);
}
function listOf(paths) {
  const names = [...paths].sort(byLayer).map((p) => p === "" ? "the result" : p);
  return names.length <= 1 ? names[0] ?? "" : `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
}

// grader/diagnosis/rules/exceptions.ts
var exceptionRule = (input) => {
  const product = input.errors.find((e) => e !== void 0 && errorClass(e) === "product");
  if (!product) return [];
  const fromHelper = /inner dimensions|dot:/.test(product.message);
  const said = fromHelper ? `a matrix product failed: "${product.message}"` : `"${product.name}: ${product.message}" is what ml-matrix's mmul throws when the left matrix has more columns than the right one has rows`;
  return [finding(input, "missing-transpose", `${said}: the inner sizes of a product disagree, so a transpose is missing (or one too many)`, RANK.exception)];
};

// grader/diagnosis/rules/gradient.ts
var fails = (c) => !c.passed;
var gradientRule = (input) => {
  const own = input.gradientChecks.filter((c) => c.against === "own-forward");
  const tensors = [...new Set(own.map((c) => c.tensor))];
  const failing = tensors.filter((t2) => own.some((c) => c.tensor === t2 && fails(c)));
  if (failing.length !== 1 || tensors.length < 2) return [];
  const [tensor] = failing;
  const check2 = own.find((c) => c.tensor === tensor && fails(c));
  const gradient = tensor.replace(/^d/, "");
  const diff = check2.relativeDifference === null ? "cannot be compared (wrong shape or not finite)" : `differs by ${check2.relativeDifference.toPrecision(2)} (relative)`;
  const others = tensors.filter((t2) => t2 !== tensor).join(", ");
  const what = `${tensor} ${diff} from the slope of YOUR forward and cost with respect to ${gradient} (case ${check2.case}), while ${others} agree with it: the mistake is in how ${tensor} is computed`;
  return [finding(input, "gradient-mismatch", what, RANK.gradient)];
};

// grader/diagnosis/mutants/define.ts
function mutantFile(exercise, step, id, variant) {
  return `grader/diagnosis/mutants/files/${exercise}/${step}/${id}${variant ? `-${variant}` : ""}.ts`;
}
function stepMutants(exercise, step, defs) {
  return defs.map((d) => ({
    id: d.id,
    ...d.variant ? { variant: d.variant } : {},
    apply: d.apply,
    message: sayWithFormula(d.says, exercise, step, d.id),
    hint: fixOf(d.id),
    file: mutantFile(exercise, step, d.id, d.variant)
  }));
}
function exerciseMutants(exercise, table) {
  return Object.fromEntries(Object.entries(table).map(([step, defs]) => [step, stepMutants(exercise, step, defs)]));
}

// grader/diagnosis/mutants/files/computation-graph/backward/missing-chain-factor.ts
function backward(a, b, c) {
  const dJdv = 3;
  const dJdu = dJdv;
  return { dJdv, dJdu, dJda: dJdv, dJdb: c, dJdc: b };
}

// grader/diagnosis/mutants/computation-graph.ts
var COMPUTATION_GRAPH_MUTANTS = exerciseMutants("computation-graph", {
  backward: [
    { id: "missing-chain-factor", apply: backward, says: "dJdb = c and dJdc = b: you stopped at the local derivative du/db and forgot the upstream factor dJ/du = 3 (the chain rule multiplies them all)" }
  ]
});

// grader/np/errors.ts
var ShapeError = class extends Error {
  name = "ShapeError";
  constructor(message) {
    super(message);
  }
};
function formatShape(shape2) {
  return shape2 === null ? "()" : `(${shape2[0]},${shape2[1]})`;
}
function broadcastError(op, separator, shapes3) {
  const operands = shapes3.map(formatShape).join(separator);
  return new ShapeError(`${op}: ${operands}: shapes cannot be broadcast together`);
}

// grader/np/create.ts
import { Matrix as Matrix5 } from "ml-matrix";

// grader/np/convert.ts
import { Matrix as Matrix4 } from "ml-matrix";
function describe2(value) {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  return typeof value === "object" ? "an object" : typeof value;
}
function checkRows(op, arg, rows) {
  const width = Array.isArray(rows[0]) ? rows[0].length : -1;
  rows.forEach((row, i) => {
    if (!Array.isArray(row)) {
      const hint = "write a row as [[a, b, \u2026]] or a column as [[a], [b], \u2026]";
      throw new ShapeError(`${op}: argument ${arg} is a 1-D array; ${hint}`);
    }
    if (row.length !== width) {
      throw new ShapeError(`${op}: argument ${arg} is ragged: row 0 has ${width} entries, row ${i} has ${row.length}`);
    }
    if (row.some((x) => typeof x !== "number")) {
      throw new TypeError(`${op}: argument ${arg}, row ${i} contains something that is not a number`);
    }
  });
}
function toMatrix(op, arg, value) {
  if (Matrix4.isMatrix(value)) return value;
  if (Array.isArray(value)) {
    checkRows(op, arg, value);
    return new Matrix4(value);
  }
  throw new TypeError(`${op}: argument ${arg} must be a Matrix or number[][], got ${describe2(value)}`);
}
function toReader(op, arg, value) {
  if (typeof value === "number") return { shape: null, at: () => value };
  const m = toMatrix(op, arg, value);
  return { shape: [m.rows, m.columns], at: (i, j) => m.get(i, j) };
}
function build2(rows, cols, f) {
  const out = new Matrix4(rows, cols);
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < cols; j++) out.set(i, j, f(i, j));
  }
  return out;
}

// grader/np/linalg.ts
function dot(a, b) {
  const left = toMatrix("dot", 1, a);
  const right = toMatrix("dot", 2, b);
  if (left.columns !== right.rows) {
    const shapes3 = `${formatShape([left.rows, left.columns])}\xB7${formatShape([right.rows, right.columns])}`;
    throw new ShapeError(`dot: ${shapes3}: inner dimensions ${left.columns} \u2260 ${right.rows}`);
  }
  return left.mmul(right);
}
function transpose(a) {
  return toMatrix("transpose", 1, a).transpose();
}
var T = transpose;

// grader/np/broadcast.ts
function broadcastShape(shapes3) {
  let out = null;
  for (const s5 of shapes3) {
    if (s5 === null) continue;
    if (out === null) {
      out = s5;
      continue;
    }
    const rows = out[0] === s5[0] || s5[0] === 1 ? out[0] : out[0] === 1 ? s5[0] : -1;
    const cols = out[1] === s5[1] || s5[1] === 1 ? out[1] : out[1] === 1 ? s5[1] : -1;
    if (rows < 0 || cols < 0) return void 0;
    out = [rows, cols];
  }
  return out;
}
function stretched(r2) {
  if (r2.shape === null) return r2.at;
  const [rows, cols] = r2.shape;
  return (i, j) => r2.at(rows === 1 ? 0 : i, cols === 1 ? 0 : j);
}
function broadcastMap(op, separator, operands, f) {
  const readers = operands.map((value, k) => toReader(op, k + 1, value));
  const shape2 = broadcastShape(readers.map((r2) => r2.shape));
  if (shape2 === void 0) throw broadcastError(op, separator, readers.map((r2) => r2.shape));
  const reads = readers.map(stretched);
  if (shape2 === null) return f(...reads.map((read) => read(0, 0)));
  return build2(shape2[0], shape2[1], (i, j) => f(...reads.map((read) => read(i, j))));
}
function binary(op, separator, f) {
  return ((a, b) => broadcastMap(op, separator, [a, b], (x, y) => f(x, y)));
}
var add = binary("add", " + ", (x, y) => x + y);
var sub = binary("sub", " - ", (x, y) => x - y);
var mul = binary("mul", " * ", (x, y) => x * y);
var div = binary("div", " / ", (x, y) => x / y);
var maximum = binary("maximum", ", ", (x, y) => Math.max(x, y));
var minimum = binary("minimum", ", ", (x, y) => Math.min(x, y));
var greater = binary("greater", ", ", (x, y) => x > y ? 1 : 0);
function where(cond, a, b) {
  const out = broadcastMap("where", ", ", [cond, a, b], (c, x, y) => c !== 0 ? x : y);
  return typeof out === "number" ? build2(1, 1, () => out) : out;
}

// grader/np/unary.ts
function unary(op, f) {
  return ((x) => {
    if (typeof x === "number") return f(x);
    const m = toMatrix(op, 1, x);
    return build2(m.rows, m.columns, (i, j) => f(m.get(i, j)));
  });
}
var exp = unary("exp", Math.exp);
var log = unary("log", Math.log);
var sqrt = unary("sqrt", Math.sqrt);
var abs = unary("abs", Math.abs);
var square = unary("square", (x) => x * x);

// grader/np/reduce.ts
function reduce(op, a, axis, average) {
  const m = toMatrix(op, 1, a);
  const at = (i, j) => m.get(i, j);
  if (axis === void 0) {
    let total = 0;
    for (let i = 0; i < m.rows; i++) for (let j = 0; j < m.columns; j++) total += at(i, j);
    return average ? total / (m.rows * m.columns) : total;
  }
  if (axis === 0) {
    return build2(1, m.columns, (_, j) => {
      let s5 = 0;
      for (let i = 0; i < m.rows; i++) s5 += at(i, j);
      return average ? s5 / m.rows : s5;
    });
  }
  if (axis === 1) {
    return build2(m.rows, 1, (i) => {
      let s5 = 0;
      for (let j = 0; j < m.columns; j++) s5 += at(i, j);
      return average ? s5 / m.columns : s5;
    });
  }
  throw new RangeError(`${op}: axis must be 0 or 1, got ${String(axis)}`);
}
function sum(a, axis) {
  return reduce("sum", a, axis, false);
}
function mean(a, axis) {
  return reduce("mean", a, axis, true);
}

// grader/diagnosis/mutants/files/deep-network/activationForward/missing-bias.ts
function activationForward(APrev, W, b, activation) {
  const Z = dot(W, APrev);
  const A = activation === "relu" ? maximum(Z, 0) : div(1, add(1, exp(mul(-1, Z))));
  return { A, cache: { APrev, W, b, Z } };
}

// grader/diagnosis/mutants/files/deep-network/activationForward/sigmoid-sign.ts
function activationForward2(APrev, W, b, activation) {
  const Z = add(dot(W, APrev), b);
  const A = activation === "relu" ? maximum(Z, 0) : div(1, add(1, exp(Z)));
  return { A, cache: { APrev, W, b, Z } };
}

// grader/diagnosis/mutants/files/deep-network/cost/cost-sign.ts
function cost(AL, Y) {
  const m = Y.columns;
  const a = AL.to1DArray();
  const y = Y.to1DArray();
  let total = 0;
  for (let i = 0; i < m; i++) total += y[i] * Math.log(a[i]) + (1 - y[i]) * Math.log(1 - a[i]);
  return total / m;
}

// grader/diagnosis/mutants/files/deep-network/cost/missing-1-over-m.ts
function cost2(AL, Y) {
  const m = Y.columns;
  const a = AL.to1DArray();
  const y = Y.to1DArray();
  let total = 0;
  for (let i = 0; i < m; i++) total += y[i] * Math.log(a[i]) + (1 - y[i]) * Math.log(1 - a[i]);
  return -total;
}

// grader/diagnosis/mutants/files/deep-network/cost/squared-error.ts
function cost3(AL, Y) {
  const m = Y.columns;
  const a = AL.to1DArray();
  const y = Y.to1DArray();
  let total = 0;
  for (let i = 0; i < m; i++) total += (a[i] - y[i]) ** 2;
  return total / m;
}

// grader/diagnosis/mutants/files/deep-network/dAPrev/double-1-over-m.ts
function dAPrev(W, dZ9) {
  return div(dot(T(W), dZ9), dZ9.columns);
}

// grader/diagnosis/mutants/files/deep-network/dAPrev/missing-transpose.ts
function dAPrev2(W, dZ9) {
  return dot(W, dZ9);
}

// grader/diagnosis/mutants/files/deep-network/dAPrev/transposed-result.ts
function dAPrev3(W, dZ9) {
  return dot(T(dZ9), W);
}

// grader/diagnosis/mutants/files/deep-network/dW/divide-by-n.ts
function dW(dZ9, APrev) {
  const m = APrev.columns;
  return div(dot(dZ9, T(APrev)), APrev.rows);
}

// grader/diagnosis/mutants/files/deep-network/dW/double-1-over-m.ts
function dW2(dZ9, APrev) {
  const m = APrev.columns;
  return div(dot(dZ9, T(APrev)), m * m);
}

// grader/diagnosis/mutants/files/deep-network/dW/missing-1-over-m.ts
function dW3(dZ9, APrev) {
  const m = APrev.columns;
  return dot(dZ9, T(APrev));
}

// grader/diagnosis/mutants/files/deep-network/dW/missing-transpose.ts
function dW4(dZ9, APrev) {
  const m = APrev.columns;
  return div(dot(dZ9, APrev), m);
}

// grader/diagnosis/mutants/files/deep-network/dW/missing-transpose-mmul.ts
import { Matrix as Matrix6 } from "ml-matrix";
function dW5(dZ9, APrev) {
  const m = APrev.columns;
  return Matrix6.div(dZ9.mmul(APrev), m);
}

// grader/diagnosis/mutants/files/deep-network/dW/transposed-result.ts
function dW6(dZ9, APrev) {
  const m = APrev.columns;
  return div(dot(APrev, T(dZ9)), m);
}

// grader/diagnosis/mutants/files/deep-network/dZ/missing-activation-derivative.ts
function dZ(dA, Z, activation) {
  if (activation === "relu") return mul(dA, 1);
  return mul(dA, 1);
}

// grader/diagnosis/mutants/files/deep-network/dZ/sigmoid-derivative-of-z.ts
function dZ2(dA, Z, activation) {
  if (activation === "relu") return where(greater(Z, 0), dA, 0);
  return mul(dA, mul(Z, sub(1, Z)));
}

// grader/diagnosis/mutants/files/deep-network/db/db-wrong-axis.ts
function db(dZ9) {
  const m = dZ9.columns;
  return sum(dZ9) / m;
}

// grader/diagnosis/mutants/files/deep-network/db/db-wrong-axis-rows.ts
function db2(dZ9) {
  const m = dZ9.columns;
  return div(sum(dZ9, 0), m);
}

// grader/diagnosis/mutants/files/deep-network/db/divide-by-n.ts
function db3(dZ9) {
  const m = dZ9.columns;
  return div(sum(dZ9, 1), dZ9.rows);
}

// grader/diagnosis/mutants/files/deep-network/db/double-1-over-m.ts
function db4(dZ9) {
  const m = dZ9.columns;
  return div(mean(dZ9, 1), m);
}

// grader/diagnosis/mutants/files/deep-network/db/missing-1-over-m.ts
function db5(dZ9) {
  const m = dZ9.columns;
  return sum(dZ9, 1);
}

// grader/diagnosis/mutants/files/deep-network/initializeParameters/transposed-result.ts
import { Matrix as Matrix7 } from "ml-matrix";
function initializeParameters(layerDims, randn2) {
  const params = {};
  for (let l = 1; l < layerDims.length; l++) {
    const [n, nPrev] = [layerDims[l], layerDims[l - 1]];
    params[`W${l}`] = new Matrix7(Array.from({ length: nPrev }, () => Array.from({ length: n }, () => randn2() / Math.sqrt(nPrev))));
    params[`b${l}`] = Matrix7.zeros(n, 1);
  }
  return params;
}

// grader/diagnosis/mutants/files/deep-network/initializeParameters/unscaled-init.ts
import { Matrix as Matrix8 } from "ml-matrix";
function initializeParameters2(layerDims, randn2) {
  const params = {};
  for (let l = 1; l < layerDims.length; l++) {
    const [n, nPrev] = [layerDims[l], layerDims[l - 1]];
    params[`W${l}`] = new Matrix8(Array.from({ length: n }, () => Array.from({ length: nPrev }, () => randn2())));
    params[`b${l}`] = Matrix8.zeros(n, 1);
  }
  return params;
}

// grader/diagnosis/mutants/files/deep-network/initializeParameters/zero-init.ts
import { Matrix as Matrix9 } from "ml-matrix";
function initializeParameters3(layerDims, randn2) {
  const params = {};
  for (let l = 1; l < layerDims.length; l++) {
    const [n, nPrev] = [layerDims[l], layerDims[l - 1]];
    params[`W${l}`] = Matrix9.zeros(n, nPrev);
    params[`b${l}`] = Matrix9.zeros(n, 1);
  }
  return params;
}

// grader/diagnosis/mutants/files/deep-network/linearForward/missing-bias.ts
function linearForward(APrev, W, b) {
  return dot(W, APrev);
}

// grader/diagnosis/mutants/files/deep-network/linearForward/transposed-result.ts
function linearForward2(APrev, W, b) {
  return add(dot(T(APrev), T(W)), T(b));
}

// grader/diagnosis/mutants/files/deep-network/modelBackward/db-wrong-axis.ts
function modelBackward(AL, Y, caches) {
  const grads = {};
  const m = AL.columns;
  let dZ9 = sub(AL, Y);
  for (let l = caches.length; l >= 1; l--) {
    const { APrev, W } = caches[l - 1];
    grads[`dW${l}`] = div(dot(dZ9, T(APrev)), m);
    grads[`db${l}`] = sum(dZ9) / m;
    if (l > 1) dZ9 = where(greater(caches[l - 2].Z, 0), dot(T(W), dZ9), 0);
  }
  return grads;
}

// grader/diagnosis/mutants/files/deep-network/modelBackward/divide-by-n.ts
function modelBackward2(AL, Y, caches) {
  const grads = {};
  const m = AL.columns;
  let dZ9 = sub(AL, Y);
  for (let l = caches.length; l >= 1; l--) {
    const { APrev, W } = caches[l - 1];
    grads[`dW${l}`] = div(dot(dZ9, T(APrev)), caches[0].APrev.rows);
    grads[`db${l}`] = div(sum(dZ9, 1), caches[0].APrev.rows);
    if (l > 1) dZ9 = where(greater(caches[l - 2].Z, 0), dot(T(W), dZ9), 0);
  }
  return grads;
}

// grader/diagnosis/mutants/files/deep-network/modelBackward/double-1-over-m.ts
function modelBackward3(AL, Y, caches) {
  const grads = {};
  const m = AL.columns;
  let dZ9 = div(sub(AL, Y), m);
  for (let l = caches.length; l >= 1; l--) {
    const { APrev, W } = caches[l - 1];
    grads[`dW${l}`] = div(dot(dZ9, T(APrev)), m);
    grads[`db${l}`] = div(sum(dZ9, 1), m);
    if (l > 1) dZ9 = where(greater(caches[l - 2].Z, 0), dot(T(W), dZ9), 0);
  }
  return grads;
}

// grader/diagnosis/mutants/files/deep-network/modelBackward/double-1-over-m-hidden.ts
function modelBackward4(AL, Y, caches) {
  const grads = {};
  const m = AL.columns;
  let dZ9 = sub(AL, Y);
  for (let l = caches.length; l >= 1; l--) {
    const { APrev, W } = caches[l - 1];
    grads[`dW${l}`] = div(dot(dZ9, T(APrev)), m);
    grads[`db${l}`] = div(sum(dZ9, 1), m);
    if (l > 1) dZ9 = div(where(greater(caches[l - 2].Z, 0), dot(T(W), dZ9), 0), m);
  }
  return grads;
}

// grader/diagnosis/mutants/files/deep-network/modelBackward/missing-1-over-m.ts
function modelBackward5(AL, Y, caches) {
  const grads = {};
  const m = AL.columns;
  let dZ9 = sub(AL, Y);
  for (let l = caches.length; l >= 1; l--) {
    const { APrev, W } = caches[l - 1];
    grads[`dW${l}`] = dot(dZ9, T(APrev));
    grads[`db${l}`] = sum(dZ9, 1);
    if (l > 1) dZ9 = where(greater(caches[l - 2].Z, 0), dot(T(W), dZ9), 0);
  }
  return grads;
}

// grader/diagnosis/mutants/files/deep-network/modelBackward/missing-activation-derivative.ts
function modelBackward6(AL, Y, caches) {
  const grads = {};
  const m = AL.columns;
  let dZ9 = sub(AL, Y);
  for (let l = caches.length; l >= 1; l--) {
    const { APrev, W } = caches[l - 1];
    grads[`dW${l}`] = div(dot(dZ9, T(APrev)), m);
    grads[`db${l}`] = div(sum(dZ9, 1), m);
    if (l > 1) dZ9 = dot(T(W), dZ9);
  }
  return grads;
}

// grader/diagnosis/mutants/files/deep-network/modelBackward/missing-transpose.ts
function modelBackward7(AL, Y, caches) {
  const grads = {};
  const m = AL.columns;
  let dZ9 = sub(AL, Y);
  for (let l = caches.length; l >= 1; l--) {
    const { APrev, W } = caches[l - 1];
    grads[`dW${l}`] = div(dot(dZ9, APrev), m);
    grads[`db${l}`] = div(sum(dZ9, 1), m);
    if (l > 1) dZ9 = where(greater(caches[l - 2].Z, 0), dot(T(W), dZ9), 0);
  }
  return grads;
}

// grader/diagnosis/mutants/files/deep-network/modelBackward/missing-transpose-mmul.ts
import { Matrix as Matrix10 } from "ml-matrix";
function modelBackward8(AL, Y, caches) {
  const grads = {};
  const m = AL.columns;
  let dZ9 = sub(AL, Y);
  for (let l = caches.length; l >= 1; l--) {
    const { APrev, W } = caches[l - 1];
    grads[`dW${l}`] = Matrix10.div(dZ9.mmul(APrev), m);
    grads[`db${l}`] = div(sum(dZ9, 1), m);
    if (l > 1) dZ9 = where(greater(caches[l - 2].Z, 0), dot(T(W), dZ9), 0);
  }
  return grads;
}

// grader/diagnosis/mutants/files/deep-network/modelBackward/transposed-result.ts
function modelBackward9(AL, Y, caches) {
  const grads = {};
  const m = AL.columns;
  let dZ9 = sub(AL, Y);
  for (let l = caches.length; l >= 1; l--) {
    const { APrev, W } = caches[l - 1];
    grads[`dW${l}`] = div(dot(APrev, T(dZ9)), m);
    grads[`db${l}`] = div(sum(dZ9, 1), m);
    if (l > 1) dZ9 = where(greater(caches[l - 2].Z, 0), dot(T(W), dZ9), 0);
  }
  return grads;
}

// grader/diagnosis/mutants/files/deep-network/modelBackward/wrong-layer-derivative.ts
var sig = (Z) => div(1, add(1, exp(mul(-1, Z))));
function modelBackward10(AL, Y, caches) {
  const grads = {};
  const m = AL.columns;
  let dZ9 = sub(AL, Y);
  for (let l = caches.length; l >= 1; l--) {
    const { APrev, W } = caches[l - 1];
    grads[`dW${l}`] = div(dot(dZ9, T(APrev)), m);
    grads[`db${l}`] = div(sum(dZ9, 1), m);
    if (l > 1) dZ9 = mul(dot(T(W), dZ9), mul(sig(caches[l - 2].Z), sub(1, sig(caches[l - 2].Z))));
  }
  return grads;
}

// grader/diagnosis/mutants/files/deep-network/modelForward/missing-bias.ts
function modelForward(X, params) {
  const L = Object.keys(params).filter((k) => k.startsWith("W")).length;
  const caches = [];
  let A = X;
  for (let l = 1; l <= L; l++) {
    const [W, b] = [params[`W${l}`], params[`b${l}`]];
    const Z = dot(W, A);
    caches.push({ APrev: A, W, b, Z });
    A = l < L ? maximum(Z, 0) : div(1, add(1, exp(mul(-1, Z))));
  }
  return { AL: A, caches };
}

// grader/diagnosis/mutants/files/deep-network/predict/returns-probabilities.ts
function predict(X, params) {
  const L = Object.keys(params).filter((k) => k.startsWith("W")).length;
  let A = X;
  for (let l = 1; l <= L; l++) {
    const Z = add(dot(params[`W${l}`], A), params[`b${l}`]);
    A = l < L ? maximum(Z, 0) : div(1, add(1, exp(mul(-1, Z))));
  }
  return A;
}

// grader/diagnosis/mutants/files/deep-network/sigmoid/sigmoid-overflow.ts
import { Matrix as Matrix11 } from "ml-matrix";
var s = (z) => Math.exp(z) / (1 + Math.exp(z));
function sigmoid(Z) {
  return new Matrix11(Z.to2DArray().map((row) => row.map(s)));
}

// grader/diagnosis/mutants/files/deep-network/sigmoid/sigmoid-sign.ts
import { Matrix as Matrix12 } from "ml-matrix";
var s2 = (z) => 1 / (1 + Math.exp(z));
function sigmoid2(Z) {
  return new Matrix12(Z.to2DArray().map((row) => row.map(s2)));
}

// grader/diagnosis/mutants/files/deep-network/train/cost-after-update.ts
import { Matrix as Matrix13 } from "ml-matrix";
var sigmoid3 = (Z) => div(1, add(1, exp(mul(-1, Z))));
var cost4 = (AL, Y) => -sum(add(mul(Y, log(AL)), mul(sub(1, Y), log(sub(1, AL))))) / Y.columns;
function forward(X, p, L) {
  const As = [X];
  const Zs = [];
  for (let l = 1; l <= L; l++) {
    Zs.push(add(dot(p[`W${l}`], As[l - 1]), p[`b${l}`]));
    As.push(l < L ? maximum(Zs[l - 1], 0) : sigmoid3(Zs[l - 1]));
  }
  return { As, Zs };
}
function train(X, Y, layerDims, options) {
  const L = layerDims.length - 1;
  const m = X.columns;
  let p = {};
  for (let l = 1; l <= L; l++) {
    const [n, nPrev] = [layerDims[l], layerDims[l - 1]];
    p[`W${l}`] = new Matrix13(Array.from({ length: n }, () => Array.from({ length: nPrev }, () => options.randn() / Math.sqrt(nPrev))));
    p[`b${l}`] = Matrix13.zeros(n, 1);
  }
  const costs = [];
  for (let i = 0; i < options.iterations; i++) {
    const { As, Zs } = forward(X, p, L);
    const next = {};
    let dZ9 = sub(As[L], Y);
    for (let l = L; l >= 1; l--) {
      next[`W${l}`] = sub(p[`W${l}`], mul(options.learningRate, div(dot(dZ9, T(As[l - 1])), m)));
      next[`b${l}`] = sub(p[`b${l}`], mul(options.learningRate, div(sum(dZ9, 1), m)));
      if (l > 1) dZ9 = where(greater(Zs[l - 2], 0), dot(T(p[`W${l}`]), dZ9), 0);
    }
    p = next;
    costs.push(cost4(forward(X, p, L).As[L], Y));
  }
  return { params: p, costs };
}

// grader/diagnosis/mutants/files/deep-network/update/mutates-input.ts
import { Matrix as Matrix14 } from "ml-matrix";
function update(params, grads, learningRate) {
  const updated = {};
  for (const key of Object.keys(params)) {
    updated[key] = params[key].sub(Matrix14.mul(grads[`d${key}`], learningRate));
  }
  return updated;
}

// grader/diagnosis/mutants/files/deep-network/update/update-sign.ts
import { Matrix as Matrix15 } from "ml-matrix";
function update2(params, grads, learningRate) {
  const updated = {};
  for (const key of Object.keys(params)) {
    updated[key] = Matrix15.add(params[key], Matrix15.mul(grads[`d${key}`], learningRate));
  }
  return updated;
}

// grader/diagnosis/mutants/deep-network.ts
var DEEP_NETWORK_MUTANTS = exerciseMutants("deep-network", {
  initializeParameters: [
    { id: "transposed-result", apply: initializeParameters, says: "your W^[l] is (n^[l\u22121], n^[l]): it has one ROW per unit, (n^[l], n^[l\u22121])" },
    { id: "unscaled-init", apply: initializeParameters2, says: "your weights are randn() without the / \u221An^[l\u22121]" },
    { id: "zero-init", apply: initializeParameters3, says: "your weights are all zero: the units of a layer stay identical" }
  ],
  linearForward: [
    { id: "missing-bias", apply: linearForward, says: "your Z is W\xB7A_prev: the + b is missing" },
    { id: "transposed-result", apply: linearForward2, says: "your Z is (m, n^[l]), examples in rows: Z = W A_prev + b is (n^[l], m)" }
  ],
  sigmoid: [
    { id: "sigmoid-overflow", apply: sigmoid, says: "your sigmoid gives NaN for large z: e^z / (1 + e^z) overflows" },
    { id: "sigmoid-sign", apply: sigmoid2, says: "your sigmoid is 1/(1 + e^{z}): the minus in the exponent is missing" }
  ],
  activationForward: [
    { id: "missing-bias", apply: activationForward, says: "your Z is W\xB7A_prev: the + b is missing" },
    { id: "sigmoid-sign", apply: activationForward2, says: "your sigmoid is 1/(1 + e^{z}): the minus in the exponent is missing" }
  ],
  modelForward: [
    { id: "missing-bias", apply: modelForward, says: "your layers compute W\xB7A without + b" }
  ],
  cost: [
    { id: "cost-sign", apply: cost, says: "your cost is the negative of the right one: the leading minus is missing" },
    { id: "missing-1-over-m", apply: cost2, says: "your cost is m times too large: summed, not averaged over the m examples" },
    { id: "squared-error", apply: cost3, says: "your cost is the mean squared error, not the cross-entropy" }
  ],
  dZ: [
    { id: "missing-activation-derivative", apply: dZ, says: "your dZ is dA itself: the factor g'(Z) is missing" },
    { id: "sigmoid-derivative-of-z", apply: dZ2, says: "your sigmoid' is Z(1 \u2212 Z): it is \u03C3(Z)(1 \u2212 \u03C3(Z))" }
  ],
  dW: [
    { id: "divide-by-n", apply: dW, says: "your dW is divided by n^[l\u22121], the number of features of A_prev, instead of m (notes 004 write 1/n)" },
    { id: "double-1-over-m", apply: dW2, says: "your dW is divided by m twice" },
    { id: "missing-1-over-m", apply: dW3, says: "you forgot to average over the m examples in dW: it is m times too large" },
    { id: "missing-transpose", variant: "mmul", apply: dW5, says: "dZ.mmul(APrev) is missing the transpose of A_prev (ml-matrix then throws, or silently uses the first rows of A_prev)" },
    { id: "missing-transpose", apply: dW4, says: "dZ \xB7 A_prev does not multiply, (n^[l], m)\xB7(n^[l\u22121], m): A_prev needs its transpose" },
    { id: "transposed-result", apply: dW6, says: "your dW is A_prev\xB7dZ\u1D40, the transpose of dW (notes 003)" }
  ],
  db: [
    { id: "db-wrong-axis", variant: "rows", apply: db2, says: "your db is summed over the units (axis 0), one value per example: sum each row over the m examples" },
    { id: "db-wrong-axis", apply: db, says: "your db sums every entry of dZ into one number: db is (n^[l], 1), one average per unit" },
    { id: "divide-by-n", apply: db3, says: "your db is divided by n^[l], the number of units, instead of m (notes 004 write 1/n)" },
    { id: "double-1-over-m", apply: db4, says: "your db is divided by m twice" },
    { id: "missing-1-over-m", apply: db5, says: "you forgot to average over the m examples in db: it is the row sums of dZ" }
  ],
  dAPrev: [
    { id: "double-1-over-m", apply: dAPrev, says: "your dA_prev is divided by m: dW and db average again later (notes 004 put 1/m in dz^[1])" },
    { id: "missing-transpose", apply: dAPrev2, says: "W \xB7 dZ does not multiply, (n^[l], n^[l\u22121])\xB7(n^[l], m): W needs its transpose" },
    { id: "transposed-result", apply: dAPrev3, says: "your dA_prev is dZ\u1D40\xB7W, (m, n^[l\u22121]): the transpose of W\u1D40 dZ" }
  ],
  modelBackward: [
    { id: "db-wrong-axis", apply: modelBackward, says: "your db^[l] sum every entry of dZ^[l] into one number: each is (n^[l], 1)" },
    { id: "divide-by-n", apply: modelBackward2, says: "your gradients are divided by n^[0], the number of features, instead of m" },
    { id: "double-1-over-m", variant: "hidden", apply: modelBackward4, says: "your hidden dZ^[l] are divided by m, and dW, db divide by m again (notes 004: dz^[1] = 1/m \u2026)" },
    { id: "double-1-over-m", apply: modelBackward3, says: "your dZ^[L] is divided by m, and dW, db divide by m again" },
    { id: "missing-1-over-m", apply: modelBackward5, says: 'you forgot to average over the m examples in dW and db (notes 004 "Back propagation": dw = dz\xB7a\u1D40, db = dz)' },
    { id: "missing-activation-derivative", apply: modelBackward6, says: "your hidden dZ^[l] = W^[l+1]\u1D40 dZ^[l+1] lacks the factor relu'(Z^[l])" },
    { id: "missing-transpose", variant: "mmul", apply: modelBackward8, says: "dZ.mmul(APrev) is missing the transpose of A_prev (ml-matrix then throws, or silently uses the first rows of A_prev)" },
    { id: "missing-transpose", apply: modelBackward7, says: "dZ \xB7 A_prev does not multiply: A_prev needs its transpose (notes 002)" },
    { id: "transposed-result", apply: modelBackward9, says: "your dW^[l] are A_prev\xB7dZ\u1D40, the transposes of the right ones" },
    { id: "wrong-layer-derivative", apply: modelBackward10, says: "your hidden layers use the sigmoid's slope: layer l < L is ReLU, so dZ^[l] = dA^[l] \u2299 relu'(Z^[l])" }
  ],
  update: [
    { id: "mutates-input", apply: update, says: "your update changes the caller's parameters in place (ml-matrix's W.sub(\u2026))" },
    { id: "update-sign", apply: update2, says: "you added \u03B1\xB7dW: W := W + \u03B1 dW climbs the cost" }
  ],
  predict: [
    { id: "returns-probabilities", apply: predict, says: "your predict returns the probabilities A^[L], not 0/1 labels" }
  ],
  train: [
    { id: "cost-after-update", apply: train, says: "your costs are recorded after each update: costs[i] must be the cost before update i" }
  ]
});

// grader/diagnosis/mutants/files/logistic-regression/cost/cost-sign.ts
function cost5(A, Y) {
  const m = Y.columns;
  const a = A.to1DArray();
  const y = Y.to1DArray();
  let total = 0;
  for (let i = 0; i < m; i++) total += y[i] * Math.log(a[i]) + (1 - y[i]) * Math.log(1 - a[i]);
  return total / m;
}

// grader/diagnosis/mutants/files/logistic-regression/cost/missing-1-over-m.ts
function cost6(A, Y) {
  const m = Y.columns;
  const a = A.to1DArray();
  const y = Y.to1DArray();
  let total = 0;
  for (let i = 0; i < m; i++) total += y[i] * Math.log(a[i]) + (1 - y[i]) * Math.log(1 - a[i]);
  return -total;
}

// grader/diagnosis/mutants/files/logistic-regression/cost/squared-error.ts
function cost7(A, Y) {
  const m = Y.columns;
  const a = A.to1DArray();
  const y = Y.to1DArray();
  let total = 0;
  for (let i = 0; i < m; i++) total += (a[i] - y[i]) ** 2;
  return total / m;
}

// grader/diagnosis/mutants/files/logistic-regression/dW/divide-by-n.ts
function dW7(X, dZ9) {
  const n = X.rows;
  return div(dot(X, T(dZ9)), n);
}

// grader/diagnosis/mutants/files/logistic-regression/dW/double-1-over-m.ts
function dW8(X, dZ9) {
  const m = X.columns;
  return div(div(dot(X, T(dZ9)), m), m);
}

// grader/diagnosis/mutants/files/logistic-regression/dW/missing-1-over-m.ts
function dW9(X, dZ9) {
  const m = X.columns;
  return dot(X, T(dZ9));
}

// grader/diagnosis/mutants/files/logistic-regression/dW/missing-transpose.ts
function dW10(X, dZ9) {
  const m = X.columns;
  return div(dot(X, dZ9), m);
}

// grader/diagnosis/mutants/files/logistic-regression/dW/transposed-result.ts
function dW11(X, dZ9) {
  const m = X.columns;
  return div(dot(dZ9, T(X)), m);
}

// grader/diagnosis/mutants/files/logistic-regression/dZ/double-1-over-m.ts
function dZ3(A, Y) {
  return div(sub(A, Y), Y.columns);
}

// grader/diagnosis/mutants/files/logistic-regression/dZ/gradient-sign.ts
function dZ4(A, Y) {
  return sub(Y, A);
}

// grader/diagnosis/mutants/files/logistic-regression/dZ/mutates-input.ts
function dZ5(A, Y) {
  return A.sub(Y);
}

// grader/diagnosis/mutants/files/logistic-regression/dZ/squared-error.ts
function dZ6(A, Y) {
  return mul(2, sub(A, Y));
}

// grader/diagnosis/mutants/files/logistic-regression/db/db-wrong-axis.ts
function db6(dZ9) {
  const m = dZ9.columns;
  return div(sum(dZ9, 0), m);
}

// grader/diagnosis/mutants/files/logistic-regression/db/double-1-over-m.ts
function db7(dZ9) {
  const m = dZ9.columns;
  return mean(dZ9) / m;
}

// grader/diagnosis/mutants/files/logistic-regression/db/missing-1-over-m.ts
function db8(dZ9) {
  const m = dZ9.columns;
  return sum(dZ9);
}

// grader/diagnosis/mutants/files/logistic-regression/forward/missing-bias.ts
function forward2(w, b, X) {
  const Z = dot(T(w), X);
  return div(1, add(1, exp(mul(-1, Z))));
}

// grader/diagnosis/mutants/files/logistic-regression/forward/sigmoid-overflow.ts
function forward3(w, b, X) {
  const E = exp(add(dot(T(w), X), b));
  return div(E, add(1, E));
}

// grader/diagnosis/mutants/files/logistic-regression/forward/sigmoid-sign.ts
function forward4(w, b, X) {
  const Z = add(dot(T(w), X), b);
  return div(1, add(1, exp(Z)));
}

// grader/diagnosis/mutants/files/logistic-regression/forward/transposed-result.ts
function forward5(w, b, X) {
  const Z = add(dot(T(X), w), b);
  return div(1, add(1, exp(mul(-1, Z))));
}

// grader/diagnosis/mutants/files/logistic-regression/initializeWithZeros/transposed-result.ts
import { Matrix as Matrix16 } from "ml-matrix";
function initializeWithZeros(dim) {
  return { w: Matrix16.zeros(1, dim), b: 0 };
}

// grader/diagnosis/mutants/files/logistic-regression/predict/returns-probabilities.ts
function predict2(w, b, X) {
  const Z = add(dot(T(w), X), b);
  return div(1, add(1, exp(mul(-1, Z))));
}

// grader/diagnosis/mutants/files/logistic-regression/sigmoid/sigmoid-overflow.ts
import { Matrix as Matrix17 } from "ml-matrix";
var s3 = (z) => Math.exp(z) / (1 + Math.exp(z));
function sigmoid4(z) {
  if (typeof z === "number") return s3(z);
  return new Matrix17(z.to2DArray().map((row) => row.map(s3)));
}

// grader/diagnosis/mutants/files/logistic-regression/sigmoid/sigmoid-sign.ts
import { Matrix as Matrix18 } from "ml-matrix";
var s4 = (z) => 1 / (1 + Math.exp(z));
function sigmoid5(z) {
  if (typeof z === "number") return s4(z);
  return new Matrix18(z.to2DArray().map((row) => row.map(s4)));
}

// grader/diagnosis/mutants/files/logistic-regression/train/cost-after-update.ts
import { Matrix as Matrix19 } from "ml-matrix";
var forward6 = (w, b, X) => div(1, add(1, exp(mul(-1, add(dot(T(w), X), b)))));
var cost8 = (A, Y) => -sum(add(mul(Y, log(A)), mul(sub(1, Y), log(sub(1, A))))) / Y.columns;
function train2(X, Y, options) {
  const m = X.columns;
  let w = Matrix19.zeros(X.rows, 1);
  let b = 0;
  const costs = [];
  for (let i = 0; i < options.iterations; i++) {
    const A = forward6(w, b, X);
    const dZ9 = sub(A, Y);
    w = sub(w, mul(options.learningRate, div(dot(X, T(dZ9)), m)));
    b -= options.learningRate * sum(dZ9) / m;
    costs.push(cost8(forward6(w, b, X), Y));
  }
  return { params: { w, b }, costs };
}

// grader/diagnosis/mutants/files/logistic-regression/train/missing-1-over-m.ts
import { Matrix as Matrix20 } from "ml-matrix";
var forward7 = (w, b, X) => div(1, add(1, exp(mul(-1, add(dot(T(w), X), b)))));
var cost9 = (A, Y) => -sum(add(mul(Y, log(A)), mul(sub(1, Y), log(sub(1, A))))) / Y.columns;
function train3(X, Y, options) {
  let w = Matrix20.zeros(X.rows, 1);
  let b = 0;
  const costs = [];
  for (let i = 0; i < options.iterations; i++) {
    const A = forward7(w, b, X);
    costs.push(cost9(A, Y));
    const dZ9 = sub(A, Y);
    w = sub(w, mul(options.learningRate, dot(X, T(dZ9))));
    b -= options.learningRate * sum(dZ9);
  }
  return { params: { w, b }, costs };
}

// grader/diagnosis/mutants/files/logistic-regression/update/mutates-input.ts
import { Matrix as Matrix21 } from "ml-matrix";
function update3(params, grads, learningRate) {
  const w = params.w.sub(Matrix21.mul(grads.dw, learningRate));
  return { w, b: params.b - learningRate * grads.db };
}

// grader/diagnosis/mutants/files/logistic-regression/update/update-sign.ts
import { Matrix as Matrix22 } from "ml-matrix";
function update4(params, grads, learningRate) {
  return { w: Matrix22.add(params.w, Matrix22.mul(grads.dw, learningRate)), b: params.b + learningRate * grads.db };
}

// grader/diagnosis/mutants/logistic-regression.ts
var LOGISTIC_REGRESSION_MUTANTS = exerciseMutants("logistic-regression", {
  sigmoid: [
    { id: "sigmoid-overflow", apply: sigmoid4, says: "your sigmoid gives NaN for large z: e^z / (1 + e^z) is Infinity/Infinity once e^z overflows" },
    { id: "sigmoid-sign", apply: sigmoid5, says: "your sigmoid is 1/(1 + e^{z}), \u03C3(\u2212z): the minus in the exponent is missing" }
  ],
  initializeWithZeros: [
    { id: "transposed-result", apply: initializeWithZeros, says: "your w is a row (1, dim); w has one ROW per feature, (dim, 1)" }
  ],
  forward: [
    { id: "missing-bias", apply: forward2, says: "your A is \u03C3(w\u1D40X): the + b is missing" },
    { id: "sigmoid-overflow", apply: forward3, says: "your A has NaN where |z| is large: \u03C3 written e^z / (1 + e^z) overflows" },
    { id: "sigmoid-sign", apply: forward4, says: "your A is \u03C3(\u2212z): the sigmoid is written 1/(1 + e^{z})" },
    { id: "transposed-result", apply: forward5, says: "your A is (m, 1), X\u1D40w: examples in rows as in notes 003; here X is (n_x, m) and A = \u03C3(w\u1D40X + b) is (1, m)" }
  ],
  cost: [
    { id: "cost-sign", apply: cost5, says: "your cost is the negative of the right one: the leading minus is missing (notes 003 drop it)" },
    { id: "missing-1-over-m", apply: cost6, says: "your cost is m times too large: the losses are summed, not averaged over the m examples" },
    { id: "squared-error", apply: cost7, says: "your cost is the mean squared error (a \u2212 y)\xB2, not the cross-entropy" }
  ],
  dZ: [
    { id: "double-1-over-m", apply: dZ3, says: "your dZ is divided by m: the 1/m belongs to dw and db only (notes 004 put it in dz too)" },
    { id: "gradient-sign", apply: dZ4, says: "your dZ is Y \u2212 A: the sign is flipped" },
    { id: "mutates-input", apply: dZ5, says: "your dZ changes A in place (ml-matrix's A.sub(Y))" },
    { id: "squared-error", apply: dZ6, says: "your dZ is 2(A \u2212 Y), the derivative of the squared error (notes 003)" }
  ],
  dW: [
    { id: "divide-by-n", apply: dW7, says: "your dw is divided by n_x, the number of features, instead of m (notes 004 write 1/n)" },
    { id: "double-1-over-m", apply: dW8, says: "your dw is divided by m twice" },
    { id: "missing-1-over-m", apply: dW9, says: "you forgot to average over the m examples in dw: it is m times too large" },
    { id: "missing-transpose", apply: dW10, says: "X \xB7 dZ does not multiply, (n_x, m)\xB7(1, m): dZ needs its transpose" },
    { id: "transposed-result", apply: dW11, says: "your dw is dZ\xB7X\u1D40, (1, n_x): the transpose of dw (notes 003, examples in rows)" }
  ],
  db: [
    { id: "db-wrong-axis", apply: db6, says: "your db is a row (1, m) summed down the columns: db is one number, the average of all m entries of dZ" },
    { id: "double-1-over-m", apply: db7, says: "your db is divided by m twice" },
    { id: "missing-1-over-m", apply: db8, says: "you forgot to average over the m examples in db: it is the sum of dZ" }
  ],
  update: [
    { id: "mutates-input", apply: update3, says: "your update changes params.w in place (ml-matrix's w.sub(\u2026))" },
    { id: "update-sign", apply: update4, says: "you added \u03B1\xB7dw: W := W + \u03B1 dW climbs the cost" }
  ],
  predict: [
    { id: "returns-probabilities", apply: predict2, says: "your predict returns the probabilities A, not 0/1 labels" }
  ],
  train: [
    { id: "cost-after-update", apply: train2, says: "your costs are recorded after each update: costs[i] must be the cost before update i" },
    { id: "missing-1-over-m", apply: train3, says: "the gradients inside your train are not averaged over the m examples" }
  ]
});

// grader/diagnosis/mutants/files/shallow-network/backward/db-times-input.ts
function backward2(params, cache, X, Y) {
  const m = X.columns;
  const { A1, A2 } = cache;
  const dZ22 = sub(A2, Y);
  const dW22 = div(dot(dZ22, T(A1)), m);
  const db22 = div(sum(dot(dZ22, T(A1)), 1), m);
  const dZ1 = mul(dot(T(params.W2), dZ22), mul(A1, sub(1, A1)));
  const dW1 = div(dot(dZ1, T(X)), m);
  const db1 = div(sum(dot(dZ1, T(X)), 1), m);
  return { dW1, db1, dW2: dW22, db2: db22 };
}

// grader/diagnosis/mutants/files/shallow-network/backward/db-wrong-axis.ts
function backward3(params, cache, X, Y) {
  const m = X.columns;
  const { A1, A2 } = cache;
  const dZ22 = sub(A2, Y);
  const dW22 = div(dot(dZ22, T(A1)), m);
  const db22 = sum(dZ22) / m;
  const dZ1 = mul(dot(T(params.W2), dZ22), mul(A1, sub(1, A1)));
  const dW1 = div(dot(dZ1, T(X)), m);
  const db1 = sum(dZ1) / m;
  return { dW1, db1, dW2: dW22, db2: db22 };
}

// grader/diagnosis/mutants/files/shallow-network/backward/db-wrong-axis-rows.ts
function backward4(params, cache, X, Y) {
  const m = X.columns;
  const { A1, A2 } = cache;
  const dZ22 = sub(A2, Y);
  const dW22 = div(dot(dZ22, T(A1)), m);
  const db22 = div(sum(dZ22, 0), m);
  const dZ1 = mul(dot(T(params.W2), dZ22), mul(A1, sub(1, A1)));
  const dW1 = div(dot(dZ1, T(X)), m);
  const db1 = div(sum(dZ1, 0), m);
  return { dW1, db1, dW2: dW22, db2: db22 };
}

// grader/diagnosis/mutants/files/shallow-network/backward/divide-by-n.ts
function backward5(params, cache, X, Y) {
  const m = X.columns;
  const { A1, A2 } = cache;
  const dZ22 = sub(A2, Y);
  const n = X.rows;
  const dW22 = div(dot(dZ22, T(A1)), n);
  const db22 = div(sum(dZ22, 1), n);
  const dZ1 = mul(dot(T(params.W2), dZ22), mul(A1, sub(1, A1)));
  const dW1 = div(dot(dZ1, T(X)), n);
  const db1 = div(sum(dZ1, 1), n);
  return { dW1, db1, dW2: dW22, db2: db22 };
}

// grader/diagnosis/mutants/files/shallow-network/backward/double-1-over-m.ts
function backward6(params, cache, X, Y) {
  const m = X.columns;
  const { A1, A2 } = cache;
  const dZ22 = sub(A2, Y);
  const dW22 = div(dot(dZ22, T(A1)), m);
  const db22 = div(sum(dZ22, 1), m);
  const dZ1 = div(mul(dot(T(params.W2), dZ22), mul(A1, sub(1, A1))), m);
  const dW1 = div(dot(dZ1, T(X)), m);
  const db1 = div(sum(dZ1, 1), m);
  return { dW1, db1, dW2: dW22, db2: db22 };
}

// grader/diagnosis/mutants/files/shallow-network/backward/gradient-sign.ts
function backward7(params, cache, X, Y) {
  const m = X.columns;
  const { A1, A2 } = cache;
  const dZ22 = sub(Y, A2);
  const dW22 = div(dot(dZ22, T(A1)), m);
  const db22 = div(sum(dZ22, 1), m);
  const dZ1 = mul(dot(T(params.W2), dZ22), mul(A1, sub(1, A1)));
  const dW1 = div(dot(dZ1, T(X)), m);
  const db1 = div(sum(dZ1, 1), m);
  return { dW1, db1, dW2: dW22, db2: db22 };
}

// grader/diagnosis/mutants/files/shallow-network/backward/missing-1-over-m.ts
function backward8(params, cache, X, Y) {
  const m = X.columns;
  const { A1, A2 } = cache;
  const dZ22 = sub(A2, Y);
  const dW22 = dot(dZ22, T(A1));
  const db22 = sum(dZ22, 1);
  const dZ1 = mul(dot(T(params.W2), dZ22), mul(A1, sub(1, A1)));
  const dW1 = dot(dZ1, T(X));
  const db1 = sum(dZ1, 1);
  return { dW1, db1, dW2: dW22, db2: db22 };
}

// grader/diagnosis/mutants/files/shallow-network/backward/missing-activation-derivative.ts
function backward9(params, cache, X, Y) {
  const m = X.columns;
  const { A1, A2 } = cache;
  const dZ22 = sub(A2, Y);
  const dW22 = div(dot(dZ22, T(A1)), m);
  const db22 = div(sum(dZ22, 1), m);
  const dZ1 = dot(T(params.W2), dZ22);
  const dW1 = div(dot(dZ1, T(X)), m);
  const db1 = div(sum(dZ1, 1), m);
  return { dW1, db1, dW2: dW22, db2: db22 };
}

// grader/diagnosis/mutants/files/shallow-network/backward/missing-transpose.ts
function backward10(params, cache, X, Y) {
  const m = X.columns;
  const { A1, A2 } = cache;
  const dZ22 = sub(A2, Y);
  const dW22 = div(dot(dZ22, T(A1)), m);
  const db22 = div(sum(dZ22, 1), m);
  const dZ1 = mul(dot(T(params.W2), dZ22), mul(A1, sub(1, A1)));
  const dW1 = div(dot(dZ1, X), m);
  const db1 = div(sum(dZ1, 1), m);
  return { dW1, db1, dW2: dW22, db2: db22 };
}

// grader/diagnosis/mutants/files/shallow-network/backward/sigmoid-derivative-of-z.ts
function backward11(params, cache, X, Y) {
  const m = X.columns;
  const { A1, A2 } = cache;
  const dZ22 = sub(A2, Y);
  const dW22 = div(dot(dZ22, T(A1)), m);
  const db22 = div(sum(dZ22, 1), m);
  const dZ1 = mul(dot(T(params.W2), dZ22), mul(cache.Z1, sub(1, cache.Z1)));
  const dW1 = div(dot(dZ1, T(X)), m);
  const db1 = div(sum(dZ1, 1), m);
  return { dW1, db1, dW2: dW22, db2: db22 };
}

// grader/diagnosis/mutants/files/shallow-network/backward/transposed-result.ts
function backward12(params, cache, X, Y) {
  const m = X.columns;
  const { A1, A2 } = cache;
  const dZ22 = sub(A2, Y);
  const dW22 = div(dot(A1, T(dZ22)), m);
  const db22 = div(sum(dZ22, 1), m);
  const dZ1 = mul(dot(T(params.W2), dZ22), mul(A1, sub(1, A1)));
  const dW1 = div(dot(X, T(dZ1)), m);
  const db1 = div(sum(dZ1, 1), m);
  return { dW1, db1, dW2: dW22, db2: db22 };
}

// grader/diagnosis/mutants/files/shallow-network/backward/wrong-layer-derivative.ts
function backward13(params, cache, X, Y) {
  const m = X.columns;
  const { A1, A2 } = cache;
  const dZ22 = sub(A2, Y);
  const dW22 = div(dot(dZ22, T(A1)), m);
  const db22 = div(sum(dZ22, 1), m);
  const dZ1 = mul(dot(T(params.W2), dZ22), mul(A2, sub(1, A2)));
  const dW1 = div(dot(dZ1, T(X)), m);
  const db1 = div(sum(dZ1, 1), m);
  return { dW1, db1, dW2: dW22, db2: db22 };
}

// grader/diagnosis/mutants/files/shallow-network/cost/cost-sign.ts
function cost10(A2, Y) {
  const m = Y.columns;
  const a = A2.to1DArray();
  const y = Y.to1DArray();
  let total = 0;
  for (let i = 0; i < m; i++) total += y[i] * Math.log(a[i]) + (1 - y[i]) * Math.log(1 - a[i]);
  return total / m;
}

// grader/diagnosis/mutants/files/shallow-network/cost/missing-1-over-m.ts
function cost11(A2, Y) {
  const m = Y.columns;
  const a = A2.to1DArray();
  const y = Y.to1DArray();
  let total = 0;
  for (let i = 0; i < m; i++) total += y[i] * Math.log(a[i]) + (1 - y[i]) * Math.log(1 - a[i]);
  return -total;
}

// grader/diagnosis/mutants/files/shallow-network/cost/squared-error.ts
function cost12(A2, Y) {
  const m = Y.columns;
  const a = A2.to1DArray();
  const y = Y.to1DArray();
  let total = 0;
  for (let i = 0; i < m; i++) total += (a[i] - y[i]) ** 2;
  return total / m;
}

// grader/diagnosis/mutants/files/shallow-network/forward/missing-bias.ts
var sigmoid6 = (Z) => div(1, add(1, exp(mul(-1, Z))));
function forward8(X, params) {
  const Z1 = dot(params.W1, X);
  const A1 = sigmoid6(Z1);
  const Z2 = dot(params.W2, A1);
  const A2 = sigmoid6(Z2);
  return { A2, cache: { Z1, A1, Z2, A2 } };
}

// grader/diagnosis/mutants/files/shallow-network/forward/sigmoid-sign.ts
var sigmoid7 = (Z) => div(1, add(1, exp(Z)));
function forward9(X, params) {
  const Z1 = add(dot(params.W1, X), params.b1);
  const A1 = sigmoid7(Z1);
  const Z2 = add(dot(params.W2, A1), params.b2);
  const A2 = sigmoid7(Z2);
  return { A2, cache: { Z1, A1, Z2, A2 } };
}

// grader/diagnosis/mutants/files/shallow-network/initializeParameters/transposed-result.ts
import { Matrix as Matrix23 } from "ml-matrix";
function initializeParameters4(nX, nH, nY, randn2) {
  const random2 = (rows, cols, scale) => new Matrix23(Array.from({ length: rows }, () => Array.from({ length: cols }, () => scale * randn2())));
  const W1 = random2(nX, nH, 0.01);
  const W2 = random2(nH, nY, 0.01);
  return { W1, b1: Matrix23.zeros(nH, 1), W2, b2: Matrix23.zeros(nY, 1) };
}

// grader/diagnosis/mutants/files/shallow-network/initializeParameters/unscaled-init.ts
import { Matrix as Matrix24 } from "ml-matrix";
function initializeParameters5(nX, nH, nY, randn2) {
  const random2 = (rows, cols, scale) => new Matrix24(Array.from({ length: rows }, () => Array.from({ length: cols }, () => scale * randn2())));
  const W1 = random2(nH, nX, 1);
  const W2 = random2(nY, nH, 1);
  return { W1, b1: Matrix24.zeros(nH, 1), W2, b2: Matrix24.zeros(nY, 1) };
}

// grader/diagnosis/mutants/files/shallow-network/initializeParameters/zero-init.ts
import { Matrix as Matrix25 } from "ml-matrix";
function initializeParameters6(nX, nH, nY, randn2) {
  const random2 = (rows, cols, scale) => new Matrix25(Array.from({ length: rows }, () => Array.from({ length: cols }, () => scale * randn2())));
  return { W1: Matrix25.zeros(nH, nX), b1: Matrix25.zeros(nH, 1), W2: Matrix25.zeros(nY, nH), b2: Matrix25.zeros(nY, 1) };
}

// grader/diagnosis/mutants/files/shallow-network/initializeParameters/zero-init-hidden.ts
import { Matrix as Matrix26 } from "ml-matrix";
function initializeParameters7(nX, nH, nY, randn2) {
  const random2 = (rows, cols, scale) => new Matrix26(Array.from({ length: rows }, () => Array.from({ length: cols }, () => scale * randn2())));
  const W2 = random2(nY, nH, 0.01);
  return { W1: Matrix26.zeros(nH, nX), b1: Matrix26.zeros(nH, 1), W2, b2: Matrix26.zeros(nY, 1) };
}

// grader/diagnosis/mutants/files/shallow-network/layerSizes/transposed-result.ts
function layerSizes(X, Y, hiddenUnits) {
  return { nX: X.columns, nH: hiddenUnits, nY: Y.rows };
}

// grader/diagnosis/mutants/files/shallow-network/predict/returns-probabilities.ts
var sigmoid8 = (Z) => div(1, add(1, exp(mul(-1, Z))));
function predict3(X, params) {
  const A1 = sigmoid8(add(dot(params.W1, X), params.b1));
  return sigmoid8(add(dot(params.W2, A1), params.b2));
}

// grader/diagnosis/mutants/files/shallow-network/train/cost-after-update.ts
import { Matrix as Matrix27 } from "ml-matrix";
var sigmoid9 = (Z) => div(1, add(1, exp(mul(-1, Z))));
var random = (rows, cols, randn2) => new Matrix27(Array.from({ length: rows }, () => Array.from({ length: cols }, () => 0.01 * randn2())));
function forward10(X, p) {
  const A1 = sigmoid9(add(dot(p.W1, X), p.b1));
  return { A1, A2: sigmoid9(add(dot(p.W2, A1), p.b2)) };
}
var cost13 = (A2, Y) => -sum(add(mul(Y, log(A2)), mul(sub(1, Y), log(sub(1, A2))))) / Y.columns;
function train4(X, Y, options) {
  const [nX, nH, nY, m] = [X.rows, options.hiddenUnits, Y.rows, X.columns];
  const W1 = random(nH, nX, options.randn);
  let p = { W1, b1: Matrix27.zeros(nH, 1), W2: random(nY, nH, options.randn), b2: Matrix27.zeros(nY, 1) };
  const costs = [];
  const step = (x, dx) => sub(x, mul(options.learningRate, dx));
  for (let i = 0; i < options.iterations; i++) {
    const { A1, A2 } = forward10(X, p);
    const dZ22 = sub(A2, Y);
    const dZ1 = mul(dot(T(p.W2), dZ22), mul(A1, sub(1, A1)));
    p = {
      W1: step(p.W1, div(dot(dZ1, T(X)), m)),
      b1: step(p.b1, div(sum(dZ1, 1), m)),
      W2: step(p.W2, div(dot(dZ22, T(A1)), m)),
      b2: step(p.b2, div(sum(dZ22, 1), m))
    };
    costs.push(cost13(forward10(X, p).A2, Y));
  }
  return { params: p, costs };
}

// grader/diagnosis/mutants/files/shallow-network/update/mutates-input.ts
import { Matrix as Matrix28 } from "ml-matrix";
function update5(params, grads, learningRate) {
  const updated = {};
  for (const key of Object.keys(params)) {
    updated[key] = params[key].sub(Matrix28.mul(grads[`d${key}`], learningRate));
  }
  return updated;
}

// grader/diagnosis/mutants/files/shallow-network/update/update-sign.ts
import { Matrix as Matrix29 } from "ml-matrix";
function update6(params, grads, learningRate) {
  const updated = {};
  for (const key of Object.keys(params)) {
    updated[key] = Matrix29.add(params[key], Matrix29.mul(grads[`d${key}`], learningRate));
  }
  return updated;
}

// grader/diagnosis/mutants/shallow-network.ts
var SHALLOW_NETWORK_MUTANTS = exerciseMutants("shallow-network", {
  layerSizes: [
    { id: "transposed-result", apply: layerSizes, says: "your nX is the number of COLUMNS of X, which is m: features are the rows of X (examples are columns)" }
  ],
  initializeParameters: [
    { id: "transposed-result", apply: initializeParameters4, says: "your W1 is (n_x, n_h), one column per unit: W1 has one ROW per hidden unit, (n_h, n_x)" },
    { id: "unscaled-init", apply: initializeParameters5, says: "your weights are randn() without the \xB7 0.01" },
    { id: "zero-init", variant: "hidden", apply: initializeParameters7, says: "your W1 is zero: the hidden units stay identical" },
    { id: "zero-init", apply: initializeParameters6, says: "your weights are all zero: every hidden unit stays identical" }
  ],
  forward: [
    { id: "missing-bias", apply: forward8, says: "your Z1 and Z2 have no + b" },
    { id: "sigmoid-sign", apply: forward9, says: "your sigmoid is 1/(1 + e^{z}): the minus in the exponent is missing" }
  ],
  cost: [
    { id: "cost-sign", apply: cost10, says: "your cost is the negative of the right one: the leading minus is missing" },
    { id: "missing-1-over-m", apply: cost11, says: "your cost is m times too large: summed, not averaged over the m examples" },
    { id: "squared-error", apply: cost12, says: "your cost is the mean squared error, not the cross-entropy" }
  ],
  backward: [
    { id: "db-times-input", apply: backward2, says: "your db is computed like dW, multiplied by the layer input (notes 003)" },
    { id: "db-wrong-axis", variant: "rows", apply: backward4, says: "your db is summed over the units (axis 0), one value per example: sum each row over the m examples" },
    { id: "db-wrong-axis", apply: backward3, says: "your db1 sums every entry of dZ1 into one number: db1 is (n_h, 1), one average per unit" },
    { id: "divide-by-n", apply: backward5, says: "your gradients are divided by n_x, the number of features, instead of m" },
    { id: "double-1-over-m", apply: backward6, says: "your dZ1 is divided by m and dW1, db1 divide by m again (notes 004)" },
    { id: "gradient-sign", apply: backward7, says: "your dZ2 is Y \u2212 A2: every gradient has the wrong sign" },
    { id: "missing-1-over-m", apply: backward8, says: "you forgot to average over the m examples in dW and db (the single-example formulas of notes 000 and 002)" },
    { id: "missing-activation-derivative", apply: backward9, says: "your dZ1 is W2\u1D40 dZ2 without the factor g'(Z1) = A1(1 \u2212 A1)" },
    { id: "missing-transpose", apply: backward10, says: "dZ1 \xB7 X does not multiply, (n_h, m)\xB7(n_x, m): X needs its transpose" },
    { id: "sigmoid-derivative-of-z", apply: backward11, says: "your g'(Z1) is Z1(1 \u2212 Z1): the sigmoid's slope is A1(1 \u2212 A1)" },
    { id: "transposed-result", apply: backward12, says: "your dW1 and dW2 are transposed (A\xB7dZ\u1D40 instead of dZ\xB7A\u1D40, notes 003)" },
    { id: "wrong-layer-derivative", apply: backward13, says: "your dZ1 uses the output layer's slope A2(1 \u2212 A2): it needs the hidden layer's own A1(1 \u2212 A1) (notes 004 write g^[2]')" }
  ],
  update: [
    { id: "mutates-input", apply: update5, says: "your update changes the caller's parameters in place (ml-matrix's W.sub(\u2026))" },
    { id: "update-sign", apply: update6, says: "you added \u03B1\xB7dW: W := W + \u03B1 dW climbs the cost" }
  ],
  predict: [
    { id: "returns-probabilities", apply: predict3, says: "your predict returns the probabilities A2, not 0/1 labels" }
  ],
  train: [
    { id: "cost-after-update", apply: train4, says: "your costs are recorded after each update: costs[i] must be the cost before update i" }
  ]
});

// grader/diagnosis/mutants/index.ts
var BUILT_IN = {
  "computation-graph": COMPUTATION_GRAPH_MUTANTS,
  "logistic-regression": LOGISTIC_REGRESSION_MUTANTS,
  "shallow-network": SHALLOW_NETWORK_MUTANTS,
  "deep-network": DEEP_NETWORK_MUTANTS
};
function mutantsOf(exercise, step) {
  return [...step.mutants ?? [], ...BUILT_IN[exercise.id]?.[step.id] ?? []];
}

// grader/diagnosis/rules/mutants.ts
function runMutant(mutant, c) {
  try {
    const out = mutant.apply(...privateArgs(c.args));
    return { kind: "value", value: decode(encode(out)) };
  } catch (e) {
    const error = e instanceof Error ? e : new Error(String(e));
    return { kind: "threw", error: errorClass(error), message: `${error.name}: ${error.message}` };
  }
}
function sameOutcome(a, b, step, c) {
  if (a.kind === "value" && b.kind === "value") return sameValue(a.value, b.value, step, c);
  return a.kind === "threw" && b.kind === "threw" && a.error === b.error;
}
function studentOutcome(input, i) {
  const value = input.received[i];
  if (value !== void 0) return { kind: "value", value };
  const error = input.errors[i];
  return error ? { kind: "threw", error: errorClass(error) } : void 0;
}
function reproduces(mutant, input) {
  let compared = 0;
  let wrongShown = false;
  for (const [i, c] of input.cases.entries()) {
    const student = studentOutcome(input, i);
    if (!student) continue;
    if (!sameOutcome(runMutant(mutant, c), student, input.step, c)) return false;
    compared += 1;
    wrongShown ||= valuesWrong(input.results[i]);
  }
  return compared > 0 && wrongShown;
}
function messageOf(mutant, input) {
  if (mutant.message) return { id: mutant.id, message: mutant.message, hint: mutant.hint ?? fixOf(mutant.id), rank: RANK.exact };
  const title = isMisconceptionId(mutant.id) ? CATALOGUE[mutant.id].title : mutant.id;
  return { ...finding(input, mutant.id, `${input.step.id} reproduces "${title}" on every case`, RANK.exact), ...mutant.hint ? { hint: mutant.hint } : {} };
}
var mutantRule = (input) => mutantsOf(input.exercise, input.step).filter((m) => reproduces(m, input)).map((m) => messageOf(m, input));

// grader/diagnosis/rules/mutation.ts
var objectOf = (where2) => where2.replace(/\[.*$/, "");
function likelyCall(step, changed) {
  if (step === "dZ" && changed === "A") return "A.sub(Y)";
  return `${changed}.sub(\u2026), ${changed}.add(\u2026), ${changed}.mul(\u2026) or ${changed}.div(\u2026)`;
}
var mutationRule = ({ step, results }) => {
  const mutation = results.flatMap((c) => c.problems).find((p) => p.check === "mutation");
  if (!mutation) return [];
  const where2 = /first change at ([^)]+)\)/.exec(mutation.message)?.[1] ?? mutation.path;
  const changed = objectOf(where2);
  const message = `${mutation.message}; ml-matrix's instance methods work in place, so the usual cause is ${likelyCall(step.id, changed)} on the argument itself`;
  return [{ id: "mutates-input", message, hint: fixOf("mutates-input"), rank: RANK.observed }];
};

// grader/diagnosis/rules/scale.ts
var GRADIENT_STEPS = /* @__PURE__ */ new Set(["dZ", "dW", "db", "dAPrev", "backward", "modelBackward"]);
var isInit = (step) => step.startsWith("initialize");
function factorsOf(step, cases) {
  const factors = [
    { id: "missing-1-over-m", k: (c) => c.dims.m, says: ["m times too large", "not averaged over the m examples"] },
    { id: "double-1-over-m", k: (c) => c.dims.m ? 1 / c.dims.m : void 0, says: ["m times too small", "divided by m twice"] },
    ...sizeFactors(cases)
  ];
  if (step === "cost") factors.push({ id: "cost-sign", k: () => -1, says: ["the negative of the right value", "the leading minus is missing"] });
  if (GRADIENT_STEPS.has(step)) factors.push({ id: "gradient-sign", k: () => -1, says: ["the negative of the right gradient", "A \u2212 Y, not Y \u2212 A"] });
  if (step === "dZ") factors.push({ id: "squared-error", k: () => 2, says: ["twice the right value", "2(a \u2212 y) is the derivative of the squared error"] });
  if (isInit(step)) {
    factors.push({ id: "zero-init", k: (_c, _e, path9) => path9.startsWith("W") ? 0 : void 0, says: ["all zeros", "zero weights never break the symmetry between units"] });
    factors.push({ id: "unscaled-init", k: (_c, _e, path9) => path9.startsWith("W") ? 100 : void 0, says: ["100 times the right values", "randn() without the \xB7 0.01"] });
    factors.push({ id: "unscaled-init", k: (_c, e, path9) => path9.startsWith("W") && e.kind === "matrix" ? Math.sqrt(e.cols) : void 0, says: ["\u221An^[l\u22121] times the right values", "randn() without the / \u221An^[l\u22121]"] });
  }
  return factors;
}
function sizeFactors(cases) {
  const names = [...new Set(cases.flatMap((c) => Object.keys(c.dims)))].filter((name) => name !== "m");
  return names.map((name) => ({
    id: "divide-by-n",
    k: (c) => {
      const [n, m] = [c.dims[name], c.dims.m];
      return n !== void 0 && m !== void 0 && n !== 1 && n !== m ? m / n : void 0;
    },
    says: [`m/${name} times the right values`, `divided by ${name} instead of m`]
  }));
}
var isSize = (e, c) => e.kind === "number" && Number.isInteger(e.value) && Object.values(c.dims).includes(e.value);
function scaled(e, k) {
  if (e.kind === "number") return { kind: "number", value: k * e.value };
  return { ...e, data: e.data.map((row) => row.map((x) => k * x)) };
}
function samplesByPath(input) {
  const byPath = /* @__PURE__ */ new Map();
  input.cases.forEach((c, i) => {
    const expected = input.expected[i];
    if (!expected) return;
    for (const pair of leafPairs(expected, input.received[i])) {
      if (isSize(pair.expected, c)) continue;
      const r2 = pair.received;
      const comparable = pair.expected.kind === "number" ? r2.kind === "number" : r2.kind === "matrix" && r2.rows === pair.expected.rows && r2.cols === pair.expected.cols;
      if (!comparable) continue;
      const sample3 = { c, expected: pair.expected, received: r2, wrong: !sameValue(pair.expected, r2, input.step, c) };
      byPath.set(pair.path, [...byPath.get(pair.path) ?? [], sample3]);
    }
  });
  return byPath;
}
function holds(f, path9, samples, input) {
  if (!samples.some((s5) => s5.wrong)) return false;
  return samples.every((s5) => {
    const k = f.k(s5.c, s5.expected, path9);
    if (k === void 0) return !s5.wrong;
    if (s5.wrong && k === 1) return false;
    return sameValue(scaled(s5.expected, k), s5.received, input.step, s5.c);
  });
}
var scaleRule = (input) => {
  const found2 = /* @__PURE__ */ new Map();
  const factors = factorsOf(input.step.id, input.cases);
  for (const [path9, samples] of samplesByPath(input)) {
    const f = factors.find((factor) => holds(factor, path9, samples, input));
    if (!f) continue;
    const entry2 = found2.get(f.id) ?? { paths: [], says: f.says };
    entry2.paths.push(path9);
    found2.set(f.id, entry2);
  }
  return [...found2].map(([id, { paths, says: [what, why] }]) => {
    const verb = paths.length > 1 ? "are" : "is";
    return finding(input, id, `${listOf(paths)} ${verb} ${what} on every case: ${why}`, RANK.scale);
  });
};

// grader/diagnosis/rules/shape.ts
var nameOf2 = (path9) => path9 || "the result";
var isDb = (step, path9) => step === "db" || /(^|\.)db\w*$/.test(path9);
var shapeOf = (v, c) => v.kind === "matrix" ? shapeText(v, { dims: c.dims, tolerance: { rtol: 0, atol: 0 } }) : v.kind;
function transposed(e, r2, c, path9) {
  if (e.kind !== "matrix" || r2.kind !== "matrix" || e.rows === e.cols || r2.rows !== e.cols || r2.cols !== e.rows) return void 0;
  return { id: "transposed-result", says: `${nameOf2(path9)} is ${shapeOf(r2, c)}, the transpose of the right shape ${shapeOf(e, c)}` };
}
function dbAxis(e, r2, c, path9, step) {
  if (!isDb(step, path9)) return void 0;
  const m = c.dims.m;
  const column = e.kind === "matrix" && e.cols === 1 && e.rows > 1;
  const single = e.kind === "number" || e.kind === "matrix" && e.rows === 1 && e.cols === 1;
  const oneNumber = r2.kind === "number" || r2.kind === "matrix" && r2.rows === 1 && r2.cols === 1;
  if (column && oneNumber) return { id: "db-wrong-axis", says: `${nameOf2(path9)} is one number where ${shapeOf(e, c)} was due: every entry of dZ summed, instead of each row over the m examples` };
  const perExample = r2.kind === "matrix" && r2.rows === 1 && r2.cols === m && m > 1;
  if ((column || single) && perExample) {
    return { id: "db-wrong-axis", says: `${nameOf2(path9)} is ${shapeOf(r2, c)}, one value per example: dZ summed over the rows (axis 0) instead of over the m examples` };
  }
  return void 0;
}
function mInPlaceOfN(e, r2, c, path9) {
  const m = c.dims.m;
  if (e.kind !== "matrix" || r2.kind !== "matrix" || m === void 0) return void 0;
  const colsSwapped = r2.rows === e.rows && r2.cols === m && e.cols !== m;
  const rowsSwapped = r2.cols === e.cols && r2.rows === m && e.rows !== m;
  if (!colsSwapped && !rowsSwapped) return void 0;
  return { id: "missing-transpose", says: `${nameOf2(path9)} is ${shapeOf(r2, c)}: it has m, the number of examples, where ${shapeOf(e, c)} has a size n \u2014 a product missing a transpose (ml-matrix's mmul then silently uses the first rows of the right matrix)` };
}
function countOfExamples(e, r2, c, path9) {
  const m = c.dims.m;
  if (e.kind !== "number" || r2.kind !== "number" || m === void 0 || r2.value !== m || e.value === m) return void 0;
  const size = Object.keys(c.dims).find((k) => k !== "m" && c.dims[k] === e.value);
  if (!size) return void 0;
  return { id: "transposed-result", says: `${nameOf2(path9)} is ${m}, the number of examples m, where ${size} = ${e.value} was due: examples are the COLUMNS of X, features its rows` };
}
function classify(input, c, path9, e, r2) {
  if (sameValue(e, r2, input.step, c)) return void 0;
  const seen = transposed(e, r2, c, path9) ?? dbAxis(e, r2, c, path9, input.step.id) ?? mInPlaceOfN(e, r2, c, path9) ?? countOfExamples(e, r2, c, path9);
  const sameShape = e.kind === "number" ? r2.kind === "number" : r2.kind === "matrix" && r2.rows === e.rows && r2.cols === e.cols;
  return seen ?? (sameShape ? void 0 : "unexplained");
}
var shapeRule = (input) => {
  const byPath = /* @__PURE__ */ new Map();
  input.cases.forEach((c, i) => {
    const expected = input.expected[i];
    if (!expected) return;
    for (const { path: path9, expected: e, received: r2 } of leafPairs(expected, input.received[i])) {
      const seen = classify(input, c, path9, e, r2);
      if (seen) byPath.set(path9, [...byPath.get(path9) ?? [], seen]);
    }
  });
  const findings = [];
  for (const seen of byPath.values()) {
    const first = seen[0];
    if (first === "unexplained" || !seen.every((s5) => s5 !== "unexplained" && s5.id === first.id)) continue;
    if (findings.some((f) => f.id === first.id)) continue;
    findings.push(finding(input, first.id, first.says, RANK.shape));
  }
  return findings;
};

// grader/diagnosis/rules/update.ts
function mirrored(e, old) {
  if (e.kind === "number") return old?.kind === "number" ? { kind: "number", value: 2 * old.value - e.value } : void 0;
  if (old?.kind !== "matrix" || old.rows !== e.rows || old.cols !== e.cols) return void 0;
  return { ...e, data: e.data.map((row, i) => row.map((x, j) => 2 * old.data[i][j] - x)) };
}
var updateRule = (input) => {
  if (input.step.id !== "update") return [];
  const verdicts = /* @__PURE__ */ new Map();
  input.cases.forEach((c, i) => {
    const expected = input.expected[i];
    const params = c.args[0];
    if (!expected || params === null || typeof params !== "object") return;
    for (const pair of leafPairs(expected, input.received[i])) {
      const flipped2 = mirrored(pair.expected, decode(encode(params[pair.path])));
      const wrong = !sameValue(pair.expected, pair.received, input.step, c);
      const consistent = !wrong || flipped2 !== void 0 && sameValue(flipped2, pair.received, input.step, c);
      const before = verdicts.get(pair.path) ?? { consistent: true, wrong: false };
      verdicts.set(pair.path, { consistent: before.consistent && consistent, wrong: before.wrong || wrong });
    }
  });
  const flipped = [...verdicts].filter(([, v]) => v.consistent && v.wrong).map(([path9]) => path9);
  if (flipped.length === 0) return [];
  const moved = flipped.map((p) => `${p} + \u03B1\xB7d${p}`).join(", ");
  return [finding(input, "update-sign", `${listOf(flipped)} ${flipped.length > 1 ? "were" : "was"} updated the wrong way (${moved}): that climbs the cost`, RANK.scale)];
};

// grader/diagnosis/index.ts
var RULES = [mutantRule, mutationRule, scaleRule, updateRule, shapeRule, exceptionRule, gradientRule];
function safely(rule, input) {
  try {
    return rule(input);
  } catch {
    return [];
  }
}
function diagnose(input, rules = RULES) {
  const found2 = rules.flatMap((rule) => safely(rule, input));
  const ranked = found2.map((f, i) => ({ f, i })).sort((a, b) => a.f.rank - b.f.rank || a.i - b.i).map(({ f }) => f);
  const seen = /* @__PURE__ */ new Set();
  return ranked.filter((d) => !seen.has(d.id) && seen.add(d.id)).map(({ id, message, hint }) => ({ id, message, hint }));
}

// grader/engine/summary.ts
function summarizeArgs(names, args) {
  return args.map((arg, i) => ({ name: names[i] ?? `arg${i + 1}`, summary: summarize(arg) }));
}
function summarize(x, depth = 0) {
  if (typeof x === "number") return Number.isInteger(x) ? String(x) : x.toPrecision(4);
  if (typeof x === "string") return JSON.stringify(x);
  if (x instanceof RandnArg) return `randn (seed ${x.seed})`;
  if (x === null || typeof x !== "object") return String(x);
  if (isMatrixLike(x)) return `(${x.rows}, ${x.columns})`;
  if (Array.isArray(x)) return depth > 0 ? `[${x.length}]` : `[${x.map((v) => summarize(v, depth + 1)).join(", ")}]`;
  const entries = Object.entries(x);
  if (depth > 0) return `{ ${entries.map(([k]) => k).join(", ")} }`;
  return `{ ${entries.map(([k, v]) => `${k}: ${summarize(v, depth + 1)}`).join(", ")} }`;
}

// grader/engine/train-plot.ts
import { Matrix as Matrix30 } from "ml-matrix";
var MAX_CURVE_POINTS = 200;
var GRID_SIZE = 24;
function trainPlots(exercise, step, c, expected, received) {
  if (step.id !== "train") return {};
  const costs = costCurves(entry(expected, "costs"), entry(received, "costs"));
  const boundary = decisionBoundary(exercise, c, entry(received, "params"));
  return { ...costs ? { costs } : {}, ...boundary ? { boundary } : {} };
}
var entry = (v, key) => v.kind === "object" ? v.entries[key] : void 0;
function numbers(v) {
  if (v?.kind === "list" && v.items.every((x) => x.kind === "number")) return v.items.map((x) => x.value);
  if (v?.kind === "matrix" && v.rows === 1) return v.data[0];
  return void 0;
}
function costCurves(expected, received) {
  const reference = numbers(expected);
  const student = numbers(received);
  if (!reference || !student) return void 0;
  const every = Math.max(1, Math.ceil(Math.max(reference.length, student.length) / MAX_CURVE_POINTS));
  const keep = (xs) => xs.filter((_, i) => i % every === 0);
  return {
    every,
    student: keep(student).map((x) => Number.isFinite(x) ? round(x, 6) : null),
    reference: keep(reference).map((x) => round(x, 6))
  };
}
function decisionBoundary(exercise, c, params) {
  const [X, Y] = c.args;
  const predict7 = exercise.steps.find((s5) => s5.id === "predict");
  if (!(X instanceof Matrix30) || !(Y instanceof Matrix30) || X.rows !== 2 || !predict7 || params?.kind !== "object") return void 0;
  const x = padded(X.getRow(0));
  const y = padded(X.getRow(1));
  const centres = (r2) => Array.from({ length: GRID_SIZE }, (_, i) => r2[0] + (i + 0.5) * (r2[1] - r2[0]) / GRID_SIZE);
  const [xs, ys] = [centres(x), centres(y)];
  const grid = new Matrix30([ys.flatMap(() => xs), ys.flatMap((v) => xs.map(() => v))]);
  const labels2 = predictions(predict7, live(params), grid);
  if (!labels2 || labels2.length !== GRID_SIZE * GRID_SIZE) return void 0;
  const rows = ys.map((_, r2) => labels2.slice(r2 * GRID_SIZE, (r2 + 1) * GRID_SIZE).map((p) => p === 1 ? "1" : "0").join(""));
  const points = X.getRow(0).map((v, i) => [round(v, 4), round(X.get(1, i), 4), Y.get(0, i) === 1 ? 1 : 0]);
  return { x, y, grid: rows, points };
}
function padded(values) {
  const [lo, hi] = [Math.min(...values), Math.max(...values)];
  const margin = 0.1 * (hi - lo || 1);
  return [round(lo - margin, 4), round(hi + margin, 4)];
}
function predictions(predict7, params, grid) {
  const args = predict7.params.map((name) => name === "X" ? grid : name === "params" ? params : params[name]);
  try {
    const out = predict7.reference(...args);
    if (out instanceof Matrix30) return out.getRow(0);
    if (Array.isArray(out) && Array.isArray(out[0])) return out[0].map(Number);
  } catch {
  }
  return void 0;
}
function live(v) {
  switch (v.kind) {
    case "number":
      return v.value;
    case "matrix":
      return new Matrix30(v.data);
    case "list":
      return v.items.map(live);
    case "object":
      return Object.fromEntries(Object.entries(v.entries).map(([k, item]) => [k, live(item)]));
    default:
      return void 0;
  }
}
var round = (x, digits) => Number(x.toPrecision(digits));

// grader/engine/grade-step.ts
var DEFAULT_CALL_LIMIT_MS = 2e3;
var referenceMemo;
function referenceWire(run, c) {
  const compute = () => encode(runReference(run.spec, c.args));
  return referenceMemo ? referenceMemo(run.exercise.id, run.spec.id, c.args, compute) : compute();
}
function runReference(spec, args) {
  const live2 = args.map(materialize);
  return spec.reference(...live2);
}
function materialize(x) {
  if (x instanceof RandnArg) return randnStream(x.seed);
  if (x !== null && typeof x === "object" && Object.getPrototypeOf(x) === Object.prototype) {
    return Object.fromEntries(Object.entries(x).map(([k, v]) => [k, materialize(v)]));
  }
  return x;
}
function casesOf(run) {
  return run.spec.cases(createRng(stepSeed(run.seed, run.exercise.id, run.spec.id)));
}
async function gradeStep(run) {
  const started = performance.now();
  const publicCases = casesOf(run);
  const cases = [...publicCases, ...hiddenCases(run.exercise, run.spec, run.hiddenSeeds ?? [])];
  const limitMs = run.spec.timeoutMs ?? DEFAULT_CALL_LIMIT_MS;
  const outcomes = await Promise.all(cases.map((c) => run.proc.send({ type: "call", call: { module: run.target.module, name: run.target.name, args: c.args.map((a) => encode(a)) }, checkMutation: true }, limitMs, `${run.exercise.id}/${run.spec.id}`)));
  const all = cases.map((c, i) => judgeCase(run, c, outcomes[i]));
  const judged = all.slice(0, publicCases.length);
  const checks = await gradientChecks(run, publicCases, judged.map((j) => j.received));
  const results = judged.map((j) => j.result);
  const diagnoses = results.every((r2) => r2.status === "passed") ? [] : diagnose({ exercise: run.exercise, step: run.spec, cases: publicCases, results, received: judged.map((j) => j.received), expected: judged.map((j) => j.expected), errors: judged.map((j) => j.error), gradientChecks: checks });
  const hidden = all.slice(publicCases.length).map((j, i) => ({ ...j, error: void 0, result: redact(j.result, i) }));
  return stepResult(run, [...judged, ...hidden], checks, diagnoses, performance.now() - started);
}
function judgeCase(run, c, outcome) {
  const base = { name: c.name, args: summarizeArgs(run.spec.params, c.args), problems: [] };
  if (outcome.type === "timeout") {
    return { result: { ...base, status: "timeout", message: `did not return within ${outcome.limitMs} ms (an infinite loop, or a promise that never resolves?)`, durationMs: outcome.limitMs }, notImplemented: false };
  }
  if (outcome.type === "crashed") {
    return { result: { ...base, status: "error", message: outcome.message, durationMs: 0 }, error: { name: "Crash", message: outcome.message }, notImplemented: false };
  }
  if (outcome.type === "threw") {
    const error = studentError(outcome.error, run.compiledRoot);
    return { result: { ...base, status: "error", message: errorLine(error), output: outcome.output || void 0, durationMs: outcome.ms }, error, notImplemented: error.message.startsWith(NOT_IMPLEMENTED) };
  }
  if (outcome.type !== "returned") throw new Error(`unexpected reply ${outcome.type}`);
  const expected = decode(referenceWire(run, c));
  const received = decode(outcome.value);
  const tolerance = { ...DEFAULT_TOLERANCE, ...run.spec.tolerance, ...c.tolerance };
  const problems = [
    ...compare(expected, received, { dims: c.dims, tolerance, rootName: run.spec.id }),
    ...outcome.mutations.map((m) => mutationProblem(run.spec, m)),
    ...(run.spec.properties ?? []).map((p) => p(received, c)).filter((p) => p !== void 0)
  ];
  const status = problems.length === 0 ? "passed" : "failed";
  const message = problems[0]?.message ?? "correct";
  const plots = trainPlots(run.exercise, run.spec, c, expected, received);
  return { result: { ...base, status, message, problems, output: outcome.output || void 0, durationMs: outcome.ms, ...plots }, received, expected, notImplemented: false };
}
function mutationProblem(spec, m) {
  const arg = spec.params[m.arg] ?? `argument ${m.arg + 1}`;
  const where2 = m.path ? ` (first change at ${arg}${m.path.startsWith("[") ? "" : "."}${m.path})` : "";
  return { path: arg, check: "mutation", message: `${spec.id} changed its argument ${arg} in place${where2}; return a new value instead` };
}
function stepResult(run, judged, gradientChecks2, diagnoses, durationMs) {
  const points = run.spec.points ?? 1;
  const cases = judged.map((j) => j.result);
  const passed = cases.filter((c) => c.status === "passed").length;
  const score = Math.round(points * passed * 1e3 / cases.length) / 1e3;
  const base = { id: run.spec.id, score, maxScore: points, file: run.target.file, diagnoses, cases, gradientChecks: gradientChecks2, repro: run.repro, durationMs };
  if (judged.every((j) => j.notImplemented)) {
    return { ...base, status: "missing", message: `not implemented yet (${run.target.file} still throws the starter's error)`, lookedFor: [run.target.file] };
  }
  const timedOut = cases.find((c) => c.status === "timeout");
  if (timedOut) return { ...base, status: "timeout", message: `case ${timedOut.name}: ${timedOut.message}`, limitMs: run.spec.timeoutMs ?? DEFAULT_CALL_LIMIT_MS };
  const ran = judged.filter((j) => j.result.status === "passed" || j.result.status === "failed");
  if (ran.length === 0) {
    const error = judged.find((j) => j.error)?.error ?? { name: "Error", message: "no case ran" };
    return { ...base, status: "error", message: errorLine(error), error };
  }
  if (passed === cases.length) return { ...base, status: "passed", message: `all ${cases.length} cases correct` };
  const onlyHidden = hiddenFailureMessage(cases);
  if (onlyHidden) return { ...base, status: "failed", message: onlyHidden };
  const first = cases.find((c) => c.status !== "passed");
  return { ...base, status: "failed", message: `${cases.length - passed} of ${cases.length} cases wrong; case ${first?.name}: ${first?.message}` };
}

// grader/engine/resolve.ts
import path7 from "node:path";
var IMPORT_LIMIT_MS = 3e3;
async function inspectModules(proc, compiled) {
  const infos = /* @__PURE__ */ new Map();
  await Promise.all(compiled.sources.map(async (source) => {
    const module = path7.join(compiled.id, compiledName(source));
    const outcome = await proc.send({ type: "inspect", modules: [module] }, IMPORT_LIMIT_MS);
    if (outcome.type === "inspected") infos.set(source, outcome.modules[module]);
    else if (outcome.type === "timeout") infos.set(source, { error: { name: "Timeout", message: `${compiled.id}/${source} did not finish loading within ${IMPORT_LIMIT_MS} ms (an infinite loop at the top level?)` } });
    else infos.set(source, { error: { name: "Crash", message: "message" in outcome ? String(outcome.message) : "the student process failed while loading the file" } });
  }));
  return infos;
}
function resolveStep(exercise, step, compiled, infos, compiledRoot) {
  const where2 = locateStep(compiled.sources, step);
  const tried = [];
  for (const source of [where2.file, where2.index]) {
    if (!source) continue;
    const file = `${exercise.id}/${source}`;
    const info = infos.get(source);
    if (!info) continue;
    if ("error" in info) return { kind: "load-error", file, error: compiled.errors.get(source) ?? studentError(info.error, compiledRoot) };
    const type = info.exports[step];
    if (type === "function") return { kind: "found", target: { module: path7.join(exercise.id, compiledName(source)), name: step, file } };
    tried.push(type ? `${file} exports ${step}, but as a ${type}, not a function` : `${file} does not export ${step}${exportList(info)}`);
  }
  if (tried.length > 0) return { kind: "missing", message: tried.join("; "), lookedFor: where2.lookedFor.map((f) => `${exercise.id}/${f}`), file: where2.file && `${exercise.id}/${where2.file}` };
  return { kind: "missing", message: `no file for ${step}: create ${exercise.id}/${step}.ts exporting ${step}`, lookedFor: where2.lookedFor.map((f) => `${exercise.id}/${f}`) };
}
function exportList(info) {
  const names = Object.keys(info.exports).filter((k) => k !== "__esModule" && k !== "default");
  return names.length > 0 ? ` (it exports: ${names.join(", ")})` : " (it exports nothing: add `export` before the function)";
}

// grader/engine/dependencies.ts
var BROKEN = /* @__PURE__ */ new Set(["failed", "error", "timeout", "missing"]);
function explainByDependencies(steps3, compiled, exerciseId) {
  const files = steps3.map((s5) => s5.file).filter((f) => f !== void 0);
  const stepOfFile = /* @__PURE__ */ new Map();
  for (const s5 of steps3) {
    if (s5.file && files.filter((f) => f === s5.file).length === 1) stepOfFile.set(s5.file.slice(exerciseId.length + 1), s5.id);
  }
  const broken = new Set(steps3.filter((s5) => BROKEN.has(s5.status)).map((s5) => s5.id));
  return steps3.map((step) => {
    if (!step.file || !(step.status === "failed" || step.status === "error" || step.status === "timeout")) return step;
    const causes = importedSteps(step.file.slice(exerciseId.length + 1), compiled, stepOfFile).filter((id) => id !== step.id && broken.has(id));
    if (causes.length === 0) return step;
    const names = causes.map((c) => `\`${c}\``).join(" and ");
    return { ...step, causedBy: causes, message: `fails because ${names} ${causes.length > 1 ? "fail" : "fails"}: ${step.message}` };
  });
}
function importedSteps(file, compiled, stepOfFile) {
  const seen = /* @__PURE__ */ new Set([file]);
  const queue = [file];
  const found2 = [];
  while (queue.length > 0) {
    for (const next of compiled.imports.get(queue.shift()) ?? []) {
      if (seen.has(next)) continue;
      seen.add(next);
      queue.push(next);
      const step = stepOfFile.get(next);
      if (step) found2.push(step);
    }
  }
  return found2;
}

// grader/version.ts
var TOOL = { name: "mlgrade", version: "0.1.0" };

// grader/engine/grade-submission.ts
var DEFAULT_SUBMISSION_LIMIT_MS = 12e4;
async function gradeSubmission(options) {
  const started = Date.now();
  const submission = path8.resolve(options.submission);
  assertFolder(submission);
  const sources = readSubmission(submission, options.exercises.map((e) => e.id));
  const limit = options.submissionLimitMs ?? DEFAULT_SUBMISSION_LIMIT_MS;
  const sandbox = await openSandbox({ ...options.sandbox, submissionLimitMs: limit });
  const proc = new StudentProcess({ launches: sandbox.launches, maxCallMs: sandbox.maxCallMs, launchFailed: sandbox.launchFailed, afterKill: sandbox.sweep });
  const deadline = setTimeout(() => proc.abort({ type: "timeout", limitMs: limit }), limit);
  try {
    proc.start();
    const compiled = compileSubmission(sources, sandbox.root);
    const exercises = await Promise.all(options.exercises.map((spec) => gradeExercise(spec, compiled.exercises.get(spec.id), proc, compiled.root, options)));
    const sandboxUsed = { layers: [...proc.layers] };
    return totals({ schemaVersion: SCHEMA_VERSION, tool: TOOL, seed: options.seed, submission, startedAt: new Date(started).toISOString(), durationMs: Date.now() - started, score: 0, maxScore: 0, exercises, sandbox: sandboxUsed });
  } finally {
    clearTimeout(deadline);
    proc.close();
    sandbox.close();
  }
}
function assertFolder(dir) {
  let isDir = false;
  try {
    isDir = statSync2(dir).isDirectory();
  } catch {
    throw new UsageError(`no submission folder at ${dir}: pass --submission DIR (a folder laid out like exercises/)`);
  }
  if (!isDir) throw new UsageError(`${dir} is not a folder: pass --submission DIR (a folder laid out like exercises/)`);
}
async function gradeExercise(spec, compiled, proc, root, options) {
  const infos = await inspectModules(proc, compiled);
  const resolutions = new Map(spec.steps.map((s5) => [s5.id, resolveStep(spec, s5.id, compiled, infos, root)]));
  const targets = /* @__PURE__ */ new Map();
  for (const [id, r2] of resolutions) if (r2.kind === "found") targets.set(id, r2.target);
  const selected = (step) => (!options.onlyExercises?.length || options.onlyExercises.includes(spec.id)) && (!options.onlySteps?.length || options.onlySteps.includes(step.id));
  const steps3 = await Promise.all(spec.steps.map(async (step) => {
    const repro = `${options.command ?? "grade"} --exercise ${spec.id} --step ${step.id} --seed ${options.seed}`;
    const result = selected(step) ? await gradeResolved(resolutions.get(step.id), { exercise: spec, spec: step, targets, proc, seed: options.seed, hiddenSeeds: options.hiddenSeeds, compiledRoot: root, repro }) : skipped(step, repro);
    options.onStep?.(spec.id, result);
    return result;
  }));
  const explained = explainByDependencies(steps3, compiled, spec.id);
  const score = explained.reduce((s5, r2) => s5 + r2.score, 0);
  return { id: spec.id, title: spec.title, score: round2(score), maxScore: explained.reduce((s5, r2) => s5 + r2.maxScore, 0), steps: explained };
}
async function gradeResolved(resolution, run) {
  const base = { id: run.spec.id, score: 0, maxScore: run.spec.points ?? 1, diagnoses: [], cases: [], gradientChecks: [], repro: run.repro, durationMs: 0 };
  if (resolution.kind === "missing") return { ...base, status: "missing", message: resolution.message, lookedFor: resolution.lookedFor, ...resolution.file ? { file: resolution.file } : {} };
  if (resolution.kind === "load-error") return { ...base, status: "error", message: errorLine(resolution.error), file: resolution.file, error: resolution.error };
  return gradeStep({ ...run, target: resolution.target });
}
function skipped(step, repro) {
  return { id: step.id, status: "skipped", score: 0, maxScore: 0, message: "not graded in this run", diagnoses: [], cases: [], gradientChecks: [], repro, durationMs: 0 };
}
function totals(results) {
  const score = round2(results.exercises.reduce((s5, e) => s5 + e.score, 0));
  const maxScore = results.exercises.reduce((s5, e) => s5 + e.maxScore, 0);
  return { ...results, score, maxScore };
}
var round2 = (x) => Math.round(x * 1e3) / 1e3;

// grader/diagnosis/cases.ts
import { Matrix as Matrix32 } from "ml-matrix";

// grader/spec/gen.ts
import { Matrix as Matrix31 } from "ml-matrix";
function seedOf(rng) {
  return rng.int(1, 2 ** 31 - 1);
}
function uniformIn(rng, lo, hi) {
  return lo + (hi - lo) * rng.uniform();
}
function signed(rng, lo, hi) {
  const x = uniformIn(rng, lo, hi);
  return rng.uniform() < 0.5 ? -x : x;
}
function distinctSizes(rng, count, min = 2, max = 9, exclude = []) {
  const pool = [];
  for (let n = Math.max(min, 2); n <= max; n++) if (!exclude.includes(n)) pool.push(n);
  if (pool.length < count) throw new RangeError(`distinctSizes: ${count} sizes asked from ${pool.length}`);
  const out = [];
  for (let i = 0; i < count; i++) out.push(pool.splice(rng.int(0, pool.length - 1), 1)[0]);
  return out;
}
function randn(rng, rows, cols, scale = 1) {
  return Matrix31.from1DArray(rows, cols, Array.from({ length: rows * cols }, () => scale * rng.normal()));
}
function labels(rng, m) {
  const y = Array.from({ length: m }, () => rng.uniform() < 0.5 ? 0 : 1);
  if (m >= 2 && y.every((v) => v === y[0])) y[rng.int(0, m - 1)] = 1 - y[0];
  return Matrix31.rowVector(y);
}
function layerParams(rng, layerDims, bScale = 0.5) {
  const params = {};
  for (let l = 1; l < layerDims.length; l++) {
    params[`W${l}`] = randn(rng, layerDims[l], layerDims[l - 1], 1 / Math.sqrt(layerDims[l - 1]));
    params[`b${l}`] = randn(rng, layerDims[l], 1, bScale);
  }
  return params;
}
function centredBias(z, gap = 1e-6) {
  const sorted = [...z].sort((a, b) => a - b);
  let bias = -sorted[Math.floor(sorted.length / 2)];
  while (z.some((v) => Math.abs(v + bias) < gap)) bias += 2.7 * gap;
  return bias;
}
function fmt2(x) {
  return Number.isInteger(x) ? String(x) : String(Number(x.toPrecision(2)));
}
function dimsName(dims) {
  return Object.entries(dims).map(([k, v]) => `${k}=${v}`).join(", ");
}
function contextOf(c) {
  if (c.context === void 0) throw new Error(`case "${c.name}" has no context`);
  return c.context;
}
var scalar = (x) => new Matrix31([[x]]);
function pointOf(params) {
  return Object.fromEntries(Object.entries(params).map(([k, v]) => [`d${k}`, v.clone()]));
}
function paramsOf(point) {
  return Object.fromEntries(Object.entries(point).map(([k, v]) => [k.slice(1), v]));
}
function withHealthyGradients(make, norms, goal = 0.03, attempts = 12) {
  let best = make();
  let bestScore = Math.min(...norms(best));
  for (let i = 1; i < attempts && bestScore < goal; i++) {
    const candidate = make();
    const score = Math.min(...norms(candidate));
    if (score > bestScore) [best, bestScore] = [candidate, score];
  }
  return best;
}
var normOf = (x) => typeof x === "number" ? Math.abs(x) : x.norm();
function drawUntil(make, ok, attempts = 20) {
  let sample3 = make();
  for (let i = 1; i < attempts && !ok(sample3); i++) sample3 = make();
  return sample3;
}
var clearOfKink = (Zs) => Zs.every((Z) => Z.to1DArray().every((z) => Math.abs(z) >= 1e-5));

// grader/diagnosis/cases.ts
function overflowingZ(rng) {
  const targets = [1e3, -1e3, 750, -750, 3, -2, 0.5];
  const m = targets.length;
  const nX = distinctSizes(rng, 1, 2, 6, [m])[0];
  const w = randn(rng, nX, 1, 1 / Math.sqrt(nX));
  const ww = w.transpose().mmul(w).get(0, 0);
  const noise = randn(rng, nX, m);
  const X = new Matrix32(nX, m);
  for (let j = 0; j < m; j++) {
    const along = w.transpose().mmul(noise.getColumnVector(j)).get(0, 0) / ww;
    for (let i = 0; i < nX; i++) X.set(i, j, noise.get(i, j) - along * w.get(i, 0) + targets[j] * w.get(i, 0) / ww);
  }
  const b = signed(rng, 0.05, 0.2);
  const dims = { n_x: nX, m };
  return { name: `z = \xB11000 and \xB1750, ${dimsName(dims)}`, args: [w, b, X], dims };
}
var EXTRA_CASES = {
  "logistic-regression/forward": (rng) => [overflowingZ(rng)]
};
function withExtraCases(exercises) {
  return exercises.map((exercise) => ({
    ...exercise,
    steps: exercise.steps.map((step) => {
      const extra = EXTRA_CASES[`${exercise.id}/${step.id}`];
      return extra ? { ...step, cases: (rng) => [...step.cases(rng), ...extra(rng)] } : step;
    })
  }));
}

// reference/computation-graph/backward.ts
function backward14(a, b, c) {
  const dJdv = 3;
  const dJdu = dJdv * 1;
  const dJda = dJdv * 1;
  const dJdb = dJdu * c;
  const dJdc = dJdu * b;
  return { dJdv, dJdu, dJda, dJdb, dJdc };
}

// reference/computation-graph/forward.ts
function forward11(a, b, c) {
  const u = b * c;
  const v = a + u;
  const J = 3 * v;
  return { u, v, J };
}

// grader/spec/computation-graph.ts
function abcCases(rng) {
  const triples = [[5, 3, 2]];
  for (let i = 0; i < 3; i++) triples.push([signed(rng, 0.5, 6), signed(rng, 0.5, 6), signed(rng, 0.5, 6)]);
  return triples.map(([a, b, c], i) => ({
    name: `a=${fmt2(a)}, b=${fmt2(b)}, c=${fmt2(c)}${i === 0 ? " (the notes)" : ""}`,
    args: [a, b, c],
    dims: {}
  }));
}
var numbers2 = (c) => c.args;
function costAt(point) {
  return forward11(point.dJda.get(0, 0), point.dJdb.get(0, 0), point.dJdc.get(0, 0)).J;
}
var forwardStep = {
  id: "forward",
  params: ["a", "b", "c"],
  reference: forward11,
  cases: abcCases
};
var backwardStep = {
  id: "backward",
  params: ["a", "b", "c"],
  reference: backward14,
  cases: abcCases,
  gradientCheck: {
    point: (c) => {
      const [a, b, c_] = numbers2(c);
      return { dJda: scalar(a), dJdb: scalar(b), dJdc: scalar(c_) };
    },
    cost: (_c, point) => costAt(point),
    // no ownCost: the student's forward returns { u, v, J }, and a pipeline's last call must
    // return the cost itself; J is linear, so the reference cost checks everything anyway
    cases: 2
  }
};
var computationGraph = {
  id: "computation-graph",
  title: "Computation graph",
  notes: '004 "Computation graph"',
  steps: [forwardStep, backwardStep]
};

// grader/spec/deep-network.ts
import { Matrix as Matrix43 } from "ml-matrix";

// reference/deep-network/linearForward.ts
function linearForward3(APrev, W, b) {
  return W.mmul(APrev).addColumnVector(b);
}

// reference/deep-network/sigmoid.ts
import { Matrix as Matrix33 } from "ml-matrix";
function sigmoidOf(z) {
  if (z >= 0) return 1 / (1 + Math.exp(-z));
  const e = Math.exp(z);
  return e / (1 + e);
}
function sigmoid10(Z) {
  return new Matrix33(Z.to2DArray().map((row) => row.map(sigmoidOf)));
}

// reference/deep-network/relu.ts
import { Matrix as Matrix34 } from "ml-matrix";
function relu(Z) {
  return new Matrix34(Z.to2DArray().map((row) => row.map((z) => Math.max(0, z))));
}

// reference/deep-network/activationForward.ts
function activationForward3(APrev, W, b, activation) {
  const Z = linearForward3(APrev, W, b);
  const A = activation === "sigmoid" ? sigmoid10(Z) : relu(Z);
  return { A, cache: { APrev, W, b, Z } };
}

// reference/deep-network/cost.ts
var EPSILON = 1e-15;
var clip = (a) => Math.min(Math.max(a, EPSILON), 1 - EPSILON);
function cost14(AL, Y) {
  const m = Y.columns;
  const a = AL.to1DArray().map(clip);
  const y = Y.to1DArray();
  const total = a.reduce((sum2, ai, i) => sum2 + y[i] * Math.log(ai) + (1 - y[i]) * Math.log(1 - ai), 0);
  return -total / m;
}

// reference/deep-network/initializeParameters.ts
import { Matrix as Matrix35 } from "ml-matrix";
function initializeParameters8(layerDims, randn2) {
  const params = {};
  for (let l = 1; l < layerDims.length; l++) {
    const [rows, columns] = [layerDims[l], layerDims[l - 1]];
    const scale = Math.sqrt(columns);
    const row = () => Array.from({ length: columns }, () => randn2() / scale);
    params[`W${l}`] = new Matrix35(Array.from({ length: rows }, row));
    params[`b${l}`] = Matrix35.zeros(rows, 1);
  }
  return params;
}

// reference/deep-network/modelForward.ts
function modelForward2(X, params) {
  const L = Object.keys(params).filter((key) => /^W\d+$/.test(key)).length;
  const caches = [];
  let A = X;
  for (let l = 1; l <= L; l++) {
    const layer2 = activationForward3(A, params[`W${l}`], params[`b${l}`], l === L ? "sigmoid" : "relu");
    caches.push(layer2.cache);
    A = layer2.A;
  }
  return { AL: A, caches };
}

// grader/spec/deep-network-backward.ts
import { Matrix as Matrix42 } from "ml-matrix";

// reference/deep-network/dAPrev.ts
function dAPrev4(W, dZ9) {
  return W.transpose().mmul(dZ9);
}

// reference/deep-network/dW.ts
function dW12(dZ9, APrev) {
  const m = APrev.columns;
  return dZ9.mmul(APrev.transpose()).div(m);
}

// reference/deep-network/dZ.ts
import { Matrix as Matrix36 } from "ml-matrix";
function activationDerivative(Z, activation) {
  if (activation === "relu") return new Matrix36(Z.to2DArray().map((row) => row.map((z) => z > 0 ? 1 : 0)));
  const S = sigmoid10(Z);
  return Matrix36.mul(S, Matrix36.sub(Matrix36.ones(S.rows, S.columns), S));
}
function dZ7(dA, Z, activation) {
  return Matrix36.mul(dA, activationDerivative(Z, activation));
}

// reference/deep-network/db.ts
import { Matrix as Matrix37 } from "ml-matrix";
function db9(dZ9) {
  const m = dZ9.columns;
  return Matrix37.columnVector(dZ9.sum("row")).div(m);
}

// reference/deep-network/modelBackward.ts
import { Matrix as Matrix38 } from "ml-matrix";
function modelBackward11(AL, Y, caches) {
  const grads = {};
  let dZl = Matrix38.sub(AL, Y);
  for (let l = caches.length; l >= 1; l--) {
    const { APrev, W } = caches[l - 1];
    grads[`dW${l}`] = dW12(dZl, APrev);
    grads[`db${l}`] = db9(dZl);
    if (l > 1) dZl = dZ7(dAPrev4(W, dZl), caches[l - 2].Z, "relu");
  }
  return grads;
}

// reference/deep-network/predict.ts
import { Matrix as Matrix39 } from "ml-matrix";
function predict4(X, params) {
  const { AL } = modelForward2(X, params);
  return new Matrix39(AL.to2DArray().map((row) => row.map((a) => a > 0.5 ? 1 : 0)));
}

// reference/deep-network/update.ts
import { Matrix as Matrix40 } from "ml-matrix";
function update7(params, grads, learningRate) {
  const updated = {};
  for (const [name, value] of Object.entries(params)) {
    updated[name] = Matrix40.sub(value, Matrix40.mul(grads[`d${name}`], learningRate));
  }
  return updated;
}

// reference/deep-network/train.ts
function train5(X, Y, layerDims, options) {
  let params = initializeParameters8(layerDims, options.randn);
  const costs = [];
  for (let i = 0; i < options.iterations; i++) {
    const { AL, caches } = modelForward2(X, params);
    costs.push(cost14(AL, Y));
    params = update7(params, modelBackward11(AL, Y, caches), options.learningRate);
  }
  return { params, costs };
}

// grader/datasets.ts
import { Matrix as Matrix41 } from "ml-matrix";
function checkSize(m) {
  if (!Number.isSafeInteger(m) || m < 1) throw new RangeError(`data set size m must be a positive integer, got ${m}`);
}
function linspace(start, stop, n) {
  if (n === 1) return [start];
  return Array.from({ length: n }, (_, i) => start + (stop - start) * i / (n - 1));
}
function fromColumns(points, labels2) {
  const X = new Matrix41([points.map((p) => p[0]), points.map((p) => p[1])]);
  return { X, Y: new Matrix41([labels2]) };
}
var flower = (rng, m) => {
  checkSize(m);
  const a = 4;
  const points = [];
  const labels2 = [];
  for (const j of [0, 1]) {
    const n = j === 0 ? Math.ceil(m / 2) : Math.floor(m / 2);
    if (n === 0) continue;
    const t2 = linspace(j * 3.12, (j + 1) * 3.12, n).map((ti) => ti + 0.2 * rng.normal());
    const r2 = t2.map((ti) => a * Math.sin(4 * ti) + 0.2 * rng.normal());
    t2.forEach((ti, i) => {
      points.push([r2[i] * Math.sin(ti), r2[i] * Math.cos(ti)]);
      labels2.push(j);
    });
  }
  return fromColumns(points, labels2);
};
var blobs = (rng, m) => {
  checkSize(m);
  const points = [];
  const labels2 = [];
  for (let i = 0; i < m; i++) {
    const label = i % 2;
    const centre = label === 1 ? 1.5 : -1.5;
    points.push([centre + rng.normal(), centre + rng.normal()]);
    labels2.push(label);
  }
  return fromColumns(points, labels2);
};

// grader/spec/deep-network-gen.ts
function netShapes(rng, layers) {
  return distinctSizes(rng, layers.length, 2, 12).map((m, i) => ({
    layerDims: [...distinctSizes(rng, layers[i], 2, 8, [m]), 1],
    m
  }));
}
function netShapeM1(rng, L) {
  return { layerDims: [...distinctSizes(rng, L, 2, 8), 1], m: 1 };
}
function netDims({ layerDims, m }) {
  return { ...Object.fromEntries(layerDims.map((n, l) => [`n^[${l}]`, n])), m };
}
var netName = ({ layerDims, m }) => `L=${layerDims.length - 1} [${layerDims.join(",")}], m=${m}`;
function netSample(rng, shape2) {
  const params = layerParams(rng, shape2.layerDims);
  const X = randn(rng, shape2.layerDims[0], shape2.m);
  const Y = labels(rng, shape2.m);
  return { ...shape2, params, X, Y, ...modelForward2(X, params) };
}
var gradientNorms = (s5) => Object.values(modelBackward11(s5.AL, s5.Y, s5.caches)).map(normOf);
var hiddenClearOfKink = (s5) => clearOfKink(s5.caches.slice(0, -1).map((cache) => cache.Z));
function netCases(rng, shapes3, args, checked = false) {
  return shapes3.map((shape2) => {
    const draw = () => drawUntil(() => netSample(rng, shape2), hiddenClearOfKink);
    const s5 = checked ? withHealthyGradients(draw, gradientNorms) : netSample(rng, shape2);
    return { name: netName(shape2), args: args(s5), dims: netDims(shape2), context: { ...s5 } };
  });
}
function layerShapes(rng, count) {
  return distinctSizes(rng, count, 2, 12).map((m) => {
    const [n, nPrev] = distinctSizes(rng, 2, 2, 8, [m]);
    return { "n^[l]": n, "n^[l-1]": nPrev, m };
  });
}
function layerShapesWithM1(rng) {
  const [n, nPrev] = distinctSizes(rng, 2, 2, 8);
  return [...layerShapes(rng, 3), { "n^[l]": n, "n^[l-1]": nPrev, m: 1 }];
}
function layerSample(rng, d, activation) {
  const n0 = distinctSizes(rng, 1, 2, 8)[0];
  const p = layerParams(rng, [n0, d["n^[l-1]"], d["n^[l]"], 1]);
  const X = randn(rng, n0, d.m);
  const APrev = activationForward3(X, p.W1, p.b1, "relu").A;
  const layer2 = activationForward3(APrev, p.W2, p.b2, activation);
  const out = activationForward3(layer2.A, p.W3, p.b3, "sigmoid");
  const dA = dAPrev4(p.W3, out.A.clone().sub(labels(rng, d.m)));
  const { W, b, Z } = layer2.cache;
  return { APrev, W, b, Z, dA, dZ: dZ7(dA, Z, activation), activation };
}
function layerCases(rng, shapes3, activations, args) {
  return shapes3.map((d, i) => {
    const activation = activations[i % activations.length];
    const s5 = drawUntil(() => layerSample(rng, d, activation), (l) => activation !== "relu" || clearOfKink([l.Z]));
    const name = activations.length > 1 ? `${s5.activation}, ${layerName(d)}` : layerName(d);
    return { name, args: args(s5), dims: d, context: { ...s5 } };
  });
}
var layerName = (d) => `n^[l]=${d["n^[l]"]}, n^[l-1]=${d["n^[l-1]"]}, m=${d.m}`;
function sumProduct(A, B) {
  let total = 0;
  for (let i = 0; i < A.rows; i++) for (let j = 0; j < A.columns; j++) total += A.get(i, j) * B.get(i, j);
  return total;
}

// grader/spec/train-properties.ts
function costsOf(received) {
  if (received.kind !== "object") return void 0;
  const costs = received.entries.costs;
  if (costs === void 0) return void 0;
  if (costs.kind === "list" && costs.items.every((item) => item.kind === "number")) {
    return costs.items.map((item) => item.value);
  }
  if (costs.kind === "matrix" && costs.rows === 1) return costs.data[0];
  return void 0;
}
var problem = (message) => ({ path: "costs", check: "property", message });
var costsLength = (received, c) => {
  const costs = costsOf(received);
  const { iterations } = contextOf(c);
  if (costs === void 0 || costs.length === iterations) return void 0;
  return problem(`costs has ${costs.length} entries; it must have one per iteration, ${iterations} (the cost of each iteration, before its update)`);
};
var costsFinite = (received) => {
  const costs = costsOf(received);
  const bad = costs?.findIndex((x) => !Number.isFinite(x)) ?? -1;
  if (costs === void 0 || bad < 0) return void 0;
  return problem(`costs[${bad}] is ${costs[bad]}: the cost must stay finite (log of 0? a diverging update?)`);
};
var costFalls = (received) => {
  const costs = costsOf(received);
  if (costs === void 0 || costs.length < 2) return void 0;
  const [first, last] = [costs[0], costs[costs.length - 1]];
  if (!(last > first)) return void 0;
  const values = `costs[0] = ${first.toPrecision(4)}, costs[${costs.length - 1}] = ${last.toPrecision(4)}`;
  return problem(`the cost rises: ${values}; gradient descent must lower it (check the signs of the gradients and of the update)`);
};
var TRAIN_PROPERTIES = [costsLength, costsFinite, costFalls];

// grader/spec/deep-network-backward.ts
var layer = (c) => contextOf(c);
var g = (Z, activation) => activation === "relu" ? relu(Z) : sigmoid10(Z);
function dZCases(rng) {
  const cases = layerCases(rng, layerShapes(rng, 4), ["relu", "sigmoid"], (s6) => [s6.dA, s6.Z, s6.activation]);
  const [d] = layerShapes(rng, 1);
  const s5 = layerSample(rng, d, "relu");
  const Z = s5.Z.clone();
  for (let i = 0; i < Z.rows; i++) Z.set(i, i % Z.columns, 0);
  cases.push({ name: `relu, Z with exact zeros, ${layerName(d)}`, args: [s5.dA, Z, "relu"], dims: d });
  return cases;
}
var dZCheck = {
  single: "dZ",
  point: (c) => ({ dZ: layer(c).Z.clone() }),
  cost: (c, p) => sumProduct(layer(c).dA, g(p.dZ, layer(c).activation)),
  cases: 2
};
function linearSurrogate(s5, W, b) {
  return sumProduct(s5.dZ, linearForward3(s5.APrev, W, b)) / s5.APrev.columns;
}
var dWCheck = {
  single: "dW",
  point: (c) => ({ dW: layer(c).W.clone() }),
  cost: (c, p) => linearSurrogate(layer(c), p.dW, layer(c).b)
};
var dbCheck = {
  single: "db",
  point: (c) => ({ db: layer(c).b.clone() }),
  cost: (c, p) => linearSurrogate(layer(c), layer(c).W, p.db)
};
var dAPrevCheck = {
  single: "dAPrev",
  point: (c) => ({ dAPrev: layer(c).APrev.clone() }),
  cost: (c, p) => sumProduct(layer(c).dZ, layer(c).W.mmul(p.dAPrev))
};
var modelBackwardCheck = {
  point: (c) => pointOf(contextOf(c).params),
  cost: (c, p) => {
    const { X, Y } = contextOf(c);
    return cost14(modelForward2(X, paramsOf(p)).AL, Y);
  },
  ownCost: (c, p) => {
    const { X, Y } = contextOf(c);
    return [{ step: "modelForward", args: [X, paramsOf(p)] }, { step: "cost", args: [new ResultRef(0, ["AL"]), Y] }];
  }
};
function updateCases(rng) {
  return netCases(rng, netShapes(rng, [2, 1, 3]), (s5) => [s5.params, modelBackward11(s5.AL, s5.Y, s5.caches), uniformIn(rng, 5e-3, 2)]).map((c) => ({ ...c, name: `${c.name}, \u03B1=${fmt2(c.args[2])}` }));
}
function nearHalfCase(rng) {
  const [shape2] = netShapes(rng, [2]);
  const s5 = netSample(rng, shape2);
  const params = { ...s5.params, W2: randn(rng, 1, shape2.layerDims[1], 1e-3), b2: Matrix42.zeros(1, 1) };
  params.b2.set(0, 0, centredBias(modelForward2(s5.X, params).caches[1].Z.to1DArray()));
  return { name: `AL near 0.5, ${netName(shape2)}`, args: [s5.X, params], dims: netDims(shape2) };
}
function predictCases(rng) {
  const cases = netCases(rng, [...netShapes(rng, [2, 3, 1]), netShapeM1(rng, 2)], (s5) => [s5.X, s5.params]);
  cases.splice(1, 0, nearHalfCase(rng));
  return cases;
}
function trainCases(rng) {
  return distinctSizes(rng, 3, 40, 60).map((m, i) => {
    const data = flower(rng, m);
    const layerDims = [2, ...distinctSizes(rng, i === 1 ? 2 : 1, 3, 7), 1];
    const iterations = rng.int(30, 60);
    const options = { iterations, learningRate: uniformIn(rng, 0.1, 0.3), randn: new RandnArg(seedOf(rng)) };
    return {
      name: `flower, ${netName({ layerDims, m })}, ${iterations} iterations`,
      args: [data.X, data.Y, layerDims, options],
      dims: netDims({ layerDims, m }),
      context: { iterations }
    };
  });
}
var deepBackwardSteps = [
  { id: "dZ", params: ["dA", "Z", "activation"], reference: dZ7, cases: dZCases, gradientCheck: dZCheck },
  {
    id: "dW",
    params: ["dZ", "APrev"],
    reference: dW12,
    cases: (rng) => layerCases(rng, layerShapesWithM1(rng), ["relu", "sigmoid"], (s5) => [s5.dZ, s5.APrev]),
    gradientCheck: dWCheck
  },
  {
    id: "db",
    params: ["dZ"],
    reference: db9,
    cases: (rng) => layerCases(rng, layerShapesWithM1(rng), ["relu", "sigmoid"], (s5) => [s5.dZ]),
    gradientCheck: dbCheck
  },
  {
    id: "dAPrev",
    params: ["W", "dZ"],
    reference: dAPrev4,
    cases: (rng) => layerCases(rng, layerShapesWithM1(rng), ["relu", "sigmoid"], (s5) => [s5.W, s5.dZ]),
    gradientCheck: dAPrevCheck
  },
  {
    id: "modelBackward",
    params: ["AL", "Y", "caches"],
    reference: modelBackward11,
    cases: (rng) => netCases(rng, [...netShapes(rng, [3, 1, 2, 4]), netShapeM1(rng, 2)], (s5) => [s5.AL, s5.Y, s5.caches], true),
    points: 2,
    gradientCheck: modelBackwardCheck
  },
  { id: "update", params: ["params", "grads", "learningRate"], reference: update7, cases: updateCases },
  { id: "predict", params: ["X", "params"], reference: predict4, cases: predictCases },
  {
    id: "train",
    params: ["X", "Y", "layerDims", "options"],
    reference: train5,
    cases: trainCases,
    points: 2,
    timeoutMs: 1e4,
    // many iterations of arithmetic possibly ordered differently from the reference's: the
    // differences compound, so the comparison is looser than for a single step
    tolerance: { rtol: 1e-4, atol: 1e-7 },
    properties: TRAIN_PROPERTIES
  }
];

// grader/spec/deep-network.ts
function initializeCases(rng) {
  const shapes3 = netShapes(rng, [2, 1, 4, 3]);
  const last = shapes3[3].layerDims;
  last[last.length - 1] = distinctSizes(rng, 1, 2, 8, last)[0];
  return shapes3.map((shape2) => {
    const { m: _m, ...dims } = netDims(shape2);
    const L = shape2.layerDims.length - 1;
    return { name: `L=${L} [${shape2.layerDims.join(",")}]`, args: [shape2.layerDims, new RandnArg(seedOf(rng))], dims };
  });
}
var zDims = (d) => ({ "n^[l]": d["n^[l]"], m: d.m });
var zName = (d) => `n^[l]=${d["n^[l]"]}, m=${d.m}`;
function sigmoidCases(rng) {
  const [a, b] = layerShapes(rng, 2);
  const extremes = new Matrix43([[-1e3, 1e3, -745, 40], [745, -40, 0, -1e-3]]);
  return [
    { name: zName(a), args: [randn(rng, a["n^[l]"], a.m, 3)], dims: zDims(a) },
    { name: "Z = \xB11000 and large |z|", args: [extremes], dims: { "n^[l]": 2, m: 4 } },
    { name: zName(b), args: [randn(rng, b["n^[l]"], b.m, 3)], dims: zDims(b) }
  ];
}
function reluCases(rng) {
  const [a, b, c] = layerShapes(rng, 3);
  const withZeros = randn(rng, c["n^[l]"], c.m);
  for (let i = 0; i < withZeros.rows; i++) for (let j = (3 - i % 3) % 3; j < withZeros.columns; j += 3) withZeros.set(i, j, 0);
  return [
    { name: zName(a), args: [randn(rng, a["n^[l]"], a.m)], dims: zDims(a) },
    { name: zName(b), args: [randn(rng, b["n^[l]"], b.m)], dims: zDims(b) },
    { name: `exact zeros, ${zName(c)}`, args: [withZeros], dims: zDims(c) }
  ];
}
function costCases(rng) {
  const cases = netCases(rng, [...netShapes(rng, [2, 3, 1]), netShapeM1(rng, 2)], (s5) => [s5.AL, s5.Y]);
  const m = distinctSizes(rng, 1, 4, 12)[0];
  const AL = sigmoid10(Matrix43.rowVector(Array.from({ length: m }, () => signed(rng, 15, 25))));
  cases.push({ name: `AL near 0 and 1, m=${m}`, args: [AL, labels(rng, m)], dims: { m } });
  return cases;
}
var forwardSteps = [
  { id: "initializeParameters", params: ["layerDims", "randn"], reference: initializeParameters8, cases: initializeCases },
  {
    id: "linearForward",
    params: ["APrev", "W", "b"],
    reference: linearForward3,
    cases: (rng) => layerCases(rng, layerShapesWithM1(rng), ["relu"], (s5) => [s5.APrev, s5.W, s5.b])
  },
  { id: "sigmoid", params: ["Z"], reference: sigmoid10, cases: sigmoidCases },
  { id: "relu", params: ["Z"], reference: relu, cases: reluCases },
  {
    id: "activationForward",
    params: ["APrev", "W", "b", "activation"],
    reference: activationForward3,
    cases: (rng) => layerCases(rng, layerShapesWithM1(rng), ["relu", "sigmoid"], (s5) => [s5.APrev, s5.W, s5.b, s5.activation])
  },
  {
    id: "modelForward",
    params: ["X", "params"],
    reference: modelForward2,
    cases: (rng) => netCases(rng, [...netShapes(rng, [3, 1, 2, 4]), netShapeM1(rng, 2)], (s5) => [s5.X, s5.params]),
    points: 2
  },
  { id: "cost", params: ["AL", "Y"], reference: cost14, cases: costCases }
];
var deepNetwork = {
  id: "deep-network",
  title: "Deep neural network",
  notes: '001; 002; 004 "Deep neural networks"',
  steps: [...forwardSteps, ...deepBackwardSteps]
};

// grader/spec/logistic-regression.ts
import { Matrix as Matrix49 } from "ml-matrix";

// reference/logistic-regression/cost.ts
var EPSILON2 = 1e-15;
var clip2 = (a) => Math.min(Math.max(a, EPSILON2), 1 - EPSILON2);
function cost15(A, Y) {
  const m = Y.columns;
  const a = A.to1DArray().map(clip2);
  const y = Y.to1DArray();
  const total = a.reduce((sum2, ai, i) => sum2 + y[i] * Math.log(ai) + (1 - y[i]) * Math.log(1 - ai), 0);
  return -total / m;
}

// reference/logistic-regression/dW.ts
function dW13(X, dZ9) {
  const m = X.columns;
  return X.mmul(dZ9.transpose()).mul(1 / m);
}

// reference/logistic-regression/dZ.ts
import { Matrix as Matrix44 } from "ml-matrix";
function dZ8(A, Y) {
  return Matrix44.sub(A, Y);
}

// reference/logistic-regression/db.ts
function db10(dZ9) {
  const m = dZ9.columns;
  return dZ9.sum() / m;
}

// reference/logistic-regression/sigmoid.ts
import { Matrix as Matrix45 } from "ml-matrix";
function sigmoidOf2(z) {
  if (z >= 0) return 1 / (1 + Math.exp(-z));
  const e = Math.exp(z);
  return e / (1 + e);
}
function sigmoid11(z) {
  if (typeof z === "number") return sigmoidOf2(z);
  return new Matrix45(z.to2DArray().map((row) => row.map(sigmoidOf2)));
}

// reference/logistic-regression/forward.ts
function forward12(w, b, X) {
  const Z = w.transpose().mmul(X).add(b);
  return sigmoid11(Z);
}

// reference/logistic-regression/initializeWithZeros.ts
import { Matrix as Matrix46 } from "ml-matrix";
function initializeWithZeros2(dim) {
  return { w: Matrix46.zeros(dim, 1), b: 0 };
}

// reference/logistic-regression/predict.ts
import { Matrix as Matrix47 } from "ml-matrix";
function predict5(w, b, X) {
  const A = forward12(w, b, X);
  return new Matrix47(A.to2DArray().map((row) => row.map((a) => a > 0.5 ? 1 : 0)));
}

// reference/logistic-regression/update.ts
import { Matrix as Matrix48 } from "ml-matrix";
function update8(params, grads, learningRate) {
  const w = Matrix48.sub(params.w, Matrix48.mul(grads.dw, learningRate));
  const b = params.b - learningRate * grads.db;
  return { w, b };
}

// reference/logistic-regression/train.ts
function train6(X, Y, options) {
  let params = initializeWithZeros2(X.rows);
  const costs = [];
  for (let i = 0; i < options.iterations; i++) {
    const A = forward12(params.w, params.b, X);
    costs.push(cost15(A, Y));
    const dz = dZ8(A, Y);
    params = update8(params, { dw: dW13(X, dz), db: db10(dz) }, options.learningRate);
  }
  return { params, costs };
}

// grader/spec/logistic-regression.ts
function shapes(rng, count = 3) {
  return distinctSizes(rng, count, 2, 12).map((m) => ({ n_x: distinctSizes(rng, 1, 2, 8, [m])[0], m }));
}
function shapesWithM1(rng) {
  const all = shapes(rng);
  all.push({ n_x: distinctSizes(rng, 1, 2, 8)[0], m: 1 });
  return all;
}
function sample(rng, { n_x, m }, xScale = 1) {
  const w = randn(rng, n_x, 1, 1 / Math.sqrt(n_x));
  const b = signed(rng, 0.1, 1);
  const X = randn(rng, n_x, m, xScale);
  const Y = labels(rng, m);
  const A = forward12(w, b, X);
  return { w, b, X, Y, A, dz: dZ8(A, Y) };
}
var gradientNorms2 = (s5) => [normOf(dW13(s5.X, s5.dz)), normOf(db10(s5.dz))];
function casesOf2(rng, dims, args, checked = false) {
  return dims.map((d) => {
    const s5 = checked ? withHealthyGradients(() => sample(rng, d), gradientNorms2) : sample(rng, d);
    return { name: dimsName(d), args: args(s5), dims: d, context: { ...s5 } };
  });
}
function sigmoidCases2(rng) {
  const z = rng.normal() * 3;
  const [row, grid] = shapes(rng, 2);
  const extremes = Matrix49.rowVector([-1e3, 1e3, -745, 745, -40, 40, 0, 1e-3]);
  return [
    { name: `z=${fmt2(z)} (a number)`, args: [z], dims: {} },
    { name: `(1, m), m=${row.m}`, args: [randn(rng, 1, row.m, 3)], dims: { m: row.m } },
    { name: dimsName(grid), args: [randn(rng, grid.n_x, grid.m, 3)], dims: grid },
    { name: "z = \xB11000 and large |z|", args: [extremes], dims: { m: extremes.columns } },
    { name: "z=-1000 (a number)", args: [-1e3], dims: {} },
    { name: "z=1000 (a number)", args: [1e3], dims: {} }
  ];
}
function initializeCases2(rng) {
  const dims = [...distinctSizes(rng, 3, 2, 12), 1];
  return dims.map((n_x) => ({ name: `dim=${n_x}`, args: [n_x], dims: { n_x } }));
}
function forwardCases(rng) {
  const cases = casesOf2(rng, shapesWithM1(rng), (s6) => [s6.w, s6.b, s6.X]);
  const [big] = shapes(rng, 1);
  const s5 = sample(rng, big, 300);
  cases.push({ name: `large |z|, ${dimsName(big)}`, args: [s5.w, s5.b, s5.X], dims: big, context: { ...s5 } });
  return cases;
}
function costCases2(rng) {
  const cases = casesOf2(rng, shapesWithM1(rng), (s5) => [s5.A, s5.Y]);
  const m = distinctSizes(rng, 1, 4, 12)[0];
  const A = sigmoid11(Matrix49.rowVector(Array.from({ length: m }, () => signed(rng, 15, 25))));
  cases.push({ name: `A near 0 and 1, m=${m}`, args: [A, labels(rng, m)], dims: { m } });
  return cases;
}
function updateCases2(rng) {
  return shapes(rng).map((d) => {
    const s5 = sample(rng, d);
    const learningRate = uniformIn(rng, 5e-3, 2);
    const args = [{ w: s5.w, b: s5.b }, { dw: dW13(s5.X, s5.dz), db: db10(s5.dz) }, learningRate];
    return { name: `n_x=${d.n_x}, \u03B1=${fmt2(learningRate)}`, args, dims: { n_x: d.n_x } };
  });
}
function nearHalfCase2(rng) {
  const [d] = shapes(rng, 1);
  const w = randn(rng, d.n_x, 1, 2e-4);
  const X = randn(rng, d.n_x, d.m);
  const b = centredBias(w.transpose().mmul(X).to1DArray());
  return { name: `A near 0.5, ${dimsName(d)}`, args: [w, b, X], dims: d };
}
function predictCases2(rng) {
  const cases = casesOf2(rng, shapesWithM1(rng), (s5) => [s5.w, s5.b, s5.X]);
  cases.splice(1, 0, nearHalfCase2(rng));
  return cases;
}
function trainCases2(rng) {
  const ms = distinctSizes(rng, 3, 40, 60);
  return ms.map((m, i) => {
    const [name, data] = i === 1 ? ["flower", flower(rng, m)] : ["blobs", blobs(rng, m)];
    const iterations = rng.int(30, 60);
    const learningRate = uniformIn(rng, 0.05, 0.5);
    return {
      name: `${name}, m=${m}, ${iterations} iterations`,
      args: [data.X, data.Y, { iterations, learningRate }],
      dims: { n_x: 2, m },
      context: { iterations }
    };
  });
}
function ownCost(c, w, b) {
  const { X, Y } = contextOf(c);
  return [{ step: "forward", args: [w, b, X] }, { step: "cost", args: [new ResultRef(0), Y] }];
}
var dWCheck2 = {
  single: "dW",
  point: (c) => ({ dW: contextOf(c).w.clone() }),
  cost: (c, p) => {
    const { b, X, Y } = contextOf(c);
    return cost15(forward12(p.dW, b, X), Y);
  },
  ownCost: (c, p) => ownCost(c, p.dW, contextOf(c).b)
};
var dbCheck2 = {
  single: "db",
  point: (c) => ({ db: scalar(contextOf(c).b) }),
  cost: (c, p) => {
    const { w, X, Y } = contextOf(c);
    return cost15(forward12(w, p.db.get(0, 0), X), Y);
  },
  ownCost: (c, p) => ownCost(c, contextOf(c).w, p.db.get(0, 0))
};
var steps = [
  { id: "sigmoid", params: ["z"], reference: sigmoid11, cases: sigmoidCases2 },
  { id: "initializeWithZeros", params: ["dim"], reference: initializeWithZeros2, cases: initializeCases2 },
  { id: "forward", params: ["w", "b", "X"], reference: forward12, cases: forwardCases },
  { id: "cost", params: ["A", "Y"], reference: cost15, cases: costCases2 },
  { id: "dZ", params: ["A", "Y"], reference: dZ8, cases: (rng) => casesOf2(rng, shapesWithM1(rng), (s5) => [s5.A, s5.Y]) },
  {
    id: "dW",
    params: ["X", "dZ"],
    reference: dW13,
    cases: (rng) => casesOf2(rng, shapesWithM1(rng), (s5) => [s5.X, s5.dz], true),
    gradientCheck: dWCheck2
  },
  {
    id: "db",
    params: ["dZ"],
    reference: db10,
    cases: (rng) => casesOf2(rng, shapesWithM1(rng), (s5) => [s5.dz], true),
    gradientCheck: dbCheck2
  },
  { id: "update", params: ["params", "grads", "learningRate"], reference: update8, cases: updateCases2 },
  { id: "predict", params: ["w", "b", "X"], reference: predict5, cases: predictCases2 },
  {
    id: "train",
    params: ["X", "Y", "options"],
    reference: train6,
    cases: trainCases2,
    points: 2,
    timeoutMs: 1e4,
    // many iterations of arithmetic possibly ordered differently from the reference's: the
    // differences compound, so the comparison is looser than for a single step
    tolerance: { rtol: 1e-4, atol: 1e-7 },
    properties: TRAIN_PROPERTIES
  }
];
var logisticRegression = {
  id: "logistic-regression",
  title: "Logistic regression",
  notes: '003; 004 "Binary Classification", "Vectorizing logistic regression"',
  steps
};

// grader/spec/shallow-network.ts
import { Matrix as Matrix55 } from "ml-matrix";

// reference/shallow-network/backward.ts
import { Matrix as Matrix50 } from "ml-matrix";
var averageColumn = (dZ9) => Matrix50.columnVector(dZ9.sum("row")).div(dZ9.columns);
function backward15(params, cache, X, Y) {
  const m = X.columns;
  const { A1, A2 } = cache;
  const dZ22 = Matrix50.sub(A2, Y);
  const dW22 = dZ22.mmul(A1.transpose()).div(m);
  const db22 = averageColumn(dZ22);
  const gPrime1 = Matrix50.mul(A1, Matrix50.sub(Matrix50.ones(A1.rows, A1.columns), A1));
  const dZ1 = params.W2.transpose().mmul(dZ22).mul(gPrime1);
  const dW1 = dZ1.mmul(X.transpose()).div(m);
  const db1 = averageColumn(dZ1);
  return { dW1, db1, dW2: dW22, db2: db22 };
}

// reference/shallow-network/cost.ts
var EPSILON3 = 1e-15;
var clip3 = (a) => Math.min(Math.max(a, EPSILON3), 1 - EPSILON3);
function cost16(A2, Y) {
  const m = Y.columns;
  const a = A2.to1DArray().map(clip3);
  const y = Y.to1DArray();
  const total = a.reduce((sum2, ai, i) => sum2 + y[i] * Math.log(ai) + (1 - y[i]) * Math.log(1 - ai), 0);
  return -total / m;
}

// reference/shallow-network/forward.ts
import { Matrix as Matrix51 } from "ml-matrix";
function sigmoid12(Z) {
  const s5 = (z) => z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
  return new Matrix51(Z.to2DArray().map((row) => row.map(s5)));
}
function forward13(X, params) {
  const Z1 = params.W1.mmul(X).addColumnVector(params.b1);
  const A1 = sigmoid12(Z1);
  const Z2 = params.W2.mmul(A1).addColumnVector(params.b2);
  const A2 = sigmoid12(Z2);
  return { A2, cache: { Z1, A1, Z2, A2 } };
}

// reference/shallow-network/initializeParameters.ts
import { Matrix as Matrix52 } from "ml-matrix";
function randomMatrix(rows, columns, scale, randn2) {
  return new Matrix52(Array.from({ length: rows }, () => Array.from({ length: columns }, () => scale * randn2())));
}
function initializeParameters9(nX, nH, nY, randn2) {
  const W1 = randomMatrix(nH, nX, 0.01, randn2);
  const W2 = randomMatrix(nY, nH, 0.01, randn2);
  return { W1, b1: Matrix52.zeros(nH, 1), W2, b2: Matrix52.zeros(nY, 1) };
}

// reference/shallow-network/layerSizes.ts
function layerSizes2(X, Y, hiddenUnits) {
  return { nX: X.rows, nH: hiddenUnits, nY: Y.rows };
}

// reference/shallow-network/predict.ts
import { Matrix as Matrix53 } from "ml-matrix";
function predict6(X, params) {
  const { A2 } = forward13(X, params);
  return new Matrix53(A2.to2DArray().map((row) => row.map((a) => a > 0.5 ? 1 : 0)));
}

// reference/shallow-network/update.ts
import { Matrix as Matrix54 } from "ml-matrix";
function update9(params, grads, learningRate) {
  const step = (p, dp) => Matrix54.sub(p, Matrix54.mul(dp, learningRate));
  return {
    W1: step(params.W1, grads.dW1),
    b1: step(params.b1, grads.db1),
    W2: step(params.W2, grads.dW2),
    b2: step(params.b2, grads.db2)
  };
}

// reference/shallow-network/train.ts
function train7(X, Y, options) {
  const { nX, nH, nY } = layerSizes2(X, Y, options.hiddenUnits);
  let params = initializeParameters9(nX, nH, nY, options.randn);
  const costs = [];
  for (let i = 0; i < options.iterations; i++) {
    const { A2, cache } = forward13(X, params);
    costs.push(cost16(A2, Y));
    params = update9(params, backward15(params, cache, X, Y), options.learningRate);
  }
  return { params, costs };
}

// grader/spec/shallow-network.ts
function shapes2(rng, count = 3) {
  return distinctSizes(rng, count, 2, 12).map((m) => {
    const [n0, n1] = distinctSizes(rng, 2, 2, 8, [m]);
    return { "n^[0]": n0, "n^[1]": n1, "n^[2]": 1, m };
  });
}
function shapesWithM12(rng) {
  const [n0, n1] = distinctSizes(rng, 2, 2, 8);
  return [...shapes2(rng), { "n^[0]": n0, "n^[1]": n1, "n^[2]": 1, m: 1 }];
}
var nameOf3 = (d) => `n^[0]=${d["n^[0]"]}, n^[1]=${d["n^[1]"]}, m=${d.m}`;
var asParams = (p) => p;
function sample2(rng, d) {
  const params = asParams(layerParams(rng, [d["n^[0]"], d["n^[1]"], d["n^[2]"]]));
  const X = randn(rng, d["n^[0]"], d.m);
  const Y = labels(rng, d.m);
  const { A2, cache } = forward13(X, params);
  return { params, X, Y, A2, cache };
}
var gradientNorms3 = (s5) => Object.values(backward15(s5.params, s5.cache, s5.X, s5.Y)).map(normOf);
function casesOf3(rng, dims, args, checked = false) {
  return dims.map((d) => {
    const s5 = checked ? withHealthyGradients(() => sample2(rng, d), gradientNorms3) : sample2(rng, d);
    return { name: nameOf3(d), args: args(s5), dims: d, context: { ...s5 } };
  });
}
function initializeCases3(rng) {
  const all = shapes2(rng);
  all[2]["n^[2]"] = distinctSizes(rng, 1, 2, 8, [all[2]["n^[0]"], all[2]["n^[1]"]])[0];
  return all.map((d) => {
    const { m: _m, ...dims } = d;
    const args = [d["n^[0]"], d["n^[1]"], d["n^[2]"], new RandnArg(seedOf(rng))];
    return { name: `nX=${d["n^[0]"]}, nH=${d["n^[1]"]}, nY=${d["n^[2]"]}`, args, dims };
  });
}
function updateCases3(rng) {
  return shapes2(rng).map((d) => {
    const s5 = sample2(rng, d);
    const learningRate = uniformIn(rng, 5e-3, 2);
    const grads = backward15(s5.params, s5.cache, s5.X, s5.Y);
    return { name: `${nameOf3(d)}, \u03B1=${fmt2(learningRate)}`, args: [s5.params, grads, learningRate], dims: d };
  });
}
function nearHalfCase3(rng) {
  const [d] = shapes2(rng, 1);
  const s5 = sample2(rng, d);
  const W2 = randn(rng, 1, d["n^[1]"], 1e-3);
  const b2 = Matrix55.zeros(1, 1);
  const { Z2 } = forward13(s5.X, { ...s5.params, W2, b2 }).cache;
  b2.set(0, 0, centredBias(Z2.to1DArray()));
  return { name: `A2 near 0.5, ${nameOf3(d)}`, args: [s5.X, { ...s5.params, W2, b2 }], dims: d };
}
function predictCases3(rng) {
  const cases = casesOf3(rng, shapesWithM12(rng), (s5) => [s5.X, s5.params]);
  cases.splice(1, 0, nearHalfCase3(rng));
  return cases;
}
function trainCases3(rng) {
  return distinctSizes(rng, 3, 40, 60).map((m) => {
    const data = flower(rng, m);
    const hiddenUnits = distinctSizes(rng, 1, 3, 6)[0];
    const iterations = rng.int(30, 60);
    const learningRate = uniformIn(rng, 0.5, 1.2);
    const options = { hiddenUnits, iterations, learningRate, randn: new RandnArg(seedOf(rng)) };
    return {
      name: `flower, m=${m}, nH=${hiddenUnits}, ${iterations} iterations`,
      args: [data.X, data.Y, options],
      dims: { "n^[0]": 2, "n^[1]": hiddenUnits, "n^[2]": 1, m },
      context: { iterations }
    };
  });
}
function costCases3(rng) {
  const cases = casesOf3(rng, shapesWithM12(rng), (s5) => [s5.A2, s5.Y]);
  const m = distinctSizes(rng, 1, 4, 12)[0];
  const A2 = sigmoid11(Matrix55.rowVector(Array.from({ length: m }, () => signed(rng, 15, 25))));
  cases.push({ name: `A2 near 0 and 1, m=${m}`, args: [A2, labels(rng, m)], dims: { "n^[2]": 1, m } });
  return cases;
}
function costAt2(c, p) {
  const { X, Y } = contextOf(c);
  return cost16(forward13(X, asParams(paramsOf(p))).A2, Y);
}
var backwardCheck = {
  point: (c) => pointOf({ ...contextOf(c).params }),
  cost: costAt2,
  ownCost: (c, p) => {
    const { X, Y } = contextOf(c);
    return [{ step: "forward", args: [X, paramsOf(p)] }, { step: "cost", args: [new ResultRef(0, ["A2"]), Y] }];
  }
};
var steps2 = [
  {
    id: "layerSizes",
    params: ["X", "Y", "hiddenUnits"],
    reference: layerSizes2,
    cases: (rng) => casesOf3(rng, shapes2(rng), (s5) => [s5.X, s5.Y, s5.params.W1.rows])
  },
  { id: "initializeParameters", params: ["nX", "nH", "nY", "randn"], reference: initializeParameters9, cases: initializeCases3 },
  { id: "forward", params: ["X", "params"], reference: forward13, cases: (rng) => casesOf3(rng, shapesWithM12(rng), (s5) => [s5.X, s5.params]) },
  { id: "cost", params: ["A2", "Y"], reference: cost16, cases: costCases3 },
  {
    id: "backward",
    params: ["params", "cache", "X", "Y"],
    reference: backward15,
    cases: (rng) => casesOf3(rng, shapesWithM12(rng), (s5) => [s5.params, s5.cache, s5.X, s5.Y], true),
    points: 2,
    gradientCheck: backwardCheck
  },
  { id: "update", params: ["params", "grads", "learningRate"], reference: update9, cases: updateCases3 },
  { id: "predict", params: ["X", "params"], reference: predict6, cases: predictCases3 },
  {
    id: "train",
    params: ["X", "Y", "options"],
    reference: train7,
    cases: trainCases3,
    points: 2,
    timeoutMs: 1e4,
    // many iterations of arithmetic possibly ordered differently from the reference's: the
    // differences compound, so the comparison is looser than for a single step
    tolerance: { rtol: 1e-4, atol: 1e-7 },
    properties: TRAIN_PROPERTIES
  }
];
var shallowNetwork = {
  id: "shallow-network",
  title: "Shallow neural network",
  notes: '000; 002; 004 "Gradient descent for 1-hidden layer network"',
  steps: steps2
};

// grader/spec/index.ts
var EXERCISES = withExtraCases([computationGraph, logisticRegression, shallowNetwork, deepNetwork]);

// ../../tmp/pm/fo.mts
var only = EXERCISES.filter((e) => e.id === (process.env.EX ?? "logistic-regression"));
var t = performance.now();
var r = await gradeSubmission({ submission: process.argv[2], seed: 1234, exercises: only, sandbox: { maxCallMs: 1200 } });
console.log("total", (performance.now() - t).toFixed(0));
for (const e of r.exercises) for (const s5 of e.steps) if (s5.status !== "passed") {
  console.log(s5.id, s5.status, s5.message.slice(0, 200));
  for (const c of s5.cases) console.log("  ", c.status, c.durationMs.toFixed?.(0), c.message.slice(0, 100));
}
