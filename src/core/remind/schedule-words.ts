// How people write the schedule sheet's cells: header words, kinds, periods, yes/no, weekdays, deadlines and reminder steps.
import { ENUMS } from '../model/enums';
import type { RegisterKind } from '../model/types';
import { dateToDay } from '../parse/coerce-date';
import { fold } from '../text/fold';
import { maskDigitRuns } from '../text/mask';
import { isoDay } from './calendar';
import type { PeriodKind } from './types';

/** Limits of what the sheet may say (a deadline four months on, steps two months either side, ten reminders). */
export const DEADLINE_MAX = 120;
export const STEP_MIN = -60;
export const STEP_MAX = 120;
export const MAX_STEPS = 10;

/** Columns of the kind table, in the order the sheet is created with. */
export const FIELDS = ['kind', 'period', 'deadline', 'steps', 'escalate', 'active'] as const;
export type Field = (typeof FIELDS)[number];

/** Labels and header words are short; longer cells are notes and never name a row or column. */
export const LABEL_MAX = 40;

export const isBlank = (v: unknown): boolean => v === null || v === undefined || (typeof v === 'string' && v.trim() === '');

export function cellText(v: unknown): string {
  if (typeof v === 'string') return v.trim();
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : '';
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  return '';
}

/**
 * The day a user typed into a cell Sheets turned into a Date (midnight in the sheet's zone, so toISOString would show the day
 * before for Jakarta), as every date cell is read.
 */
function dateCellText(v: Date): string {
  const day = dateToDay(v);
  return day === undefined ? '' : isoDay(day);
}

/** A cell's value for a problem message: masked (a NIK typed anywhere never reaches a message whole) and short. */
export function shown(v: unknown): string {
  let s = v instanceof Date ? dateCellText(v) : cellText(v);
  s = maskDigitRuns(s);
  return s.length > 60 ? s.slice(0, 59) + '…' : s;
}

/** Header words per column; a header cell belongs to the column whose word comes first in it ("Reminders (days from the deadline)"). */
export const HEADER_WORDS: Record<Field, readonly string[]> = {
  kind: ['jenis', 'register', 'kind'],
  period: ['periode', 'period', 'siklus', 'frekuensi', 'frequency'],
  deadline: ['batas', 'deadline', 'tenggat', 'jatuhtempo', 'due'],
  steps: ['pengingat', 'reminder', 'langkah', 'step'],
  escalate: ['tembusan', 'tkpp', 'eskalasi', 'escalat', 'copy'],
  active: ['aktif', 'active', 'status'],
};

export function headerField(v: unknown): Field | undefined {
  const raw = cellText(v);
  if (raw === '' || raw.length > LABEL_MAX + 20) return undefined;
  const f = fold(raw);
  let best: Field | undefined;
  let at = Infinity;
  for (const field of FIELDS) {
    for (const word of HEADER_WORDS[field]) {
      const i = f.indexOf(word);
      if (i >= 0 && i < at) {
        at = i;
        best = field;
      }
    }
  }
  return best;
}

export const KIND_PREFIXES: readonly [string, RegisterKind][] = [
  ['penerima', 'beneficiary'],
  ['beneficiar', 'beneficiary'],
  ['bansos', 'beneficiary'],
  ['bantuan', 'beneficiary'],
  ['aidrecipient', 'beneficiary'],
  ['recipient', 'beneficiary'],
  ['program', 'program'],
  ['kegiatan', 'program'],
  ['activit', 'program'],
  ['renja', 'program'],
];

export function kindOf(v: unknown): RegisterKind | undefined {
  const raw = cellText(v);
  if (raw === '' || raw.length > LABEL_MAX) return undefined;
  const f = fold(raw);
  for (const [prefix, kind] of KIND_PREFIXES) if (f.startsWith(prefix)) return kind;
  return undefined;
}

export const PERIOD_WORDS = new Map<string, PeriodKind>();
for (const w of ['bulanan', 'bulan', 'bln', 'sebulan', 'satubulan', '1bulan', 'sebulansekali', 'monthly', 'month', 'bulanansekali'])
  PERIOD_WORDS.set(w, 'monthly');
for (const w of [
  'triwulan',
  'triwulanan',
  'tw',
  'trimester',
  'kuartal',
  'kuartalan',
  'tigabulan',
  'tigabulanan',
  '3bulan',
  '3bulanan',
  'quarterly',
  'quarter',
  'q',
  'threemonths',
  '3months',
])
  PERIOD_WORDS.set(w, 'quarterly');

/** Leading words that do not change the meaning: "per bulan", "setiap triwulan", "every quarter", "hari Senin". */
export function stripPrefixes(f: string, prefixes: readonly string[]): string {
  for (let again = true; again;) {
    again = false;
    for (const p of prefixes)
      if (f.length > p.length && f.startsWith(p)) {
        f = f.slice(p.length);
        again = true;
      }
  }
  return f;
}

export function periodWord(v: unknown): PeriodKind | undefined {
  const f = fold(cellText(v));
  return PERIOD_WORDS.get(f) ?? PERIOD_WORDS.get(stripPrefixes(f, ['setiap', 'tiap', 'per', 'every', 'sekali']));
}

export const YESNO = new Map<string, boolean>();
for (const w of [...ENUMS.yesno.Y, 'aktif', 'active', 'on', 'nyala', 'ok', 'iyah']) YESNO.set(fold(w), true);
for (const w of [...ENUMS.yesno.N, 'nonaktif', 'tidakaktif', 'inactive', 'off', 'mati', 'tdk', 'gak', 'tak'])
  if (w !== '-') YESNO.set(fold(w), false);

