// One submission's sandbox: its folder, the ways to start its student process, and the clean-up
// that leaves nothing of it behind (processes, uid lease, folder) whatever the student did.
import { rmSync } from 'node:fs';
import { launchCandidates, markLaunchFailed } from './launch.js';
import { DEFAULT_HEAP_MB, type Launch, type Runtime, type SandboxOptions } from './types.js';
import { leaseUid, sweepUid, type UidLease } from './uid.js';
import { createWorkspace } from './workspace.js';

export type { Launch, Layer, Runtime, SandboxOptions } from './types.js';

export interface Sandbox {
  /** The folder the student process sees; compiled files go here. */
  root: string;
  /** Ways to start the student process, strongest first. */
  launches: Launch[];
  /** The same for another runtime in this sandbox (grader/python). */
  launchesFor(runtime: Runtime): Launch[];
  maxCallMs?: number;
  /** A launch died before its runner was ready: do not try it again. */
  launchFailed(launch: Launch): void;
  /** After a student process is killed: kills whatever else runs under its uid. */
  sweep(): void;
  /** Kills every process left, frees the uid, removes the folder. Safe to call twice. */
  close(): void;
  /** Runs first when the sandbox closes: kills its student process (which, without a uid of its own, no sweep finds). */
  beforeClose?: () => void;
}

/** Sandboxes not closed yet: a grader that exits mid-run (Ctrl-C in watch mode, an error) closes them. */
const open = new Set<Sandbox>();
let exitHookInstalled = false;

export async function openSandbox(options: SandboxOptions & { submissionLimitMs: number }): Promise<Sandbox> {
  const without = options.without ?? [];
  const lease: UidLease | undefined = without.includes('dedicated-uid') ? undefined : await leaseUid();
  let workspace;
  try {
    workspace = createWorkspace(lease?.gid);
  } catch (error) {
    lease?.release();
    throw error;
  }
  const { root, entry } = workspace;
  // CPU time can outrun the wall clock (GC threads): twice the submission's limit is a backstop only
  const cpuSeconds = options.cpuSeconds ?? Math.ceil((2 * options.submissionLimitMs) / 1000) + 1;
  const context = { root, entry, heapMb: options.heapMb ?? DEFAULT_HEAP_MB, cpuSeconds, uid: lease?.uid, without };
  const launches = launchCandidates(context);
  const sweep = (): void => void (lease && sweepUid(lease.uid));
  let closed = false;
  const sandbox: Sandbox = {
    root,
    launches,
    launchesFor: (runtime) => launchCandidates({ ...context, runtime }),
    ...(options.maxCallMs !== undefined ? { maxCallMs: options.maxCallMs } : {}),
    launchFailed: markLaunchFailed,
    sweep,
    close() {
      if (closed) return;
      closed = true;
      open.delete(sandbox);
      sandbox.beforeClose?.();
      sweep();
      lease?.release();
      rmSync(root, { recursive: true, force: true });
    },
  };
  open.add(sandbox);
  if (!exitHookInstalled) {
    exitHookInstalled = true;
    process.once('exit', closeAll);
    for (const signal of SIGNALS) process.on(signal, onSignal);
  }
  return sandbox;
}

const closeAll = (): void => open.forEach((s) => s.close());
const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/**
 * Ctrl-C, a kill, a closed terminal: node would end without its 'exit' hook, leaving the sandbox
 * folder and the student process. When nothing else handles the signal (watch mode and batches
 * stop gracefully, then exit through the hook), the sandboxes are closed and the signal raised
 * again, so the grader still ends the way the signal says.
 */
function onSignal(signal: NodeJS.Signals): void {
  if (process.listenerCount(signal) > 1) return;
  closeAll();
  for (const s of SIGNALS) process.off(s, onSignal);
  process.kill(process.pid, signal);
}
