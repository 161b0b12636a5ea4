// Reading budget years and reporting periods (year, quarter, semester, month, disbursement stage) as normalised keys.
import { dayParts } from '../i18n/format';
import { fold } from '../text/fold';
import { INVALID, isErrorText, isPlaceholder, plainNumber, trimCell, unwrap, type Read } from './coerce-cell';
import { civilDay, dateToDay, monthOf, serialToDay } from './coerce-date';
import { newTokens, tokenize, tokenLen, tokenWord, TK_NUM, type Tokens } from './coerce-tokens';

const MIN_YEAR = 1900;
const MAX_YEAR = 2100;

const isYear = (n: number): boolean => Number.isInteger(n) && n >= MIN_YEAR && n <= MAX_YEAR;

// Words that decorate a year or period without changing it ("TA 2025", "Tahun Anggaran 2025", "Triwulan ke-2").
const YEAR_WORDS = new Set(['ta', 'tahun', 'thn', 'th', 'anggaran', 'tahunanggaran', 'fy', 'year']);
const FILLER = new Set([...YEAR_WORDS, 'ke', 'bulan', 'bln', 'periode', 'penyaluran', 'pencairan', 'salur', 'realisasi']);

const Kind = { None: 0, Quarter: 1, Semester: 2, Stage: 3, Month: 4 } as const;
type Kind = (typeof Kind)[keyof typeof Kind];

const KIND_WORDS = new Map<string, Kind>([
  ['q', Kind.Quarter],
  ['tw', Kind.Quarter],
  ['trw', Kind.Quarter],
  ['triwulan', Kind.Quarter],
  ['kuartal', Kind.Quarter],
  ['quarter', Kind.Quarter],
  ['s', Kind.Semester],
  ['sem', Kind.Semester],
  ['smt', Kind.Semester],
  ['semester', Kind.Semester],
  ['t', Kind.Stage],
  ['thp', Kind.Stage],
  ['tahap', Kind.Stage],
  ['tahapan', Kind.Stage],
]);

// Compact spellings ("TWII", "SmtI", "TahapIII") split into a kind word and a roman numeral; single letters excluded
// so that ordinary words are not misread.
const COMPACT_PREFIXES = ['triwulan', 'semester', 'tahapan', 'tahap', 'trw', 'smt', 'sem', 'thp', 'tw'];

const ORDINALS = new Map<string, number>([
  ['pertama', 1],
  ['kesatu', 1],
  ['satu', 1],
  ['kedua', 2],
  ['dua', 2],
  ['ketiga', 3],
  ['tiga', 3],
  ['keempat', 4],
  ['empat', 4],
]);

const ROMAN: Readonly<Record<string, number>> = { i: 1, ii: 2, iii: 3, iv: 4, v: 5, vi: 6, vii: 7, viii: 8, ix: 9, x: 10, xi: 11, xii: 12 };
const roman = (w: string): number | undefined => (Object.prototype.hasOwnProperty.call(ROMAN, w) ? ROMAN[w] : undefined);

const LIMIT: Readonly<Record<Kind, number>> = { [Kind.None]: 0, [Kind.Quarter]: 4, [Kind.Semester]: 2, [Kind.Stage]: 99, [Kind.Month]: 12 };
const SUFFIX: Readonly<Record<Kind, string>> = {
  [Kind.None]: '',
  [Kind.Quarter]: 'Q',
  [Kind.Semester]: 'S',
  [Kind.Stage]: 'T',
  [Kind.Month]: '',
};

const pad2 = (n: number): string => (n < 10 ? '0' : '') + n;

function keyOf(year: number | undefined, kind: Kind, index: number): string {
  const part = kind === Kind.Month ? pad2(index) : SUFFIX[kind] + index;
  if (year === undefined) return '?' + (kind === Kind.Month ? 'M' : '') + part;
  return kind === Kind.None ? String(year) : year + '-' + part;
}

const TK: Tokens = newTokens();

let indexEnd = 0;

