// The clock of the time limits (grader/runner/process-clock.ts) on real processes, under a wrapper
// that forks as bwrap does: it reads the process at the bottom of the tree, its CPU time grows only
// while it runs, its own time never faster than the wall clock; and the budget the calls share.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { Budget } from '../grader/runner/budget.js';
import { ProcessClock, type Sample } from '../grader/runner/process-clock.js';

const linux = existsSync('/proc/self/schedstat');
const started: ChildProcess[] = [];
// the whole group: killing the shell alone would leave its node child burning a core for ever
afterEach(() => started.splice(0).forEach((c) => killGroup(c)));
function killGroup(child: ChildProcess): void {
  try {
    process.kill(-(child.pid as number), 'SIGKILL');
  } catch {
    // already gone
  }
}

/** `node -e CODE` under `sh`, which forks it (`; :` keeps sh from exec-ing): the clock must find node. */
function wrapped(code: string): ChildProcess {
  const child = spawn('sh', ['-c', `"${process.execPath}" -e '${code}'; :`], { stdio: ['ignore', 'pipe', 'ignore'], detached: true });
  started.push(child);
  return child;
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** A clock once the wrapped node is running (its memory is a node's, not a shell's); waiting has no deadline but the test's. */
async function clockOf(child: ChildProcess): Promise<ProcessClock> {
  for (;;) {
    const clock = ProcessClock.of(child.pid);
    if ((clock.residentMb() ?? 0) > 20) return clock;
    await sleep(50);
  }
}

const advance = (a: Sample, b: Sample) => ({ wall: b.wallMs - a.wallMs, own: b.ownMs - a.ownMs, cpu: b.cpuMs - a.cpuMs });

describe.skipIf(!linux)('the process clock (Linux: /proc/<pid>/schedstat)', () => {
  // CPU time of a busy process grows; neither clock runs faster than the wall clock. (Own time and CPU time
  // differ by the wait the process is in when sampled: the kernel adds a wait when it ends.)
  it('counts a busy process CPU time, its own time never faster than the wall clock', async () => {
    const clock = await clockOf(wrapped('for (;;);'));
    expect(clock.own).toBe(true);
    const first = clock.sample();
    let last = first;
    while (advance(first, last).cpu < 200) {
      await sleep(50);
      last = clock.sample();
    }
    const { wall, own, cpu } = advance(first, last);
    expect(cpu).toBeLessThanOrEqual(wall + 1);
    expect(own).toBeLessThanOrEqual(wall + 1);
  }, 60_000);

  it('counts a sleeping process (a promise that never resolves) in its own time, not in its CPU time', async () => {
    const child = wrapped('setTimeout(() => 0, 60000); console.log(1)');
    // asleep once it has said so (booting node is busy)
    await new Promise((r) => child.stdout?.once('data', r));
    const clock = await clockOf(child);
    const first = clock.sample();
    await sleep(500);
    const { own, cpu } = advance(first, clock.sample());
    expect(cpu).toBeLessThan(own / 2);
  }, 60_000);

  it('keeps counting own time, and no more CPU, once the process is gone', async () => {
    const child = wrapped('for (;;);');
    const clock = await clockOf(child);
    const before = clock.sample();
    process.kill(-(child.pid as number), 'SIGKILL');
    await new Promise((r) => child.once('exit', r));
    await sleep(100);
    const after = clock.sample();
    expect(clock.residentMb()).toBeUndefined();
    await sleep(100);
    expect(advance(after, clock.sample())).toMatchObject({ cpu: 0 });
    expect(after.ownMs).toBeGreaterThanOrEqual(before.ownMs);
  }, 60_000);
});

describe('the submission budget', () => {
  it('adds up what is charged, and tells every process once when it runs out', () => {
    const budget = new Budget(1000);
    const told: string[] = [];
    budget.onOut((o) => told.push(`a:${o.type}`));
    budget.charge(600);
    budget.charge(-5); // a clock that went backwards charges nothing
    expect(budget.left()).toBe(400);
    budget.runOut();
    budget.runOut({ type: 'timeout', limitMs: 4000 });
    budget.onOut((o) => told.push(`b:${o.type}:${'limitMs' in o ? o.limitMs : ''}`));
    expect(told).toEqual(['a:timeout', 'b:timeout:1000']);
  });
});
