// Reading a date cell as a calendar Day: Date objects from Sheets/exceljs, Excel serial numbers, and the texts agencies type.
import { dayParts } from '../i18n/format';
import type { Day } from '../model/types';
import { INVALID, isErrorText, isPlaceholder, trimCell, unwrap, type Read } from './coerce-cell';
import { newTokens, tokenize, tokenLen, TK_NUM, TK_WORD } from './coerce-tokens';

const DAY_MS = 86400000;
export const MIN_YEAR = 1900;
export const MAX_YEAR = 9999;

/**
 * Day number of a real calendar date, or undefined (31 February). Arithmetic rather than i18n/format's dayOf, which
 * allocates a Date: this runs once per date cell. (Days from civil, proleptic Gregorian, March-based years.)
 */
export function civilDay(y: number, m: number, d: number): Day | undefined {
  if (m < 1 || m > 12 || d < 1 || d > 31 || !Number.isInteger(y) || !Number.isInteger(m) || !Number.isInteger(d)) return undefined;
  if (d > 28) {
    const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
    const dim = m === 2 ? (leap ? 29 : 28) : m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
    if (d > dim) return undefined;
  }
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * ((m + 9) % 12) + 2) / 5) + d - 1;
  return era * 146097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy - 719468;
}

const MIN_DAY = civilDay(MIN_YEAR, 1, 1) as number;
const MAX_DAY = civilDay(MAX_YEAR, 12, 31) as number;
const SNAP_MS = 3 * 3600000;

/**
 * Two-digit years when no `today` is given: 00-29 are 20yy, 30-99 are 19yy. A fixed pivot drifts with time, so
 * parse passes the run's `today` and gets "the latest year not in the future", as for a NIK's birth year.
 */
const DEFAULT_PIVOT = 29;

/** A word of up to 10 ASCII letters packed into a number, case folded, so month lookups allocate nothing; -1 otherwise. */
function wordCode(s: string, a: number, b: number): number {
  if (b - a > 10 || b <= a) return -1;
  let code = 0;
  for (let i = a; i < b; i++) {
    let c = s.charCodeAt(i);
    if (c >= 65 && c <= 90) c += 32;
    if (c < 97 || c > 122) return -1;
    code = code * 27 + (c - 96);
  }
  return code;
}

// Indonesian and English month names and the abbreviations agencies use (Peb/Nop from older spelling, Agt/Ags/Agu for Agustus).
const MONTHS = new Map<number, number>();
(
  [
    ['januari', 'january', 'jan'],
    ['februari', 'february', 'feb', 'peb', 'pebruari', 'febuari', 'pebuari'],
    ['maret', 'march', 'mar', 'mrt'],
    ['april', 'apr'],
    ['mei', 'may'],
    ['juni', 'june', 'jun'],
    ['juli', 'july', 'jul'],
    ['agustus', 'august', 'agt', 'agu', 'ags', 'agust', 'agus', 'agst', 'aug'],
    ['september', 'sep', 'sept', 'spt'],
    ['oktober', 'october', 'okt', 'oct'],
    ['november', 'nov', 'nop', 'nopember'],
    ['desember', 'december', 'des', 'dec'],
  ] as const
).forEach((names, i) => names.forEach((n) => MONTHS.set(wordCode(n, 0, n.length), i + 1)));

/** Month number (1-12) of the month name or abbreviation at s[a, b), in any case, or undefined. */
export const monthAt = (s: string, a: number, b: number): number | undefined => MONTHS.get(wordCode(s, a, b));

/** Month number (1-12) of a month name or abbreviation in any case, or undefined. */
export const monthOf = (word: string): number | undefined => monthAt(word, 0, word.length);

const monthTok = (s: string, i: number): number | undefined => monthAt(s, TK.start[i], TK.end[i]);

const inRange = (day: number): Read<Day> => (day >= MIN_DAY && day <= MAX_DAY ? day : INVALID);

