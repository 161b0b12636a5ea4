// Reads what a NIK or KK number encodes: region, birth or recording date (two-digit year resolved against today), sex band, serial.
import type { IdValue } from '../model/schemas';
import type { Day } from '../model/types';
import { BINJAI_CODE, isBinjaiKecamatanNumber, isKabKotaNumber, isProvinceNumber } from './wilayah';

/** Which region part of a NIK/KK is unknown: digits 1-2, 1-4, or (for Kota Binjai) 5-6. */
export type RegionProblem = 'province' | 'kabkota' | 'kecamatan';
/** Why digits 7-12 are not a date: the day is outside its band(s), the month is not 01-12, or the day does not exist in that month. */
export type DateProblem = 'day' | 'month' | 'date';
export type Sex = 'L' | 'P';

/** A KK recording date from before 2000 is taken as 19yy only from this year on; earlier 19yy dates mean a 20yy date not yet reached. */
const KK_EARLIEST_YEAR = 1970;
const BINJAI = Number(BINJAI_CODE);

/**
 * 16 digits and nothing else: what nik.format / kk.format require. `digits` holds only digits by IdValue's contract (anything else
 * sets `junk`), so the length says it all; this runs in a dozen rules on every row.
 */
export const has16Digits = (v: IdValue): boolean => !v.junk && v.digits.length === 16;

/** An id present and well formed; the rules after nik.format / kk.format stay silent on the rest, so one bad cell is one finding. */
export const isId16 = (v: IdValue | undefined): v is IdValue => v !== undefined && !v.junk && v.digits.length === 16;

const allDigits = (s: string): boolean => {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
};

/** The two-digit number at position `i` (0-based) of a digit string. */
export const twoDigits = (s: string, i: number): number => (s.charCodeAt(i) - 48) * 10 + (s.charCodeAt(i + 1) - 48);

// Calendar arithmetic without Date objects: these run once per row on half a million rows.
const isLeap = (y: number): boolean => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const monthLength = (y: number, m: number): number =>
  m === 2 ? (isLeap(y) ? 29 : 28) : m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;

/** Day number of a date already known to exist (proleptic Gregorian, days since 1970-01-01). */
function civilDay(y: number, m: number, d: number): Day {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) + d - 1;
  return era * 146097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy - 719468;
}

/** A day number as y * 10000 + m * 100 + d (19800817), without allocating. */
export function ymdOfDay(day: Day): number {
  const z = day + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return y * 10000 + m * 100 + d;
}

/** Day number of y-m-d, or undefined when the date does not exist. */
export function dayOfDate(y: number, m: number, d: number): Day | undefined {
  return m >= 1 && m <= 12 && d >= 1 && d <= monthLength(y, m) ? civilDay(y, m, d) : undefined;
}

function dateProblem(d: number, m: number, y: number): DateProblem | undefined {
  if (d < 1 || d > 31) return 'day';
  if (m < 1 || m > 12) return 'month';
  return d > monthLength(y, m) ? 'date' : undefined;
}

/** Day of birth with the +40 band for women removed; 0 when digits 7-8 are in neither band (01-31, 41-71). */
function bandDay(raw: number): number {
  if (raw >= 1 && raw <= 31) return raw;
  if (raw >= 41 && raw <= 71) return raw - 40;
  return 0;
}

// Every row of a run shares one today: remember its year instead of recomputing it per row.
let memoDay = NaN;
let memoYear = 0;
function yearOf(today: Day): number {
  if (today !== memoDay) {
    memoYear = Math.floor(ymdOfDay(today) / 10000);
    memoDay = today;
  }
  return memoYear;
}

/** The latest year ending in `yy` whose date (or, when the date does not exist, whose year) is not after today. */
function birthYear(yy: number, m: number, d: number, today: Day): number {
  const y = 2000 + yy;
  const todayYear = yearOf(today);
  if (y > todayYear) return y - 100;
  if (y === todayYear && dateProblem(d, m, y) === undefined && civilDay(y, m, d) > today) return y - 100;
  return y;
}

/** 20yy when that date is not after today, 19yy for a pre-2000 recording, else 20yy (a date in the future). */
function recordYear(yy: number, m: number, d: number, today: Day): number {
  const y = 2000 + yy;
  if (dateProblem(d, m, y) === undefined ? civilDay(y, m, d) <= today : y <= yearOf(today)) return y;
  return y - 100 >= KK_EARLIEST_YEAR ? y - 100 : y;
}

