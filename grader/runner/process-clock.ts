// The clock the time limits read: a student process's own time, not the machine's. On a loaded
// machine a process waits for a CPU most of the time; counting that wait would make scores depend
// on what else runs. Linux's /proc/<pid>/schedstat gives the main thread's CPU time and the time
// it spent runnable but waiting for a CPU (the run-queue delay), both in ns, read by the grader
// from the kernel, so nothing the student process says is believed. Elsewhere: wall time. The
// kernel adds a wait to the delay when it ends: a sample taken during one is off by that wait.
import { readFileSync } from 'node:fs';

export interface Sample {
  /** performance.now() when taken. */
  wallMs: number;
  /** Wall time minus the time spent waiting for a CPU: running, or sleeping (a promise that never resolves). */
  ownMs: number;
  /** CPU time of the main thread (where student code runs). */
  cpuMs: number;
}

export class ProcessClock {
  private last: Sample | undefined;

  /** `/proc/<pid>` of the student process, where it has a readable schedstat. */
  private constructor(private readonly proc: string | undefined) {}

  /** `pid`: the process the grader spawned; the clock reads the one at the bottom of its tree (under prlimit and bwrap). */
  static of(pid: number | undefined): ProcessClock {
    const leaf = pid === undefined ? undefined : leafOf(pid);
    const proc = leaf === undefined ? undefined : `/proc/${leaf}`;
    return new ProcessClock(proc && readSchedstat(`${proc}/schedstat`) ? proc : undefined);
  }

  /** Whether it reads the kernel's numbers (else it is the wall clock). */
  get own(): boolean {
    return this.proc !== undefined;
  }

  /** Its resident memory, in MiB; undefined where it cannot be read. */
  residentMb(): number | undefined {
    if (!this.proc) return undefined;
    try {
      const kb = /^VmRSS:\s*(\d+) kB$/m.exec(readFileSync(`${this.proc}/status`, 'utf8'))?.[1];
      return kb === undefined ? undefined : Number(kb) / 1024;
    } catch {
      return undefined;
    }
  }

  sample(): Sample {
    const wallMs = performance.now();
    const stat = this.proc ? readSchedstat(`${this.proc}/schedstat`) : undefined;
    if (stat) this.last = { wallMs, ownMs: wallMs - stat.delayMs, cpuMs: stat.cpuMs };
    else if (this.proc && this.last)
      // the process has died since the last sample: the wall time since then counts as its own, no CPU more
      return { wallMs, ownMs: this.last.ownMs + (wallMs - this.last.wallMs), cpuMs: this.last.cpuMs };
    else this.last = { wallMs, ownMs: wallMs, cpuMs: wallMs };
    return this.last;
  }
}

function readSchedstat(file: string): { cpuMs: number; delayMs: number } | undefined {
  try {
    const [cpu, delay] = readFileSync(file, 'utf8').split(' ').map(Number);
    return Number.isFinite(cpu) && Number.isFinite(delay) ? { cpuMs: cpu / 1e6, delayMs: delay / 1e6 } : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The youngest descendant (prlimit execs; bwrap forks twice): student code cannot start processes of
 * its own. Undefined where the kernel does not list children: the clock would read bwrap's.
 */
function leafOf(pid: number): number | undefined {
  let current = pid;
  for (let depth = 0; depth < 8; depth++) {
    let children: number[];
    try {
      children = readFileSync(`/proc/${current}/task/${current}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
    } catch {
      return depth === 0 ? undefined : current;
    }
    if (children.length === 0) return current;
    current = children[children.length - 1];
  }
  return current;
}