/**
 * The calendar day an instant falls on at a fixed UTC offset (Sheets hands dates over as local midnight in the
 * spreadsheet's zone, exceljs as UTC midnight: both land on the right day at +07:00).
 *
 * One offset cannot describe a zone's history: Jakarta was +07:30 until 1964 (+09:00 in 1942-45), and a sheet in a
 * zone with daylight saving differs by an hour half the year. Such a midnight arrives up to a few hours *before*
 * midnight at the given offset and would land on the previous day, shifting the birth date of everyone born before
 * 1964. So an instant in the last three hours of a day rolls over to the next day when it is before 1970 (nobody keeps
 * timestamps that old) or falls on a whole minute (what a shifted midnight does; a real timestamp rarely does).
 */
export function dateToDay(d: Date, tzOffsetMinutes = 420): Day | undefined {
  const t = d.getTime();
  if (!Number.isFinite(t) || !Number.isFinite(tzOffsetMinutes)) return undefined;
  const local = t + tzOffsetMinutes * 60000;
  let day = Math.floor(local / DAY_MS);
  const rest = local - day * DAY_MS;
  if (rest >= DAY_MS - SNAP_MS && (day < 0 || rest % 60000 === 0)) day++;
  return day >= MIN_DAY && day <= MAX_DAY ? day : undefined;
}

/** Excel's 1900 date system: serial 1 = 1 Jan 1900, 60 = the fictitious 29 Feb 1900, 2958465 = 31 Dec 9999. A fraction is a time of day. */
export function serialToDay(n: number): Read<Day> {
  if (!(n >= 1 && n < 2958466)) return INVALID;
  const s = Math.floor(n);
  if (s === 60) return INVALID;
  return s < 60 ? s - 25568 : s - 25569;
}

/** ddmmyyyy, or yyyymmdd, typed without separators (as a number, so a leading zero may be lost); years 1900-2100 only. */
function compactDay(n: number): Day | undefined {
  const d1 = Math.floor(n / 1e6);
  const m1 = Math.floor(n / 1e4) % 100;
  const y1 = n % 1e4;
  if (y1 >= 1900 && y1 <= 2100) {
    const day = civilDay(y1, m1, d1);
    if (day !== undefined) return day;
  }
  const y2 = Math.floor(n / 1e4);
  return y2 >= 1900 && y2 <= 2100 ? civilDay(y2, Math.floor(n / 100) % 100, n % 100) : undefined;
}

function dateFromNumber(n: number): Read<Day> {
  if (!Number.isFinite(n)) return INVALID;
  if (Number.isInteger(n)) {
    // 7 and 8 digits are years 4637+ as serials: far likelier a ddmmyyyy or yyyymmdd typed as a number.
    if (n >= 1000000 && n <= 99999999) {
      const d = compactDay(n);
      if (d !== undefined) return d;
    }
    // A bare year typed in a date column is not the 1905 day its serial would be.
    if (n >= 1900 && n <= 2100) return INVALID;
  }
  return serialToDay(n);
}

function fullYear(yy: number, m: number, d: number, today: Day | undefined): number {
  if (today === undefined || !Number.isFinite(today)) return yy <= DEFAULT_PIVOT ? 2000 + yy : 1900 + yy;
  const now = dayParts(today);
  const y = now.y - (now.y % 100) + yy;
  const future = y > now.y || (y === now.y && (m > now.m || (m === now.m && d > now.d)));
  return future ? y - 100 : y;
}

const TK = newTokens();

/** Day of (y, m, d) with y as typed: 4 digits as is, 2 digits through the pivot, anything else unreadable. */
function ymd(yTok: number, m: number, d: number, today: Day | undefined): Read<Day> {
  const yLen = tokenLen(TK, yTok);
  let y = TK.value[yTok];
  if (yLen === 2) y = fullYear(y, m, d, today);
  else if (yLen !== 4) return INVALID;
  if (y < MIN_YEAR || y > MAX_YEAR) return INVALID;
  const day = civilDay(y, m, d);
  return day === undefined ? INVALID : inRange(day);
}

/** Day and month tokens are one or two digits. */
const small = (i: number): boolean => TK.kind[i] === TK_NUM && tokenLen(TK, i) <= 2;