/** What is wrong with the region digits of a 16-digit NIK or KK; undefined when they name a known area. */
export function regionProblem(digits: string): RegionProblem | undefined {
  const p = twoDigits(digits, 0);
  if (!isProvinceNumber(p)) return 'province';
  const k = p * 100 + twoDigits(digits, 2);
  if (!isKabKotaNumber(k)) return 'kabkota';
  if (k === BINJAI && !isBinjaiKecamatanNumber(twoDigits(digits, 4))) return 'kecamatan';
  return undefined;
}

/** 'L' or 'P' from the NIK's day band, undefined when digits 7-8 are in neither band. */
export function nikSex(digits: string): Sex | undefined {
  const raw = twoDigits(digits, 6);
  return raw >= 41 && raw <= 71 ? 'P' : raw >= 1 && raw <= 31 ? 'L' : undefined;
}

/** Why digits 7-12 of a NIK are not a birth date, or undefined when they are. */
export function nikBirthProblem(digits: string, today: Day): DateProblem | undefined {
  const d = bandDay(twoDigits(digits, 6));
  if (d === 0) return 'day';
  const m = twoDigits(digits, 8);
  return dateProblem(d, m, birthYear(twoDigits(digits, 10), m, d, today));
}

/** The birth date a NIK encodes, or undefined when digits 7-12 are not a date. */
export function nikBirth(digits: string, today: Day): Day | undefined {
  const d = bandDay(twoDigits(digits, 6));
  const m = twoDigits(digits, 8);
  return d === 0 ? undefined : dayOfDate(birthYear(twoDigits(digits, 10), m, d, today), m, d);
}

/** Why digits 7-12 of a KK are not a recording date not after today, or undefined when they are. */
export function kkDateProblem(digits: string, today: Day): DateProblem | 'future' | undefined {
  const d = twoDigits(digits, 6);
  const m = twoDigits(digits, 8);
  const y = recordYear(twoDigits(digits, 10), m, d, today);
  const problem = dateProblem(d, m, y);
  if (problem) return problem;
  return civilDay(y, m, d) > today ? 'future' : undefined;
}

export interface IdDate {
  /** Digits 7-8 as written (with the +40 band for a woman's NIK). */
  rawDay: number;
  /** Day of month, band removed (0 when digits 7-8 are in no band). */
  day: number;
  month: number;
  /** Two-digit year as written. */
  yy: number;
  /** Four-digit year resolved against today. */
  year: number;
  /** The date, when it exists. */
  date: Day | undefined;
  problem: DateProblem | 'future' | undefined;
}

export interface NikInfo {
  /** Digits 1-2. */
  province: string;
  /** Digits 1-4. */
  kabKota: string;
  /** Digits 1-6: the kecamatan where the NIK was first issued. */
  kecamatan: string;
  region: RegionProblem | undefined;
  birth: IdDate;
  sex: Sex | undefined;
  /** Digits 13-16. */
  serial: string;
}

export interface KkInfo {
  /** Digits 1-6: the issuing area. */
  area: string;
  region: RegionProblem | undefined;
  recorded: IdDate;
  serial: string;
}

/** Everything a NIK encodes, or undefined unless it is 16 digits. */
export function decodeNik(digits: string, today: Day): NikInfo | undefined {
  if (digits.length !== 16 || !allDigits(digits)) return undefined;
  const rawDay = twoDigits(digits, 6);
  const day = bandDay(rawDay);
  const month = twoDigits(digits, 8);
  const yy = twoDigits(digits, 10);
  const year = birthYear(yy, month, day, today);
  const problem = day === 0 ? 'day' : dateProblem(day, month, year);
  return {
    province: digits.slice(0, 2),
    kabKota: digits.slice(0, 4),
    kecamatan: digits.slice(0, 6),
    region: regionProblem(digits),
    birth: { rawDay, day, month, yy, year, date: problem ? undefined : civilDay(year, month, day), problem },
    sex: nikSex(digits),
    serial: digits.slice(12),
  };
}

/** Everything a KK number encodes (no +40 band), or undefined unless it is 16 digits. */
export function decodeKk(digits: string, today: Day): KkInfo | undefined {
  if (digits.length !== 16 || !allDigits(digits)) return undefined;
  const day = twoDigits(digits, 6);
  const month = twoDigits(digits, 8);
  const yy = twoDigits(digits, 10);
  const year = recordYear(yy, month, day, today);
  const problem = kkDateProblem(digits, today);
  const date = problem === undefined || problem === 'future' ? civilDay(year, month, day) : undefined;
  return {
    area: digits.slice(0, 6),
    region: regionProblem(digits),
    recorded: { rawDay: day, day, month, yy, year, date, problem },
    serial: digits.slice(12),
  };
}
