// A release as the platforms get it, for the release tests: `grade release` of the example
// assignment (extra/, with a teacher's exercise), Gradescope's autograder.zip unpacked into a fake
// /autograder, uploads laid out as students make them, and the platform scripts run there.
// Needs `npm run build`.
import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { expect } from 'vitest';
import { repoRoot } from './submission.js';

/** `grade release --out DIR` of the example assignment, with more options; fails the test when it fails. Returns its log. */
export function buildRelease(out: string, more: string[] = []): string {
  const config = path.join(repoRoot, 'extra', 'grade.config.json');
  const args = [path.join(repoRoot, 'dist', 'cli.js'), 'release', '--out', out, '--config', config, ...more];
  const released = spawnSync(process.execPath, args, { encoding: 'utf8' });
  expect(released.status, released.stderr).toBe(0);
  return released.stderr;
}

/** The entries of a zip as written by grader/release/zip.ts: name, mode and content. */
export function unzip(file: string): { name: string; mode: number; data: Buffer }[] {
  const zip = readFileSync(file);
  const end = zip.length - 22;
  expect(zip.readUInt32LE(end)).toBe(0x06054b50);
  let at = zip.readUInt32LE(end + 16);
  return Array.from({ length: zip.readUInt16LE(end + 10) }, () => {
    const [method, size, nameLength, extra, comment] = [
      zip.readUInt16LE(at + 10),
      zip.readUInt32LE(at + 20),
      zip.readUInt16LE(at + 28),
      zip.readUInt16LE(at + 30),
      zip.readUInt16LE(at + 32),
    ];
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    const mode = (zip.readUInt32LE(at + 38) >>> 16) & 0o777;
    const local = zip.readUInt32LE(at + 42);
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const body = zip.subarray(start, start + size);
    at += 46 + nameLength + extra + comment;
    return { name, mode, data: method === 8 ? inflateRawSync(body) : Buffer.from(body) };
  });
}

/**
 * Gradescope unpacks the zip into /autograder/source; setup.sh's `npm ci` is this repository's
 * install (a link to its node_modules).
 */
export function unpackGradescope(release: string, root: string): void {
  for (const entry of unzip(path.join(release, 'gradescope', 'autograder.zip'))) {
    const file = path.join(root, 'source', entry.name);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, entry.data);
    chmodSync(file, entry.mode);
  }
  symlinkSync(path.join(repoRoot, 'node_modules'), path.join(root, 'source', 'mlgrade', 'node_modules'));
}

/** A submission of two exercises (the rest missing), as students upload their workspace: 11 + 5 points of 46. */
export function upload(dir: string): void {
  mkdirSync(path.join(dir, 'exercises', 'tanh-network'), { recursive: true });
  cpSync(path.join(repoRoot, 'reference', 'logistic-regression'), path.join(dir, 'exercises', 'logistic-regression'), { recursive: true });
  cpSync(path.join(repoRoot, 'extra', 'tanh-network', 'reference'), path.join(dir, 'exercises', 'tanh-network'), { recursive: true });
}

/** 12 MB of text that does not compress away: a data file larger than any step file may be. */
export function writeBigCsv(file: string): void {
  const row = (i: number): string => `${i},${Math.sin(i).toFixed(12)},${Math.cos(i * 7).toFixed(12)}\n`;
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, Array.from({ length: 330_000 }, (_, i) => row(i)).join(''));
}

/** A platform script (run_autograder, run.sh) run by bash with extra environment. */
export const runScript = (file: string, env: Record<string, string>) =>
  spawnSync('bash', [file], { encoding: 'utf8', env: { ...process.env, ...env }, timeout: 120_000 });