/**
 * Date texts, always day first (Indonesian order): 17/08/1980, 17-08-80, 17.08.1980, 17 Agustus 1980, 17-Agt-1980,
 * Agustus 17, 1980, 1980-08-17, 1980/08/17, 17081980; a trailing time is ignored; a place before the date (a TTL cell,
 * "Binjai, 17-08-1980") is skipped. "08/17/1980" is INVALID although month-first would be a real date: guessing the
 * order silently would misdate every cell where both orders are valid, so a person must look.
 */
function dateFromText(raw: string, today: Day | undefined): Read<Day> {
  const s = trimCell(raw);
  if (isPlaceholder(s)) return undefined;
  if (isErrorText(s)) return INVALID;
  const b = dateEnd(s);
  if (!tokenize(s, 0, b, TK)) return INVALID;
  const n = TK.count;
  const last = n - 1;
  if (n === 0 || TK.kind[last] !== TK_NUM) return INVALID;
  let first: number; // the date's first token; everything before it must be words (a place)
  let result: Read<Day>;
  if (n >= 3 && TK.kind[last - 1] === TK_WORD && small(last - 2)) {
    // 17 Agustus 1980, 17-Agt-80
    const m = monthTok(s, last - 1);
    if (m === undefined) return INVALID;
    first = last - 2;
    result = ymd(last, m, TK.value[last - 2], today);
  } else if (n >= 3 && TK.kind[last - 1] === TK_NUM && TK.kind[last - 2] === TK_WORD) {
    // Agustus 17, 1980
    const m = monthTok(s, last - 2);
    if (m === undefined || !small(last - 1)) return INVALID;
    first = last - 2;
    result = ymd(last, m, TK.value[last - 1], today);
  } else if (n >= 3 && TK.kind[last - 1] === TK_NUM && TK.kind[last - 2] === TK_NUM) {
    first = last - 2;
    if (tokenLen(TK, first) === 4) {
      // 1980-08-17
      if (!small(last - 1) || !small(last)) return INVALID;
      const y = TK.value[first];
      const day = y < MIN_YEAR ? undefined : civilDay(y, TK.value[last - 1], TK.value[last]);
      result = day === undefined ? INVALID : inRange(day);
    } else {
      // 17/08/1980, 17-08-80
      if (!small(first) || !small(last - 1)) return INVALID;
      result = ymd(last, TK.value[last - 1], TK.value[first], today);
    }
  } else if (tokenLen(TK, last) === 8 && (n === 1 || TK.kind[last - 1] === TK_WORD)) {
    // 17081980 or 19800817 typed as text
    first = last;
    const d = compactDay(TK.value[last]);
    result = d === undefined ? INVALID : inRange(d);
  } else return INVALID;
  for (let i = 0; i < first; i++) if (TK.kind[i] !== TK_WORD || monthTok(s, i) !== undefined) return INVALID;
  return result;
}

/** Where the date part ends: before a time "14:30[:00]" that follows a blank or an ISO 'T'. */
function dateEnd(s: string): number {
  const colon = s.indexOf(':');
  if (colon < 0) return s.length;
  let i = colon;
  while (i > 0 && s.charCodeAt(i - 1) >= 48 && s.charCodeAt(i - 1) <= 57) i--;
  const digits = colon - i;
  if (digits < 1 || digits > 2 || i === 0) return s.length;
  const c = s.charCodeAt(i - 1);
  return c === 32 || c === 84 || c === 116 ? i - 1 : s.length;
}

/**
 * A date cell as a Day (days since 1970-01-01): undefined when empty or a dash, INVALID when unreadable.
 * `tzOffsetMinutes` is the spreadsheet's UTC offset for Date objects (Asia/Jakarta by default); `today` resolves
 * two-digit years to the latest year not in the future.
 */
export function readDate(v: unknown, tzOffsetMinutes = 420, today?: Day): Read<Day> {
  if (typeof v === 'string') return dateFromText(v, today);
  if (typeof v === 'number') return dateFromNumber(v);
  if (v instanceof Date) return dateToDay(v, tzOffsetMinutes) ?? INVALID;
  if (v === null || v === undefined) return undefined;
  if (typeof v === 'object') {
    const u = unwrap(v);
    if (u !== v) return readDate(u, tzOffsetMinutes, today);
  }
  return INVALID;
}
