// A small, strict zip reader for students' submissions: node's zlib only, so every limit is ours
// to enforce. A zip is untrusted input: names may climb out of the folder (`../x`, `/etc/x`),
// declared sizes may lie (zip bombs), entries may be symlinks. Anything suspicious rejects the
// whole archive with a message the teacher can act on, except entries that are never part of a
// submission (symlinks, node_modules/, .git/, macOS metadata), which are skipped.
import { closeSync, fstatSync, mkdirSync, openSync, readSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { crc32, inflateRawSync } from 'node:zlib';
import { SOURCE_EXTENSIONS } from '../engine/intake.js';

export interface ZipLimits {
  /** Largest archive read, in bytes. */
  maxArchiveBytes: number;
  maxEntries: number;
  maxFileBytes: number;
  maxTotalBytes: number;
  /**
   * Extract source files only (a student's zip): data files, notes and anything else the grader
   * never reads are skipped unread, so a 12 MB CSV or a file in a format we cannot inflate is
   * never a reason to refuse a submission.
   */
  sourcesOnly?: boolean;
}

export const DEFAULT_ZIP_LIMITS: ZipLimits = {
  maxArchiveBytes: 64 << 20,
  maxEntries: 5000,
  maxFileBytes: 8 << 20,
  maxTotalBytes: 64 << 20,
  sourcesOnly: true,
};

export class ZipError extends Error {
  override name = 'ZipError';
}

interface Entry {
  name: string;
  method: number;
  flags: number;
  crc: number;
  compressedSize: number;
  size: number;
  localOffset: number;
  symlink: boolean;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const S_IFMT = 0o170000;
const S_IFLNK = 0o120000;
const SKIPPED = /(^|\/)(node_modules|\.git|__MACOSX)(\/|$)|(^|\/)\.DS_Store$/;

/** Extracts `archive` into the (new, empty) folder `dest`; returns the number of files written. */
export function extractZip(archive: string, dest: string, limits: ZipLimits = DEFAULT_ZIP_LIMITS): number {
  const data = readCapped(archive, limits.maxArchiveBytes);
  const entries = centralDirectory(data, limits);
  let total = 0;
  let files = 0;
  mkdirSync(dest, { recursive: true });
  for (const entry of entries) {
    if (entry.symlink || SKIPPED.test(entry.name)) continue;
    const target = safeTarget(dest, entry.name);
    if (entry.name.endsWith('/')) {
      mkdirSync(target, { recursive: true });
      continue;
    }
    if (limits.sourcesOnly && !isSource(entry.name)) continue;
    const content = entryData(data, entry, limits);
    total += content.length;
    if (total > limits.maxTotalBytes) throw new ZipError(`the files in the zip add up to more than ${mb(limits.maxTotalBytes)}`);
    mkdirSync(path.dirname(target), { recursive: true });
    // 'wx': never through a file or link already there (a repeated name is an error, not an overwrite)
    writeFileSync(target, content, { flag: 'wx', mode: 0o644 });
    files++;
  }
  return files;
}

function readCapped(file: string, max: number): Buffer {
  const fd = openSync(file, 'r');
  try {
    const size = fstatSync(fd).size;
    if (size > max) throw new ZipError(`the zip is larger than ${mb(max)}`);
    const buffer = Buffer.alloc(size);
    let read = 0;
    while (read < size) {
      const n = readSync(fd, buffer, read, size - read, read);
      if (n === 0) break;
      read += n;
    }
    return buffer.subarray(0, read);
  } finally {
    closeSync(fd);
  }
}

function centralDirectory(data: Buffer, limits: ZipLimits): Entry[] {
  const end = findEnd(data);
  const count = data.readUInt16LE(end + 10);
  const offset = data.readUInt32LE(end + 16);
  if (count === 0xffff || offset === 0xffffffff)
    throw new ZipError('zip64 archives are not supported; zip the submission again with a standard zip tool');
  if (count > limits.maxEntries) throw new ZipError(`the zip has ${count} entries, more than the ${limits.maxEntries} allowed`);
  const entries: Entry[] = [];
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > data.length || data.readUInt32LE(at) !== CENTRAL) throw new ZipError('the zip is damaged (bad central directory)');
    const nameLength = data.readUInt16LE(at + 28);
    const flags = data.readUInt16LE(at + 8);
    const madeBy = data.readUInt16LE(at + 4) >> 8;
    const mode = data.readUInt32LE(at + 38) >>> 16;
    entries.push({
      // bit 11: UTF-8 names; older tools write CP437, which latin1 reads well enough for ASCII names
      name: data.toString(flags & 0x800 ? 'utf8' : 'latin1', at + 46, at + 46 + nameLength),
      method: data.readUInt16LE(at + 10),
      flags,
      crc: data.readUInt32LE(at + 16),
      compressedSize: data.readUInt32LE(at + 20),
      size: data.readUInt32LE(at + 24),
      localOffset: data.readUInt32LE(at + 42),
      // 3 = unix: the upper half of the external attributes is st_mode
      symlink: madeBy === 3 && (mode & S_IFMT) === S_IFLNK,
    });
    at += 46 + nameLength + data.readUInt16LE(at + 30) + data.readUInt16LE(at + 32);
  }
  return entries;
}