export function yesNo(v: unknown): boolean | undefined {
  if (typeof v === 'boolean') return v;
  if (typeof v === 'number') return v === 1 ? true : v === 0 ? false : undefined;
  const s = cellText(v);
  if (s === '-' || s === '—' || s === '–') return false;
  return YESNO.get(fold(s));
}

export const WEEKDAYS = new Map<string, number>();
export const dayNames: [number, string[]][] = [
  [1, ['senin', 'sen', 'monday', 'mon']],
  [2, ['selasa', 'sel', 'tuesday', 'tue', 'tues']],
  [3, ['rabu', 'rab', 'wednesday', 'wed']],
  [4, ['kamis', 'kam', 'thursday', 'thu', 'thur', 'thurs']],
  [5, ['jumat', 'jum', 'jmt', 'friday', 'fri']],
  [6, ['sabtu', 'sab', 'saturday', 'sat']],
  [7, ['minggu', 'min', 'ahad', 'sunday', 'sun']],
  [0, ['tidakada', 'tidak', 'tanpa', 'tidakperlu', 'tidakusah', 'none', 'no', 'off', 'never', 'n', 'nonaktif', 'mati']],
];
for (const [n, names] of dayNames) for (const name of names) WEEKDAYS.set(name, n);

export function weekdayOf(v: unknown): number | undefined {
  if (typeof v === 'number') return Number.isInteger(v) && v >= 0 && v <= 7 ? v : undefined;
  if (v === false) return 0;
  const s = cellText(v);
  if (s === '-' || s === '—' || s === '–') return 0;
  const f = fold(s);
  if (/^\d+$/.test(f)) return +f <= 7 ? +f : undefined;
  return WEEKDAYS.get(f) ?? WEEKDAYS.get(stripPrefixes(f, ['setiap', 'tiap', 'hari', 'every', 'on']));
}

/** Integer 0…DEADLINE_MAX, from 10, "10", "10 hari", "10 days". */
export function deadlineDaysOf(v: unknown): number | undefined {
  let n: number;
  if (typeof v === 'number') n = v;
  else {
    const m = /^\+?(\d{1,4})\s*(?:hari|hr|days?|d)?\.?$/i.exec(cellText(v));
    if (!m) return undefined;
    n = +m[1];
  }
  return Number.isInteger(n) && n >= 0 && n <= DEADLINE_MAX ? n : undefined;
}

export const isSpace = (c: number): boolean => c === 32 || c === 9 || c === 160;
export const isStepSep = (c: number): boolean => c === 44 || c === 59 || c === 124 || c === 10 || c === 13 || isSpace(c); // , ; | \n \r
export const isDigit = (c: number): boolean => c >= 48 && c <= 57;
/** "-", and the minus sign and en dash that word processors put in its place. */
export const isMinus = (c: number): boolean => c === 45 || c === 0x2212 || c === 0x2013;

/**
 * "-3, 0, +1, +7" / "H-3; H; H+1; H+7" / "-3 0 1 7" → [-3, 0, 1, 7] (sorted, each once); undefined when unreadable or empty.
 * Only the syntax is checked here: parseSchedule checks the range and the count.
 */
export function parseSteps(text: string): number[] | undefined {
  const s = typeof text === 'string' ? text : '';
  const out: number[] = [];
  const n = s.length;
  let i = 0;
  while (i < n) {
    let c = s.charCodeAt(i);
    if (isStepSep(c)) {
      i++;
      continue;
    }
    // "H-3" (Indonesian "hari H"), "D-3": the letter names the deadline day itself.
    const dayLetter = c === 72 || c === 104 || c === 68 || c === 100;
    if (dayLetter) {
      i++;
      while (i < n && isSpace(s.charCodeAt(i))) i++;
      c = s.charCodeAt(i);
    }
    let sign = 0;
    if (c === 43) sign = 1;
    else if (isMinus(c)) sign = -1;
    if (sign !== 0) {
      i++;
      while (i < n && isSpace(s.charCodeAt(i))) i++;
    }
    const start = i;
    while (i < n && isDigit(s.charCodeAt(i)) && i - start < 6) i++;
    if (i === start) {
      if (dayLetter && sign === 0 && (i === n || isStepSep(s.charCodeAt(i)))) {
        out.push(0);
        continue;
      }
      return undefined;
    }
    // "H3" could mean H-3 or H+3: refuse rather than guess.
    if (dayLetter && sign === 0) return undefined;
    if (i < n && !isStepSep(s.charCodeAt(i))) return undefined;
    const value = +s.slice(start, i);
    out.push(sign < 0 && value !== 0 ? -value : value);
  }
  if (out.length === 0) return undefined;
  out.sort((a, b) => a - b);
  return out.filter((v, k) => k === 0 || v !== out[k - 1]);
}

export function tkppLabel(f: string): boolean {
  if (f === 'tkpp' || f === 'timtkpp') return true;
  return f.includes('tkpp') && (f.includes('email') || f.includes('surel') || f.includes('alamat') || f.includes('address'));
}

/** What people write in the TKPP cell to say "no address yet". */
export const NO_ADDRESS = new Set(['-', 'tidakada', 'belumada', 'kosong', 'none', 'tidak', 'no']);

export const weeklyLabel = (f: string): boolean =>
  f.startsWith('ringkasan') || f.startsWith('rekap') || f.includes('mingguan') || f.startsWith('weekly') || f.startsWith('summary');