/** The index after a kind word at token i: a number, a roman numeral or an ordinal word, maybe after "ke" ("ke-2"); sets indexEnd. */
function indexAt(s: string, i: number): number | undefined {
  if (i < TK.count && TK.kind[i] !== TK_NUM && tokenWord(s, TK, i) === 'ke') i++;
  if (i >= TK.count) return undefined;
  indexEnd = i;
  if (TK.kind[i] === TK_NUM) return tokenLen(TK, i) <= 2 ? TK.value[i] : undefined;
  const w = tokenWord(s, TK, i);
  return roman(w) ?? ORDINALS.get(w);
}

/**
 * Period texts: "2025", "TA 2025", "TW I 2025", "Triwulan 1 Tahun 2025", "Q1 2025", "2025 Q1", "TW 1/2025",
 * "Semester II 2025", "Tahap 1 2025", "Maret 2025", "03/2025", "2025-03", "17/03/2025" (its month), and the keys
 * themselves. Undefined when the text follows none of these shapes.
 */
function parsePeriod(s: string): string | undefined {
  if (!tokenize(s, 0, s.length, TK)) return undefined;
  let year: number | undefined;
  let kind: Kind = Kind.None;
  let index = 0;
  let loose = 0; // numbers not yet explained: a month, or day and month of a date
  let n1 = 0;
  let n2 = 0;
  for (let i = 0; i < TK.count; i++) {
    if (TK.kind[i] === TK_NUM) {
      const v = TK.value[i];
      if (tokenLen(TK, i) === 4 && isYear(v)) {
        if (year !== undefined) return undefined;
        year = v;
      } else if (tokenLen(TK, i) <= 2 && loose < 2) {
        if (loose++ === 0) n1 = v;
        else n2 = v;
      } else return undefined;
      continue;
    }
    const w = tokenWord(s, TK, i);
    if (w === 't' && i + 1 < TK.count && TK.kind[i + 1] !== TK_NUM && tokenWord(s, TK, i + 1) === 'a') {
      i++; // "T.A." = tahun anggaran
      continue;
    }
    if (FILLER.has(w)) continue;
    let k: Kind = KIND_WORDS.get(w) ?? Kind.None;
    let idx: number | undefined;
    if (k !== Kind.None) {
      idx = indexAt(s, i + 1);
      if (idx !== undefined) i = indexEnd;
    } else {
      const m = monthOf(w);
      if (m !== undefined) {
        k = Kind.Month;
        idx = m;
      } else {
        for (const p of COMPACT_PREFIXES) {
          if (w.length > p.length && w.startsWith(p)) {
            idx = roman(w.slice(p.length));
            if (idx !== undefined) k = KIND_WORDS.get(p) as Kind;
            break;
          }
        }
      }
    }
    if (k === Kind.None || idx === undefined || kind !== Kind.None) return undefined;
    kind = k;
    index = idx;
  }
  if (loose > 0) {
    if (kind !== Kind.None || year === undefined) return undefined;
    kind = Kind.Month;
    if (loose === 1) index = n1;
    else {
      if (civilDay(year, n2, n1) === undefined) return undefined; // dd/mm/yyyy: the month of that day
      index = n2;
    }
  }
  if (kind === Kind.None) return year === undefined ? undefined : String(year);
  if (!Number.isInteger(index) || index < 1 || index > LIMIT[kind]) return undefined;
  return keyOf(year, kind, index);
}

// Period columns repeat a handful of values over thousands of rows: remember recent answers.
const MEMO_MAX = 2048;
const memo = new Map<string, string>();

function periodFromText(raw: string): Read<string> {
  const s = trimCell(raw);
  if (isPlaceholder(s)) return undefined;
  if (isErrorText(s)) return INVALID;
  let key = memo.get(s);
  if (key === undefined) {
    key = parsePeriod(s) ?? '?' + fold(s);
    if (memo.size >= MEMO_MAX) memo.clear();
    memo.set(s, key);
  }
  return key;
}

// Serial numbers of 1 Jan 1990 and 31 Dec 2100: a number in this range in a period column is a date that lost its format.
const SERIAL_MIN = 32874;
const SERIAL_MAX = 73415;

