// The layers that confine a student process, and how one is started. docs/security.md says what
// each layer stops and what it cannot.

/** Always on: flags of the student's own node process and the grader's own checks. */
export const NODE_LAYERS = ['node-permissions', 'frozen-intrinsics', 'network-guard', 'heap-cap', 'empty-env', 'time-limits'] as const;
/** Operating-system layers, used where they work on this machine (root, prlimit, bwrap). */
export const OS_LAYERS = ['rlimits', 'dedicated-uid', 'process-sweep', 'namespaces'] as const;

/** Always on for the Python runtime (grader/python): its audit-hook guard, its own memory cap, as above. */
export const PYTHON_LAYERS = ['python-guard', 'memory-cap', 'empty-env', 'time-limits'] as const;

export type NodeLayer = (typeof NODE_LAYERS)[number];
export type OsLayer = (typeof OS_LAYERS)[number];
export type PythonLayer = (typeof PYTHON_LAYERS)[number];
export type Layer = NodeLayer | OsLayer | PythonLayer;

/** Another runtime than node in the same sandbox: its command line (binary first), layers and extra environment. */
export interface Runtime {
  command: string[];
  layers: readonly Layer[];
  env: Record<string, string>;
  /** Folders outside /usr it reads, bound read-only in the namespaces layer. */
  readOnly?: readonly string[];
}

/** One way of starting the student process: a command line and the layers it gives. */
export interface Launch {
  file: string;
  args: string[];
  /** Set when the grader runs as root: the process runs as this unprivileged user and group. */
  uid?: number;
  gid?: number;
  env: Record<string, string>;
  cwd: string;
  layers: Layer[];
}

export interface SandboxOptions {
  /** V8 heap cap of the student process, in MiB. */
  heapMb?: number;
  /** Caps every request's time limit, in ms (tests use short limits to stay fast). */
  maxCallMs?: number;
  /** CPU seconds one student process may use (RLIMIT_CPU), a backstop to the time limits (runner/call-timer.ts). */
  cpuSeconds?: number;
  /** Operating-system layers not to use even where they work (tests, debugging). */
  without?: OsLayer[];
}

export const DEFAULT_HEAP_MB = 256;
/** Off-heap memory (buffers, typed arrays) and everything else the process maps writable. */
export const DATA_LIMIT_BYTES = 1024 * 1024 * 1024;
/** Processes and threads of the dedicated user: node needs about a dozen threads. */
export const PROCESS_LIMIT = 64;
export const OPEN_FILES_LIMIT = 64;
