// The sandbox's own parts: launches that fall back when a layer does not work here, the uid lease
// and sweep, the permission flag's name per node version, the folder's permissions.
import { spawn } from 'node:child_process';
import { statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { StudentProcess } from '../grader/runner/client.js';
import { openSandbox } from '../grader/sandbox/index.js';
import { permissionFlag } from '../grader/sandbox/node-flags.js';
import { NODE_LAYERS, type Launch } from '../grader/sandbox/types.js';
import { leaseUid, processesOf, sweepUid } from '../grader/sandbox/uid.js';
import { workspaceBase } from '../grader/sandbox/workspace.js';
import { tempFolders } from './helpers/temp.js';

const asRoot = process.platform === 'linux' && process.getuid?.() === 0;
/** Root-only layers are asserted in tests of their own, skipped (visibly, with this reason) elsewhere. */
const NOT_ROOT = !asRoot;
const temp = tempFolders('mlgrade-shm-');

describe('the permission flag', () => {
  it('is --experimental-permission on node 20 and --permission where node has the stable name', () => {
    expect(permissionFlag('20.20.2')).toBe('--experimental-permission');
    expect(permissionFlag('22.12.0')).toBe('--experimental-permission');
    expect(permissionFlag('22.13.0')).toBe('--permission');
    expect(permissionFlag('23.5.0')).toBe('--permission');
    expect(permissionFlag('24.0.0')).toBe('--permission');
  });
});

describe('the sandbox folder', () => {
  it('goes to $TMPDIR when it is set, else to memory (/dev/shm) when that is a writable folder, else the temp folder', () => {
    const memory = temp();
    expect(workspaceBase({ TMPDIR: '/somewhere' }, memory)).toBe(os.tmpdir());
    expect(workspaceBase({}, memory)).toBe(memory);
    expect(workspaceBase({}, path.join(memory, 'missing'))).toBe(os.tmpdir());
    const file = path.join(memory, 'file');
    writeFileSync(file, '');
    expect(workspaceBase({}, file)).toBe(os.tmpdir());
  });
});

describe('a sandbox', () => {
  it('starts with every layer that works here, reports them, and removes its folder when closed', async () => {
    const sandbox = await openSandbox({ submissionLimitMs: 10_000 });
    const proc = new StudentProcess({ launches: sandbox.launches });
    const outcome = await proc.send({ type: 'inspect', modules: [] }, 10_000);
    expect(outcome.type).toBe('inspected');
    expect(proc.layers).toEqual(sandbox.launches[0].layers);
    expect(proc.layers).toEqual(expect.arrayContaining([...NODE_LAYERS]));
    proc.close();
    sandbox.close();
    expect(() => statSync(sandbox.root)).toThrow();
  });

  it.skipIf(NOT_ROOT)('runs under a dedicated uid with rlimits and a sweep, in a folder its group alone reads (needs root)', async () => {
    const sandbox = await openSandbox({ submissionLimitMs: 10_000 });
    expect(statSync(sandbox.root).mode & 0o777).toBe(0o750);
    const proc = new StudentProcess({ launches: sandbox.launches });
    expect((await proc.send({ type: 'inspect', modules: [] }, 10_000)).type).toBe('inspected');
    expect(proc.layers).toEqual(expect.arrayContaining(['rlimits', 'dedicated-uid', 'process-sweep']));
    proc.close();
    sandbox.close();
  });

  it("falls back to the next launch when one dies before its runner is ready, and reports that one's layers", async () => {
    const sandbox = await openSandbox({ submissionLimitMs: 10_000, without: ['namespaces'] });
    const broken: Launch = {
      ...sandbox.launches[0],
      file: '/bin/sh',
      args: ['-c', 'echo "bwrap: no namespaces here" >&2; exit 1'],
      layers: [...NODE_LAYERS, 'namespaces'],
    };
    const failed: Launch[] = [];
    const proc = new StudentProcess({ launches: [broken, ...sandbox.launches], launchFailed: (l) => failed.push(l) });
    const outcome = await proc.send({ type: 'inspect', modules: [] }, 10_000);
    expect(outcome.type).toBe('inspected');
    expect(failed).toEqual([broken]);
    expect(proc.layers).not.toContain('namespaces');
    proc.close();
    sandbox.close();
  });
});

describe.skipIf(NOT_ROOT)('the dedicated uid (needs root)', () => {
  it('is leased to one grader at a time', async () => {
    const leases = await Promise.all([leaseUid(), leaseUid(), leaseUid()]);
    const uids = leases.map((l) => l?.uid);
    expect(new Set(uids).size).toBe(3);
    leases.forEach((l) => l?.release());
  });

  it('lets the sweep find and kill every process left under it', async () => {
    const lease = await leaseUid();
    if (!lease) throw new Error('no uid');
    const orphan = spawn('/bin/sh', ['-c', 'sleep 30 & sleep 30'], { uid: lease.uid, gid: lease.gid, stdio: 'ignore', detached: true });
    orphan.unref();
    for (let i = 0; i < 50 && processesOf(lease.uid).length < 2; i++) await new Promise((r) => setTimeout(r, 20));
    expect(processesOf(lease.uid).length).toBeGreaterThanOrEqual(2);
    expect(sweepUid(lease.uid)).toBeGreaterThanOrEqual(2);
    for (let i = 0; i < 50 && processesOf(lease.uid).length > 0; i++) await new Promise((r) => setTimeout(r, 20));
    expect(processesOf(lease.uid)).toEqual([]);
    lease.release();
  });
});
