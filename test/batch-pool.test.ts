// The worker pool with stand-in workers (tiny node scripts speaking the same IPC messages): jobs run
// in parallel, a worker that dies or hangs costs its one job and is replaced, workers are recycled,
// cancel stops everything, and a worker that cannot start fails the batch instead of looping.
import { spawn, type ChildProcess } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { WorkerPool, type JobOutcome } from '../grader/batch/pool.js';

/** A worker that answers `{ n }` with `n * 2` after `n` ms; n < 0 exits, n = 999999 never answers. */
const FAKE_WORKER = `
process.on('message', (m) => {
  const n = m.job.n;
  if (n < 0) process.exit(3);
  if (n === 999999) return;
  setTimeout(() => process.send({ type: 'done', id: m.id, value: { doubled: n * 2, pid: process.pid } }), n);
});
process.on('disconnect', () => process.exit(0));
process.send({ type: 'ready' });
`;

type Job = { n: number };
type Value = { doubled: number; pid: number };

function start(script = FAKE_WORKER): () => ChildProcess {
  return () => spawn(process.execPath, ['-e', script], { stdio: ['ignore', 'ignore', 'pipe', 'ipc'], detached: true });
}

async function runPool(
  jobs: Job[],
  options: Partial<ConstructorParameters<typeof WorkerPool>[0]> = {},
): Promise<Map<number, JobOutcome<Value>>> {
  const pool = new WorkerPool<Job, Value>({ size: 2, start: start(), jobLimitMs: 3000, recycleAfter: 100, ...options });
  const outcomes = new Map<number, JobOutcome<Value>>();
  await pool.run(jobs, (job, outcome) => outcomes.set(job.n, outcome));
  return outcomes;
}

describe('WorkerPool', () => {
  it('runs every job once, two at a time', async () => {
    const outcomes = await runPool([300, 301, 302, 303].map((n) => ({ n })));
    expect([...outcomes.keys()].sort()).toEqual([300, 301, 302, 303]);
    expect([...outcomes.values()].map((o) => o.ok && o.value.doubled).sort()).toEqual([600, 602, 604, 606]);
    expect(new Set([...outcomes.values()].map((o) => o.ok && o.value.pid)).size).toBe(2);
  });

  it("reports a worker that dies as that job's error, and carries on with a new worker", async () => {
    const outcomes = await runPool([{ n: 10 }, { n: -1 }, { n: 11 }, { n: 12 }], { size: 1 });
    expect(outcomes.get(-1)).toMatchObject({
      ok: false,
      error: { name: 'GraderCrash', message: expect.stringMatching(/exited with code 3/) },
    });
    expect([10, 11, 12].map((n) => outcomes.get(n)?.ok)).toEqual([true, true, true]);
  });

  it('kills a worker past the job limit; the other jobs are not held up', async () => {
    const outcomes = await runPool([{ n: 999999 }, { n: 20 }, { n: 21 }, { n: 22 }], { jobLimitMs: 800 });
    expect(outcomes.get(999999)).toMatchObject({ ok: false, error: { name: 'GraderTimeout' } });
    expect([20, 21, 22].map((n) => outcomes.get(n)?.ok)).toEqual([true, true, true]);
  });

  it('replaces a worker after `recycleAfter` jobs', async () => {
    const outcomes = await runPool(
      [1, 2, 3, 4, 5].map((n) => ({ n })),
      { size: 1, recycleAfter: 2 },
    );
    const pids = [1, 2, 3, 4, 5].map((n) => {
      const o = outcomes.get(n);
      return o?.ok ? o.value.pid : 0;
    });
    expect(pids[0]).toBe(pids[1]);
    expect(pids[2]).not.toBe(pids[1]);
    expect(new Set(pids).size).toBe(3);
  });

  it('cancel stops the batch: running jobs get no outcome', async () => {
    const pool = new WorkerPool<Job, Value>({ size: 2, start: start(), jobLimitMs: 10_000, recycleAfter: 100 });
    const outcomes: number[] = [];
    const run = pool.run(
      [50, 5000, 5001, 5002].map((n) => ({ n })),
      (job) => {
        outcomes.push(job.n);
        pool.cancel();
      },
    );
    // the jobs still running when it was cancelled never report (wall time is not asserted: tests never race the machine)
    await run;
    expect(outcomes).toEqual([50]);
  });

  it('fails the batch when workers cannot start', async () => {
    const pool = new WorkerPool<Job, Value>({ size: 1, start: start('process.exit(9)'), jobLimitMs: 1000, recycleAfter: 100 });
    await expect(pool.run([{ n: 1 }], () => undefined)).rejects.toThrow(/could not start a grading worker: it exited with code 9/);
  });
});
