// Store and Digest for consolidation on Sheets: document properties (9 KB a value) and Utilities SHA-256 as hex.
import type { Digest, Store } from './sync-ports';

/** Apps Script refuses a property value over 9 KB; refusing it here gives a message that says which key. */
export const MAX_PROPERTY_BYTES = 9 * 1024;

/** UTF-8 length without Buffer (absent in Apps Script). */
export function utf8Bytes(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

export class StoreValueTooLarge extends Error {
  constructor(
    readonly key: string,
    readonly bytes: number,
  ) {
    super(`Store value for "${key}" is ${bytes} bytes; document properties hold at most ${MAX_PROPERTY_BYTES} bytes a value`);
    this.name = 'StoreValueTooLarge';
  }
}

export class SheetsStore implements Store {
  private readonly props: Pick<GoogleAppsScript.Properties.Properties, 'getProperty' | 'setProperty' | 'deleteProperty'>;

  constructor(props?: Pick<GoogleAppsScript.Properties.Properties, 'getProperty' | 'setProperty' | 'deleteProperty'>) {
    this.props = props ?? PropertiesService.getDocumentProperties();
  }

  get(key: string): string | undefined {
    return this.props.getProperty(key) ?? undefined;
  }

  set(key: string, value: string): void {
    const bytes = utf8Bytes(value);
    if (bytes > MAX_PROPERTY_BYTES) throw new StoreValueTooLarge(key, bytes);
    this.props.setProperty(key, value);
  }

  delete(key: string): void {
    this.props.deleteProperty(key);
  }
}

const HEX = '0123456789abcdef';

/** Apps Script hands digests over as signed bytes. */
export function hexOfBytes(bytes: number[]): string {
  let out = '';
  for (const b of bytes) {
    const v = b & 0xff;
    out += HEX[v >> 4] + HEX[v & 15];
  }
  return out;
}

export const sheetsDigest: Digest = {
  sha256: (text: string) => hexOfBytes(Utilities.computeDigest(Utilities.DigestAlgorithm.SHA_256, text, Utilities.Charset.UTF_8)),
};
