// Lookups over the embedded wilayah reference: Kemendagri region codes for NIK/KK prefixes, and Binjai's kecamatan and kelurahan by name.
import { fold } from '../text/fold';
import { suggest } from '../text/fuzzy';
import { BINJAI_CODE, BINJAI_KECAMATAN_DATA, BINJAI_KELURAHAN_DATA, BINJAI_NAME, WILAYAH } from './wilayah-data';

export { BINJAI_CODE, BINJAI_NAME };

export interface Kecamatan {
  /** 6 digits, e.g. "127501". */
  readonly code: string;
  readonly name: string;
}

export interface Kelurahan {
  /** 10 digits, e.g. "1275011001". */
  readonly code: string;
  readonly name: string;
  readonly kecamatan: Kecamatan;
}

// Indexed by the numeric code so that a per-row check reads a typed array instead of slicing strings.
const PROVINCE_KNOWN = new Uint8Array(100);
const KABKOTA_KNOWN = new Uint8Array(10000);
const BINJAI_KEC_KNOWN = new Uint8Array(100);
const NAMES = new Map<string, string>();

for (const p of Object.keys(WILAYAH)) {
  const [provName, ...entries] = WILAYAH[p].split('|');
  PROVINCE_KNOWN[Number(p)] = 1;
  NAMES.set(p, provName);
  for (const e of entries) {
    KABKOTA_KNOWN[Number(p + e.slice(0, 2))] = 1;
    NAMES.set(p + e.slice(0, 2), e.slice(2));
  }
}

export const BINJAI_KECAMATAN: readonly Kecamatan[] = BINJAI_KECAMATAN_DATA.map(([c, name]) => {
  BINJAI_KEC_KNOWN[Number(c)] = 1;
  return { code: BINJAI_CODE + c, name };
});

export const BINJAI_KELURAHAN: readonly Kelurahan[] = BINJAI_KELURAHAN_DATA.map(([c, name]) => ({
  code: BINJAI_CODE + c,
  name,
  kecamatan: BINJAI_KECAMATAN.find((k) => k.code === BINJAI_CODE + c.slice(0, 2))!,
}));

const isDigits = (s: string, n: number): boolean => {
  if (s.length !== n) return false;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
};

/** A province code (2 digits) numbered 0-99. */
export const isProvinceNumber = (n: number): boolean => PROVINCE_KNOWN[n] === 1;
/** A kab/kota code (4 digits) numbered 0-9999. */
export const isKabKotaNumber = (n: number): boolean => KABKOTA_KNOWN[n] === 1;
/** Digits 5-6 of a Binjai NIK or KK, numbered 0-99. */
export const isBinjaiKecamatanNumber = (n: number): boolean => BINJAI_KEC_KNOWN[n] === 1;

/** "12" -> true. Kemendagri codes of every edition since 2016. */
export const isProvince = (code2: string): boolean => isDigits(code2, 2) && isProvinceNumber(Number(code2));
/** "1275" (Kota Binjai) -> true; "9471" (BPS Kota Jayapura, not a Kemendagri code) -> false. */
export const isKabKota = (code4: string): boolean => isDigits(code4, 4) && isKabKotaNumber(Number(code4));
export const provinceName = (code2: string): string | undefined => (isProvince(code2) ? NAMES.get(code2) : undefined);
/** "1275" -> "Kota Binjai". */
export const kabKotaName = (code4: string): string | undefined => (isKabKota(code4) ? NAMES.get(code4) : undefined);

// Prefixes people write before a place name; tried only when the whole folded text is not a name, so a name is never cut.
const PREFIXES = ['kelurahan', 'kecamatan', 'kel', 'kec', 'desa'];

function stripPrefix(key: string): string | undefined {
  for (const p of PREFIXES) if (key.length > p.length && key.startsWith(p)) return key.slice(p.length);
  return undefined;
}

/** Folded name with the usual prefixes removed: "Kel. Jati Negara " -> "jatinegara". */
export function placeKey(name: string): string {
  let key = fold(name);
  for (let i = 0; i < 2; i++) key = stripPrefix(key) ?? key;
  return key;
}

function buildIndex<T extends { code: string; name: string }>(list: readonly T[]): Map<string, T> {
  const m = new Map<string, T>();
  for (const x of list) {
    m.set(fold(x.name), x);
    m.set(x.code, x);
  }
  return m;
}

const KEL_INDEX = buildIndex(BINJAI_KELURAHAN);
const KEC_INDEX = buildIndex(BINJAI_KECAMATAN);
const KEL_KEYS = BINJAI_KELURAHAN.map((k) => ({ k, key: fold(k.name) }));
const KEC_KEYS = BINJAI_KECAMATAN.map((k) => ({ k, key: fold(k.name) }));

function lookup<T>(index: Map<string, T>, name: string): T | undefined {
  let key = fold(name);
  for (let i = 0; i < 3 && key; i++) {
    const hit = index.get(key);
    if (hit) return hit;
    const next = stripPrefix(key);
    if (next === undefined) return undefined;
    key = next;
  }
  return undefined;
}

// A register repeats a few dozen spellings over thousands of rows: remember each spelling once.
const CACHE_MAX = 5000;
function cached<T>(fn: (s: string) => T): (s: string) => T {
  const cache = new Map<string, T>();
  return (s) => {
    let v = cache.get(s);
    if (v === undefined && !cache.has(s)) {
      v = fn(s);
      if (cache.size >= CACHE_MAX) cache.clear();
      cache.set(s, v);
    }
    return v as T;
  };
}

/** One of Binjai's 37 kelurahan by name (case, spaces, "Kel."/"Kelurahan"/"Desa" prefixes ignored) or by its 10-digit code. */
export const findKelurahan: (name: string) => Kelurahan | undefined = cached((s) => lookup(KEL_INDEX, s));

/** One of Binjai's 5 kecamatan by name (case, spaces, "Kec."/"Kecamatan" prefixes ignored) or by its 6-digit code. */
export const findKecamatan: (name: string) => Kecamatan | undefined = cached((s) => lookup(KEC_INDEX, s));

/** The closest kelurahan for "did you mean", or undefined when none is close. */
export const suggestKelurahan: (name: string) => Kelurahan | undefined = cached((s) => {
  const key = placeKey(s);
  return key ? suggest(key, KEL_KEYS, (c) => c.key)?.k : undefined;
});

/** The closest kecamatan; "Utara" or "Kota Binjai" point at Binjai Utara and Binjai Kota. */
export const suggestKecamatan: (name: string) => Kecamatan | undefined = cached((s) => {
  const key = placeKey(s);
  if (!key) return undefined;
  const core = key.replace('binjai', '');
  if (core) for (const c of KEC_KEYS) if (c.key === 'binjai' + core) return c.k;
  return suggest(key, KEC_KEYS, (c) => c.key)?.k;
});

export const kelurahanInKecamatan = (kel: Kelurahan, kec: Kecamatan): boolean => kel.kecamatan.code === kec.code;
