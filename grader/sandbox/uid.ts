// A dedicated unprivileged user for one submission's student processes, when the grader runs as
// root: files the grader owns become unreadable to them, signals to the grader fail, and every
// process they leave behind can be found and killed by its uid.
//
// Two graders on one machine must never share a uid (the final sweep would kill the other's
// student processes), so a uid is leased by binding an abstract unix socket named after it: the
// kernel makes the name exclusive and frees it when the grader dies, so no lock file is written
// and none goes stale.
import { readdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';

const UID_BASE = 47_000;
const UID_SLOTS = 1000;

export interface UidLease {
  uid: number;
  gid: number;
  release(): void;
}

/** A free uid (also used as the gid), or undefined when not root or none is free. */
export async function leaseUid(): Promise<UidLease | undefined> {
  if (process.platform !== 'linux' || process.getuid?.() !== 0) return undefined;
  const taken = accountIds();
  // a random start: graders in separate containers of one host cannot see each other's leases
  const start = Math.floor(Math.random() * UID_SLOTS);
  for (let i = 0; i < UID_SLOTS; i++) {
    const uid = UID_BASE + ((start + i) % UID_SLOTS);
    if (taken.has(uid)) continue;
    const server = await bindName(`\0mlgrade-uid-${uid}`);
    if (!server) continue;
    server.unref();
    // a grader that died may have left processes under this uid: they go before we start ours
    sweepUid(uid);
    return { uid, gid: uid, release: () => void server.close() };
  }
  return undefined;
}

function bindName(name: string): Promise<Server | undefined> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(undefined));
    server.listen({ path: name }, () => resolve(server));
  });
}

/** Ids of real users and groups: a leased uid must never be someone's (the sweep would kill their processes). */
function accountIds(): Set<number> {
  const ids = new Set<number>();
  for (const file of ['/etc/passwd', '/etc/group']) {
    let text = '';
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      continue;
    }
    for (const line of text.split('\n')) {
      const fields = line.split(':');
      ids.add(Number(fields[2]));
      if (file === '/etc/passwd') ids.add(Number(fields[3]));
    }
  }
  return ids;
}

/** Kills every live process whose real uid is `uid`; returns how many were signalled. */
export function sweepUid(uid: number): number {
  const signalled = new Set<number>();
  // a process may fork while we scan: scan again until a round finds no new one (a killed process
  // stays visible for a moment while it dies, so pids already signalled do not count)
  for (let round = 0; round < 5; round++) {
    const fresh = processesOf(uid).filter((pid) => !signalled.has(pid));
    if (fresh.length === 0) break;
    for (const pid of fresh) {
      signalled.add(pid);
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        // gone already
      }
    }
  }
  return signalled.size;
}

/** Live (not zombie) processes whose real uid is `uid`, from /proc. */
export function processesOf(uid: number): number[] {
  let entries: string[];
  try {
    entries = readdirSync('/proc');
  } catch {
    return [];
  }
  const pids: number[] = [];
  for (const entry of entries) {
    if (!/^\d+$/.test(entry)) continue;
    let status: string;
    try {
      status = readFileSync(`/proc/${entry}/status`, 'utf8');
    } catch {
      continue;
    }
    const realUid = /^Uid:\s+(\d+)/m.exec(status)?.[1];
    const zombie = /^State:\s+Z/m.test(status);
    if (Number(realUid) === uid && !zombie) pids.push(Number(entry));
  }
  return pids;
}
