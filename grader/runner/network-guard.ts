// Node's permission model (20, 22 and 24 alike; `--allow-net` arrives in node 25) does not cover
// the network: without bubblewrap's namespaces a step could send its inputs out over TCP, UDP,
// HTTP or DNS, listen on a unix socket path (which creates a file anywhere the user may write),
// talk to the user's own sockets (docker.sock, D-Bus), or renice the grader. Done in the student
// process before any student code loads: each entry point throws. Like the rest of harden.ts it
// is not a wall (the process is the student's), so docs/security.md states the residual risk.
import dgram from 'node:dgram';
import dns from 'node:dns';
import net from 'node:net';
import os from 'node:os';

/** Carries node's own code for a refused permission, so code that checks `error.code` sees the usual one. */
export class NetworkForbidden extends Error {
  override name = 'NetworkForbidden';
  code = 'ERR_ACCESS_DENIED';
}

/** Replaces `holder[key]` by a function that throws, for good (not writable, not configurable). */
function refuse(holder: object, key: string, what: string): void {
  // a function, not an arrow: `new dns.Resolver()` must throw this error too, not "not a constructor"
  const refused = function refused(): never {
    const error = new NetworkForbidden(`${what} is not allowed in a step: a step computes its result from its arguments alone`);
    Error.captureStackTrace(error, refused);
    throw error;
  };
  Object.defineProperty(holder, key, { value: refused, writable: false, configurable: false });
}

/**
 * http, https, http2 and tls are not loaded here (30–50 ms for every student process): each opens
 * its connections through net.Socket's connect and listens through net.Server's listen, refused below.
 */
export function forbidNetwork(): void {
  refuse(net.Socket.prototype, 'connect', 'opening a connection (net, http, tls, a unix socket)');
  refuse(net.Server.prototype, 'listen', 'listening on a port or a socket path');
  for (const key of ['connect', 'createConnection', 'createServer'] as const) refuse(net, key, `net.${key}`);
  for (const key of ['bind', 'send', 'connect'] as const) refuse(dgram.Socket.prototype, key, `dgram socket ${key}`);
  refuse(dgram, 'createSocket', 'dgram.createSocket');
  const queries = (o: object): string[] => Object.keys(o).filter((k) => /^(lookup|resolve|reverse)/.test(k));
  for (const key of queries(dns)) refuse(dns, key, `dns.${key}`);
  for (const key of queries(dns.promises)) refuse(dns.promises, key, `dns.promises.${key}`);
  refuse(dns, 'Resolver', 'dns.Resolver');
  refuse(os, 'setPriority', 'os.setPriority');
  // node's internal bindings reach the sockets underneath all of the above
  refuse(process, 'binding', 'process.binding');
  refuse(process, '_linkedBinding', 'process._linkedBinding');
  for (const key of ['fetch', 'WebSocket', 'EventSource'] as const) if (key in globalThis) refuse(globalThis, key, key);
}
