// Row fingerprints: a cheap, pure, stable FNV-1a/64 hash, so a changed row is told from an unchanged one without a host digest.

/**
 * FNV-1a with the 64-bit offset basis and prime, over UTF-16 code units (not UTF-8 bytes: cheaper, and equally stable
 * since every host hands us the same JS strings). Four 16-bit limbs keep every product exact in a double.
 */
export function fnv1a64(text: string): string {
  let h0 = 0x2325;
  let h1 = 0x8422;
  let h2 = 0x9ce4;
  let h3 = 0xcbf2;
  for (let i = 0; i < text.length; i++) {
    h0 ^= text.charCodeAt(i);
    const t0 = h0 * 0x1b3;
    let t1 = h1 * 0x1b3;
    let t2 = h2 * 0x1b3 + (h0 << 8);
    const t3 = h3 * 0x1b3 + (h1 << 8);
    t1 += t0 >>> 16;
    h0 = t0 & 0xffff;
    t2 += t1 >>> 16;
    h1 = t1 & 0xffff;
    h3 = (t3 + (t2 >>> 16)) & 0xffff;
    h2 = t2 & 0xffff;
  }
  return hex4(h3) + hex4(h2) + hex4(h1) + hex4(h0);
}

const hex4 = (n: number): string => (n + 0x10000).toString(16).slice(1);

/** The fingerprint of a consolidated row's field cells: each value tagged by type, so 12 (number) and '12' (text) differ. */
export function rowFingerprint(cells: readonly (string | number | null)[]): string {
  let s = '';
  for (let i = 0; i < cells.length; i++) {
    const v = cells[i];
    s += (v === null ? '_' : typeof v === 'number' ? 'n' + String(v) : 's' + v) + '\u001f';
  }
  return fnv1a64(s);
}
