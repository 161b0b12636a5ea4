// Random access to the parts of a zip package (an .xlsx) through its central directory: any part order, stored or deflated.
import { closeSync, createReadStream, fstatSync, openSync, readSync } from 'node:fs';
import * as zlib from 'node:zlib';
import { DamagedFile } from './errors';

export interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  crc: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

const damaged = (key = 'io.reason.damaged') => new DamagedFile({ key });

const EOCD = 0x06054b50;
const EOCD64 = 0x06064b50;
const EOCD64_LOCATOR = 0x07064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const MAX_COMMENT = 65535;

/** Node >= 20.15 checksums natively; older Nodes skip the check (inflate still catches most damage). */
const crc32 = (zlib as { crc32?: (data: Uint8Array, value?: number) => number }).crc32;

export class ZipFile {
  readonly size: number;
  private readonly entries = new Map<string, ZipEntry>();

  /** Opens the package and reads its directory; throws DamagedFile when the end record is missing (a cut-short copy). */
  constructor(readonly path: string) {
    const fd = openSync(path, 'r');
    try {
      this.size = fstatSync(fd).size;
      this.readDirectory(fd);
    } finally {
      closeSync(fd);
    }
  }

  private bytes(fd: number, position: number, length: number): Buffer {
    if (position < 0 || length < 0 || position + length > this.size) throw damaged();
    const buf = Buffer.alloc(length);
    if (readSync(fd, buf, 0, length, position) !== length) throw damaged();
    return buf;
  }

  private readDirectory(fd: number): void {
    const tailLength = Math.min(this.size, 22 + MAX_COMMENT);
    const tail = this.bytes(fd, this.size - tailLength, tailLength);
    let at = -1;
    for (let i = tail.length - 22; i >= 0; i--) {
      if (tail.readUInt32LE(i) === EOCD) {
        at = i;
        break;
      }
    }
    if (at < 0) throw damaged('io.reason.cut_short');
    let count = tail.readUInt16LE(at + 10);
    let cdSize = tail.readUInt32LE(at + 12);
    let cdOffset = tail.readUInt32LE(at + 16);
    if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) {
      const locatorAt = this.size - tailLength + at - 20;
      const locator = this.bytes(fd, locatorAt, 20);
      if (locator.readUInt32LE(0) !== EOCD64_LOCATOR) throw damaged();
      const rec = this.bytes(fd, Number(locator.readBigUInt64LE(8)), 56);
      if (rec.readUInt32LE(0) !== EOCD64) throw damaged();
      count = Number(rec.readBigUInt64LE(32));
      cdSize = Number(rec.readBigUInt64LE(40));
      cdOffset = Number(rec.readBigUInt64LE(48));
    }
    const cd = this.bytes(fd, cdOffset, cdSize);
    let p = 0;
    for (let n = 0; n < count; n++) {
      if (p + 46 > cd.length || cd.readUInt32LE(p) !== CENTRAL) throw damaged();
      const flags = cd.readUInt16LE(p + 8);
      const method = cd.readUInt16LE(p + 10);
      const crc = cd.readUInt32LE(p + 16);
      let compressedSize = cd.readUInt32LE(p + 20);
      let size = cd.readUInt32LE(p + 24);
      const nameLength = cd.readUInt16LE(p + 28);
      const extraLength = cd.readUInt16LE(p + 30);
      const commentLength = cd.readUInt16LE(p + 32);
      let localOffset = cd.readUInt32LE(p + 42);
      const name = cd.toString(flags & 0x800 ? 'utf8' : 'latin1', p + 46, p + 46 + nameLength);
      // Zip64: sizes and offset that did not fit are in the 0x0001 extra field, in this order.
      let e = p + 46 + nameLength;
      const extraEnd = e + extraLength;
      while (e + 4 <= extraEnd) {
        const id = cd.readUInt16LE(e);
        const len = cd.readUInt16LE(e + 2);
        if (id === 1) {
          let q = e + 4;
          if (size === 0xffffffff) {
            size = Number(cd.readBigUInt64LE(q));
            q += 8;
          }
          if (compressedSize === 0xffffffff) {
            compressedSize = Number(cd.readBigUInt64LE(q));
            q += 8;
          }
          if (localOffset === 0xffffffff) localOffset = Number(cd.readBigUInt64LE(q));
        }
        e += 4 + len;
      }
      this.entries.set(name.replace(/\\/g, '/').replace(/^\/+/, '').toLowerCase(), {
        name,
        method,
        flags,
        crc,
        compressedSize,
        size,
        localOffset,
      });
      p = extraEnd + commentLength;
    }
  }

  /** A part by name; OPC part names ignore case. */
  entry(name: string): ZipEntry | undefined {
    return this.entries.get(name.replace(/^\/+/, '').toLowerCase());
  }

  names(): string[] {
    return [...this.entries.values()].map((e) => e.name);
  }

  /** Where the entry's bytes start, after its local header. */
  private dataStart(entry: ZipEntry): number {
    const fd = openSync(this.path, 'r');
    try {
      const head = this.bytes(fd, entry.localOffset, 30);
      if (head.readUInt32LE(0) !== LOCAL) throw damaged();
      const start = entry.localOffset + 30 + head.readUInt16LE(26) + head.readUInt16LE(28);
      if (start + entry.compressedSize > this.size) throw damaged('io.reason.cut_short');
      return start;
    } finally {
      closeSync(fd);
    }
  }

  /** The entry's text, decoded as UTF-8 across chunk boundaries, in chunks; checks size and checksum at the end. */
  async *text(entry: ZipEntry): AsyncGenerator<string> {
    if (entry.flags & 1) throw new DamagedFile({ key: 'io.reason.encrypted' });
    if (entry.method !== 0 && entry.method !== 8) throw damaged();
    if (entry.compressedSize === 0) {
      if (entry.size !== 0) throw damaged();
      return;
    }
    const start = this.dataStart(entry);
    const raw = createReadStream(this.path, { start, end: start + entry.compressedSize - 1, highWaterMark: 1 << 16 });
    let source: NodeJS.ReadableStream = raw;
    if (entry.method === 8) {
      const inflate = zlib.createInflateRaw();
      raw.on('error', (err) => inflate.destroy(err));
      source = raw.pipe(inflate);
    }
    const decoder = new TextDecoder('utf-8');
    let length = 0;
    let crc = 0;
    let first = true;
    try {
      for await (const chunk of source as AsyncIterable<Buffer>) {
        length += chunk.length;
        if (crc32) crc = crc32(chunk, crc);
        let s = decoder.decode(chunk, { stream: true });
        if (first && s.charCodeAt(0) === 0xfeff) s = s.slice(1);
        first = false;
        if (s) yield s;
      }
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code?.startsWith('Z_')) throw damaged();
      throw err;
    } finally {
      raw.destroy();
    }
    const last = decoder.decode();
    if (last) yield last;
    if (length !== entry.size || (crc32 && crc >>> 0 !== entry.crc >>> 0)) throw damaged();
  }

  /** The whole text of a small part (workbook, relationships, styles). */
  async readText(entry: ZipEntry): Promise<string> {
    let out = '';
    for await (const s of this.text(entry)) out += s;
    return out;
  }
}
