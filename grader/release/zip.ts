// A small zip writer for autograder.zip: deflate (or store, when deflating does not help), UTF-8
// names, Unix modes kept so that run_autograder and setup.sh stay executable, and a fixed date so
// that releasing the same files twice gives the same bytes. node's zlib only: no dependency.
import { crc32, deflateRawSync } from 'node:zlib';

export interface ZipEntry {
  /** Path inside the archive, with `/`. */
  name: string;
  data: Buffer;
  /** Unix permission bits, e.g. 0o755. */
  mode: number;
}

const LOCAL = 0x04034b50;
const CENTRAL = 0x02014b50;
const END = 0x06054b50;
const UTF8 = 0x0800;
/** 1980-01-01 00:00, the earliest date a zip can hold. */
const DOS_DATE = (0 << 9) | (1 << 5) | 1;
const MADE_BY_UNIX = (3 << 8) | 20;
const S_IFREG = 0o100000;

export function zip(entries: ZipEntry[]): Buffer {
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const deflated = deflateRawSync(entry.data, { level: 9 });
    const [method, body] = deflated.length < entry.data.length ? [8, deflated] : [0, entry.data];
    const head = { method, crc: crc32(entry.data) >>> 0, compressed: body.length, size: entry.data.length, name };
    parts.push(localHeader(head), name, body);
    central.push(centralHeader(head, entry.mode, offset), name);
    offset += 30 + name.length + body.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(END, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, directory, end]);
}

interface Head {
  method: number;
  crc: number;
  compressed: number;
  size: number;
  name: Buffer;
}

function localHeader(h: Head): Buffer {
  const b = Buffer.alloc(30);
  b.writeUInt32LE(LOCAL, 0);
  b.writeUInt16LE(20, 4);
  b.writeUInt16LE(UTF8, 6);
  b.writeUInt16LE(h.method, 8);
  b.writeUInt16LE(DOS_DATE, 12);
  b.writeUInt32LE(h.crc, 14);
  b.writeUInt32LE(h.compressed, 18);
  b.writeUInt32LE(h.size, 22);
  b.writeUInt16LE(h.name.length, 26);
  return b;
}

function centralHeader(h: Head, mode: number, offset: number): Buffer {
  const b = Buffer.alloc(46);
  b.writeUInt32LE(CENTRAL, 0);
  b.writeUInt16LE(MADE_BY_UNIX, 4);
  b.writeUInt16LE(20, 6);
  b.writeUInt16LE(UTF8, 8);
  b.writeUInt16LE(h.method, 10);
  b.writeUInt16LE(DOS_DATE, 14);
  b.writeUInt32LE(h.crc, 16);
  b.writeUInt32LE(h.compressed, 20);
  b.writeUInt32LE(h.size, 24);
  b.writeUInt16LE(h.name.length, 28);
  b.writeUInt32LE(((S_IFREG | mode) << 16) >>> 0, 38);
  b.writeUInt32LE(offset, 42);
  return b;
}