/** The end-of-central-directory record: the last 22 bytes, or earlier when the zip has a comment. */
function findEnd(data: Buffer): number {
  for (let at = data.length - 22; at >= Math.max(0, data.length - 22 - 0xffff); at--) {
    if (data.readUInt32LE(at) === EOCD) return at;
  }
  throw new ZipError('not a zip file (no central directory)');
}

/** The entry's path inside `dest`; names that are absolute or climb out reject the archive. */
function safeTarget(dest: string, name: string): string {
  const clean = name.replace(/\\/g, '/');
  const parts = clean.split('/').filter((p) => p !== '' && p !== '.');
  if (clean.startsWith('/') || /^[a-zA-Z]:/.test(clean) || parts.includes('..') || parts.length === 0 || clean.includes('\0')) {
    throw new ZipError(`the zip has an unsafe file name: ${JSON.stringify(name.slice(0, 200))}`);
  }
  const target = path.resolve(dest, ...parts);
  if (!target.startsWith(path.resolve(dest) + path.sep))
    throw new ZipError(`the zip has an unsafe file name: ${JSON.stringify(name.slice(0, 200))}`);
  return target;
}

function entryData(data: Buffer, entry: Entry, limits: ZipLimits): Buffer {
  if (entry.flags & 0x1) throw new ZipError(`${entry.name} is encrypted; zip the submission without a password`);
  if (entry.size === 0xffffffff || entry.compressedSize === 0xffffffff) throw new ZipError('zip64 archives are not supported');
  if (entry.size > limits.maxFileBytes) throw new ZipError(`${entry.name} is larger than ${mb(limits.maxFileBytes)}`);
  const at = entry.localOffset;
  if (at + 30 > data.length || data.readUInt32LE(at) !== LOCAL)
    throw new ZipError(`the zip is damaged (no local header for ${entry.name})`);
  const start = at + 30 + data.readUInt16LE(at + 26) + data.readUInt16LE(at + 28);
  const raw = data.subarray(start, start + entry.compressedSize);
  if (start + entry.compressedSize > data.length) throw new ZipError(`the zip is truncated (${entry.name})`);
  const content = entry.method === 0 ? raw : entry.method === 8 ? inflate(raw, entry, limits) : undefined;
  if (!content) throw new ZipError(`${entry.name} uses compression method ${entry.method}; only stored and deflated files are supported`);
  // the declared size bounded the output above; a size or checksum that disagrees means a damaged or forged entry
  if (content.length !== entry.size || crc32(content) !== entry.crc)
    throw new ZipError(`the zip is damaged (${entry.name} does not match its checksum)`);
  return content;
}

function inflate(raw: Buffer, entry: Entry, limits: ZipLimits): Buffer {
  try {
    // never more than the declared size (+1 to notice a lie), so a bomb stops at the cap
    return inflateRawSync(raw, { maxOutputLength: Math.min(entry.size, limits.maxFileBytes) + 1 });
  } catch (error) {
    const tooLarge = (error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE';
    throw new ZipError(
      tooLarge
        ? `${entry.name} inflates to more than its declared size`
        : `the zip is damaged (${entry.name}: ${(error as Error).message})`,
    );
  }
}

const isSource = (name: string): boolean => SOURCE_EXTENSIONS.some((ext) => name.toLowerCase().endsWith(ext));

const mb = (bytes: number): string => `${Math.round(bytes / 1024 ** 2)} MB`;
