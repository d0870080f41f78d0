// The ways to start a student process, strongest first. Each operating-system layer is used where
// its tool exists; whether it really works here (user namespaces allowed, the uid usable …) is
// found out by starting the process: the first launch is the probe, and one that dies before the
// runner says it is ready is dropped, with the layer it needed, for the rest of this grader's life.
import { bwrapArgs, nodeBinary, prlimitArgs, which } from './os-tools.js';
import { nodeFlags } from './node-flags.js';
import { NODE_LAYERS, type Launch, type OsLayer, type Runtime } from './types.js';

export interface LaunchContext {
  root: string;
  /** The runner inside the folder. */
  entry: string;
  heapMb: number;
  cpuSeconds: number;
  uid?: number;
  without: OsLayer[];
  /** A runtime other than node (grader/python): replaces node, its flags and the entry. */
  runtime?: Runtime;
}

/** Sets of OS layers that failed to start in this process; not tried again. */
const failed = new Set<string>();
const signature = (layers: OsLayer[]): string => [...layers].sort().join('+');

export function markLaunchFailed(launch: Launch): void {
  failed.add(signature(launch.layers.filter((l): l is OsLayer => !(NODE_LAYERS as readonly string[]).includes(l))));
}

/** The launches to try, in order: all available layers, then fewer (namespaces, uid, limits dropped in turn). */
export function launchCandidates(ctx: LaunchContext): Launch[] {
  const available: OsLayer[] = [];
  if (which('prlimit')) available.push('rlimits');
  if (ctx.uid !== undefined) available.push('dedicated-uid', 'process-sweep');
  if (which('bwrap')) available.push('namespaces');
  const wanted = available.filter((l) => !ctx.without.includes(l));
  const drops: OsLayer[][] = [
    [],
    ['namespaces'],
    ['namespaces', 'dedicated-uid', 'process-sweep'],
    ['namespaces', 'dedicated-uid', 'process-sweep', 'rlimits'],
  ];
  const seen = new Set<string>();
  const out: Launch[] = [];
  for (const drop of drops) {
    const layers = wanted.filter((l) => !drop.includes(l));
    const key = signature(layers);
    if (seen.has(key) || failed.has(key)) continue;
    seen.add(key);
    out.push(build(ctx, layers));
  }
  // the plain launch is the last resort even if it failed before: without a process nothing is graded
  if (out.length === 0) out.push(build(ctx, []));
  return out;
}

function build(ctx: LaunchContext, layers: OsLayer[]): Launch {
  const node = ctx.runtime?.command[0] ?? nodeBinary();
  let command = ctx.runtime?.command ?? [node, ...nodeFlags(ctx.root, ctx.heapMb), ctx.entry, ctx.root];
  if (layers.includes('namespaces')) command = [which('bwrap') as string, ...bwrapArgs(ctx.root, node, ctx.runtime?.readOnly), ...command];
  const withUid = layers.includes('dedicated-uid') && ctx.uid !== undefined;
  if (layers.includes('rlimits'))
    command = [which('prlimit') as string, ...prlimitArgs({ cpuSeconds: ctx.cpuSeconds, limitProcesses: withUid }), ...command];
  return {
    file: command[0],
    args: command.slice(1),
    ...(withUid ? { uid: ctx.uid, gid: ctx.uid } : {}),
    // nothing of the grader's environment (tokens, CI secrets) reaches student code
    env: { PATH: '/usr/local/bin:/usr/bin:/bin', ...ctx.runtime?.env },
    cwd: ctx.root,
    layers: [...(ctx.runtime?.layers ?? NODE_LAYERS), ...layers],
  };
}
