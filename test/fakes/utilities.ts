// Utilities: digests as Java-style signed bytes, base64, SimpleDateFormat dates, CSV, blobs; sleep moves the fake clock.
import { createHash, createHmac, randomUUID } from 'node:crypto';
import { formatSimpleDate } from './dates';
import { Env, fail, list, metered } from './env';

export const DigestAlgorithm = {
  MD2: 'MD2',
  MD5: 'MD5',
  SHA_1: 'SHA_1',
  SHA_256: 'SHA_256',
  SHA_384: 'SHA_384',
  SHA_512: 'SHA_512',
} as const;
export const Charset = { US_ASCII: 'US_ASCII', UTF_8: 'UTF_8' } as const;
const NODE_ALGORITHM: Record<string, string> = { MD5: 'md5', SHA_1: 'sha1', SHA_256: 'sha256', SHA_384: 'sha384', SHA_512: 'sha512' };

/** Apps Script byte arrays are Java bytes: -128..127. */
export function toSignedBytes(buf: Uint8Array): number[] {
  return Array.from(buf, (b) => (b > 127 ? b - 256 : b));
}

/** Bytes of a string in a charset (US_ASCII turns other characters into '?', as Java does) or of a byte array. */
export function toBuffer(data: string | number[], charset?: string): Buffer {
  if (typeof data !== 'string') return Buffer.from(data.map((b) => b & 0xff));
  if (charset === Charset.US_ASCII) return Buffer.from(data.replace(/[^\x00-\x7f]/gu, '?'), 'latin1');
  return Buffer.from(data, 'utf8');
}

export class FakeBlob {
  constructor(
    private bytes: Buffer,
    private contentType: string | null,
    private name: string | null,
  ) {}
  getBytes(): number[] {
    return toSignedBytes(this.bytes);
  }
  getDataAsString(charset?: string): string {
    return charset === Charset.US_ASCII ? this.bytes.toString('latin1') : this.bytes.toString('utf8');
  }
  setDataFromString(s: string): this {
    this.bytes = Buffer.from(s, 'utf8');
    return this;
  }
  getContentType(): string | null {
    return this.contentType;
  }
  setContentType(type: string): this {
    this.contentType = type;
    return this;
  }
  getName(): string | null {
    return this.name;
  }
  setName(name: string): this {
    this.name = name;
    return this;
  }
  copyBlob(): FakeBlob {
    return new FakeBlob(Buffer.from(this.bytes), this.contentType, this.name);
  }
  isGoogleType(): boolean {
    return false;
  }
}

/** RFC 4180 CSV, the shape Utilities.parseCsv returns. */
export function parseCsv(csv: string, delimiter = ','): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < csv.length; i++) {
    const ch = csv[i];
    if (quoted) {
      if (ch === '"' && csv[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === delimiter) {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && csv[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

export function createUtilities(env: Env) {
  const bytesOut = (buf: Uint8Array) => list(env, toSignedBytes(buf));
  return metered(env, 'Utilities', {
    DigestAlgorithm,
    Charset,
    computeDigest: (algorithm: string, value: string | number[], charset?: string) => {
      const name = NODE_ALGORITHM[String(algorithm)];
      if (!name) fail(env, `Unsupported digest algorithm: ${algorithm}`);
      return bytesOut(createHash(name).update(toBuffer(value, charset)).digest());
    },
    computeHmacSha256Signature: (value: string | number[], key: string | number[], charset?: string) =>
      bytesOut(createHmac('sha256', toBuffer(key, charset)).update(toBuffer(value, charset)).digest()),
    base64Encode: (data: string | number[], charset?: string) => toBuffer(data, charset).toString('base64'),
    base64EncodeWebSafe: (data: string | number[], charset?: string) =>
      toBuffer(data, charset).toString('base64').replace(/\+/g, '-').replace(/\//g, '_'),
    base64Decode: (encoded: string) => bytesOut(Buffer.from(encoded, 'base64')),
    base64DecodeWebSafe: (encoded: string) => bytesOut(Buffer.from(encoded.replace(/-/g, '+').replace(/_/g, '/'), 'base64')),
    newBlob: (data: string | number[] = '', contentType?: string, name?: string) =>
      new FakeBlob(toBuffer(data), contentType ?? null, name ?? null),
    formatDate: (date: Date, timeZone: string, format: string) => {
      try {
        return formatSimpleDate(date, timeZone, format);
      } catch (e) {
        return fail(env, e instanceof Error ? e.message : String(e));
      }
    },
    /** %s, %d (integer), %f/%.Nf, %%; the Java-printf subset add-on messages use. */
    formatString: (template: string, ...args: unknown[]) => {
      let i = 0;
      return String(template).replace(/%(%|s|d|(?:\.(\d+))?f)/g, (_, spec: string, digits?: string) => {
        if (spec === '%') return '%';
        const v = args[i++];
        if (spec === 's') return String(v);
        if (spec === 'd') return String(Math.trunc(Number(v)));
        return Number(v).toFixed(digits === undefined ? 6 : Number(digits));
      });
    },
    getUuid: () => randomUUID(),
    parseCsv: (csv: string, delimiter?: string) =>
      list(
        env,
        parseCsv(csv, delimiter).map((r) => list(env, r)),
      ),
    /** No real waiting: the fake clock moves on, so time-based logic still sees the pause. */
    sleep: (milliseconds: number) => {
      env.clock.advance(milliseconds);
    },
  });
}
