// The network without bubblewrap (issue 13): node's permission model (20, 22, 24) leaves TCP,
// unix sockets, DNS and renice open, so the runner refuses them itself (runner/network-guard.ts).
// Graded in each mode this machine offers: every layer, and no namespaces nor dedicated uid (an
// unprivileged user's, a container's without user namespaces).
import { existsSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gradeSubmission } from '../grader/engine/grade-submission.js';
import type { OsLayer } from '../grader/sandbox/types.js';
import { EXERCISES } from '../grader/spec/index.js';
import { HOSTILE_DIR, prepareHostileTargets, stepsOf } from './helpers/hostile.js';
import { fixtureSubmission } from './helpers/submission.js';

const PORT = 47913;
const PLANTED = `${HOSTILE_DIR}/planted.sock`;
const received: string[] = [];
const server = net.createServer((socket) => socket.on('data', (d) => received.push(String(d))));
const made: string[] = [];

beforeAll(async () => {
  prepareHostileTargets();
  rmSync(PLANTED, { force: true });
  await new Promise<void>((resolve) => server.listen(PORT, '127.0.0.1', resolve));
});
afterAll(() => {
  server.close();
  made.forEach((dir) => rmSync(dir, { recursive: true, force: true }));
});

const MODES: [string, OsLayer[]][] = [
  ['every layer this machine has', []],
  ['without namespaces or a dedicated uid', ['namespaces', 'dedicated-uid', 'process-sweep']],
];

describe.each(MODES)('network from a step, %s', (_mode, without) => {
  it('nothing leaves, no socket file is made, nothing is reniced: the steps fail saying why', async () => {
    const submission = fixtureSubmission('hostile/error/network');
    made.push(submission);
    const priority = os.getPriority();
    const results = await gradeSubmission({
      submission,
      seed: 1234,
      exercises: EXERCISES,
      onlyExercises: ['logistic-regression'],
      sandbox: { without },
    });
    const steps = stepsOf(results);
    const refused = [
      ['sigmoid', /opening a connection/],
      ['initializeWithZeros', /net\.createConnection/],
      ['dW', /listening on a port or a socket path/],
      ['db', /dns\.promises\.lookup/],
      ['update', /os\.setPriority/],
    ] as const;
    for (const [step, what] of refused) {
      expect(steps.get(`logistic-regression/${step}`)?.status, step).toBe('error');
      expect(steps.get(`logistic-regression/${step}`)?.message).toMatch(
        new RegExp(`NetworkForbidden: ${what.source}.* is not allowed in a step`),
      );
    }
    expect(steps.get('logistic-regression/dZ')?.status).toBe('passed');
    expect(received).toEqual([]);
    expect(existsSync(PLANTED)).toBe(false);
    expect(os.getPriority()).toBe(priority);
    expect(results.sandbox?.layers).toContain('network-guard');
    for (const layer of without) expect(results.sandbox?.layers).not.toContain(layer);
  });
});