const monthKey = (day: number): string => {
  const p = dayParts(day);
  return p.y + '-' + pad2(p.m);
};

/**
 * A period cell as a normalised key: "2025", "2025-Q1".."2025-Q4", "2025-S1"/"2025-S2", "2025-T1" (tahap,
 * disbursement stage), "2025-03" (month, also from a Date). A period without a recognisable year keeps a key starting
 * with "?" so that equal cells still compare equal: "?Q1", "?T1", "?M03" when its kind is known ("Tahap I" and
 * "tahap 1" both give "?T1"), else "?" and the folded text ("?gelombang2"). INVALID only for an error value.
 */
export function readPeriod(v: unknown, tzOffsetMinutes = 420): Read<string> {
  if (typeof v === 'string') return periodFromText(v);
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) return INVALID;
    if (isYear(v)) return String(v);
    if (v >= SERIAL_MIN && v < SERIAL_MAX + 1) {
      const d = serialToDay(v);
      if (typeof d === 'number') return monthKey(d);
    }
    return '?' + plainNumber(v);
  }
  if (v instanceof Date) {
    const d = dateToDay(v, tzOffsetMinutes);
    return d === undefined ? INVALID : monthKey(d);
  }
  if (typeof v === 'boolean') return v ? '?true' : '?false';
  if (v === null || v === undefined) return undefined;
  if (typeof v === 'object') {
    const u = unwrap(v);
    if (u !== v) return readPeriod(u, tzOffsetMinutes);
  }
  return INVALID;
}

/** The year of a period key, or undefined for a "?" key. */
export function periodYear(key: string): number | undefined {
  if (key.length < 4 || (key.length > 4 && key.charCodeAt(4) !== 45)) return undefined;
  let y = 0;
  for (let i = 0; i < 4; i++) {
    const d = key.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return undefined;
    y = y * 10 + d;
  }
  return y;
}

/**
 * A number that orders period keys in time: by year, then by where each period ends within it (March, Q1, ...,
 * June, Q2, S1, ..., December, Q4, S2, the whole year); stages come after, in their own order. Undefined for "?" keys.
 */
export function periodSortKey(key: string): number | undefined {
  const y = periodYear(key);
  if (y === undefined) return undefined;
  if (key.length === 4) return y * 1000 + 123;
  const c = key.charCodeAt(5);
  const n = Number(key.slice(c >= 48 && c <= 57 ? 5 : 6));
  if (!Number.isInteger(n) || n < 1) return undefined;
  if (c >= 48 && c <= 57) return n <= 12 ? y * 1000 + n * 10 : undefined;
  if (c === 81) return n <= 4 ? y * 1000 + n * 30 + 1 : undefined; // Q
  if (c === 83) return n <= 2 ? y * 1000 + n * 60 + 2 : undefined; // S
  if (c === 84) return n <= 99 ? y * 1000 + 130 + n : undefined; // T
  return undefined;
}

/** A budget year: 2025, "2025", "TA 2025", "T.A. 2025", "Tahun 2025", "Tahun Anggaran 2025"; years 1900-2100. */
export function readYear(v: unknown): Read<number> {
  if (typeof v === 'number') return isYear(v) ? v : INVALID;
  if (typeof v === 'string') {
    const s = trimCell(v);
    if (isPlaceholder(s)) return undefined;
    if (!tokenize(s, 0, s.length, TK)) return INVALID;
    let year: number | undefined;
    for (let i = 0; i < TK.count; i++) {
      if (TK.kind[i] === TK_NUM) {
        if (year !== undefined || tokenLen(TK, i) !== 4 || !isYear(TK.value[i])) return INVALID;
        year = TK.value[i];
      } else {
        const w = tokenWord(s, TK, i);
        if (!YEAR_WORDS.has(w) && w !== 't' && w !== 'a') return INVALID;
      }
    }
    return year ?? INVALID;
  }
  if (v === null || v === undefined) return undefined;
  if (typeof v === 'object' && !(v instanceof Date)) {
    const u = unwrap(v);
    if (u !== v) return readYear(u);
  }
  return INVALID;
}
