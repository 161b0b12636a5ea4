// Reporting periods, deadlines and reminder steps as Jakarta calendar days: pure day arithmetic, whatever the machine's zone.
import { dayOf, dayParts, monthNames } from '../i18n/format';
import type { Day, Lang } from '../model/types';
import type { DueStep, KindSchedule, Period, PeriodKind } from './types';

/** Asia/Jakarta is UTC+7 all year (no daylight saving since 1964); the app's clock (src/app/ports.ts) uses this one. */
export const JAKARTA_OFFSET_MINUTES = 420;

const pad2 = (n: number): string => (n < 10 ? '0' : '') + n;
const pad4 = (n: number): string => String(n).padStart(4, '0');

/** First day of month m (1-12, may run past 12 into the next year) of year y. */
const monthStart = (y: number, m: number): Day => (m > 12 ? dayOf(y + 1, m - 12, 1) : dayOf(y, m, 1)) as Day;

/** The period (calendar month, or quarter Jan-Mar … Oct-Dec) holding `day`. */
export function periodOf(kind: PeriodKind, day: Day): Period {
  const { y, m } = dayParts(day);
  if (kind === 'quarterly') {
    const q = Math.floor((m - 1) / 3) + 1;
    const first = 3 * q - 2;
    return { kind, key: `${pad4(y)}-Q${q}`, year: y, index: q, start: monthStart(y, first), end: monthStart(y, first + 3) - 1 };
  }
  return { kind: 'monthly', key: `${pad4(y)}-${pad2(m)}`, year: y, index: m, start: monthStart(y, m), end: monthStart(y, m + 1) - 1 };
}

export const previousPeriod = (p: Period): Period => periodOf(p.kind, p.start - 1);
export const nextPeriod = (p: Period): Period => periodOf(p.kind, p.end + 1);
export const deadlineOf = (p: Period, deadlineDays: number): Day => p.end + deadlineDays;

/**
 * Every (period, step) of this schedule falling on `today`, sorted by period then step. Each step names at most one period
 * (the one ending `deadlineDays` days before today - step), so large steps simply reach further back: with monthly periods and
 * a +45 step, the +45 of one month and an early step of the next can fall on the same day. Whether the kind is active is the
 * caller's business.
 */
export function dueSteps(today: Day, ks: KindSchedule): DueStep[] {
  const out: DueStep[] = [];
  const steps = ks.steps;
  let lastStep = -Infinity;
  for (let i = 0; i < steps.length; i++) if (steps[i] > lastStep) lastStep = steps[i];
  const seen = new Set<number>();
  for (let i = 0; i < steps.length; i++) {
    const step = steps[i];
    if (!Number.isInteger(step) || seen.has(step)) continue;
    seen.add(step);
    const end = today - step - ks.deadlineDays;
    const period = periodOf(ks.period, end);
    if (period.end !== end) continue;
    out.push({ period, deadline: deadlineOf(period, ks.deadlineDays), step, last: step === lastStep });
  }
  return out.sort((a, b) => a.period.start - b.period.start || a.step - b.step);
}

/** The latest period whose end < today (the one being reported on), with its deadline. */
export function reportingPeriod(today: Day, ks: KindSchedule): { period: Period; deadline: Day } {
  const period = previousPeriod(periodOf(ks.period, today));
  return { period, deadline: deadlineOf(period, ks.deadlineDays) };
}

/**
 * The latest period whose deadline is before today, with that deadline: the one whose non-deliverers are truly late. Steps back
 * from today's period; deadlines are at most a few months after the period, so this loops a handful of times.
 */
export function latestDuePeriod(today: Day, ks: KindSchedule): { period: Period; deadline: Day } {
  const days = Number.isInteger(ks.deadlineDays) && ks.deadlineDays >= 0 ? Math.min(ks.deadlineDays, 1000) : 0;
  let period = periodOf(ks.period, today);
  while (deadlineOf(period, days) >= today) period = previousPeriod(period);
  return { period, deadline: deadlineOf(period, days) };
}

const ROMAN = ['I', 'II', 'III', 'IV'];
const QUARTER_WORD: Record<Lang, string> = { id: 'Triwulan', en: 'Quarter' };

/** "November 2026" / "Triwulan IV 2026" (id), "November 2026" / "Quarter IV 2026" (en). */
export function periodLabel(p: Period, lang: Lang): string {
  if (p.kind === 'quarterly') return `${QUARTER_WORD[lang] ?? QUARTER_WORD.id} ${ROMAN[p.index - 1]} ${p.year}`;
  return `${monthNames(lang === 'en' ? 'en' : 'id')[p.index - 1]} ${p.year}`;
}

/** 1 Monday … 7 Sunday (1970-01-01, day 0, was a Thursday). */
export const isoWeekday = (day: Day): number => ((((day + 3) % 7) + 7) % 7) + 1;

/** "2026-W48": the ISO-8601 week-year is the year of the week's Thursday, so 1 Jan 2027 is in 2026-W53. */
export function isoWeekKey(day: Day): string {
  const thursday = day - isoWeekday(day) + 4;
  const y = dayParts(thursday).y;
  const week = Math.floor((thursday - (dayOf(y, 1, 1) as Day)) / 7) + 1;
  return `${pad4(y)}-W${pad2(week)}`;
}

/** "2026-11-28" for a Day (the log's date column, ISO so it sorts and parses back). */
export function isoDay(day: Day): string {
  const { y, m, d } = dayParts(day);
  return `${pad4(y)}-${pad2(m)}-${pad2(d)}`;
}

const DATE_ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const DATE_DMY = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;
// Date, time (minutes required, seconds and fraction optional), then Z, an offset, or nothing (a Jakarta wall-clock time).
const INSTANT = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(?:(Z)|([+-])(\d{2}):?(\d{2})?)?$/i;

/** "2026-11-28" (month and day may be one digit) → its Day; undefined for anything else or a date that does not exist. */
export function parseIsoDay(text: string): Day | undefined {
  const m = DATE_ISO.exec(typeof text === 'string' ? text.trim() : '');
  return m ? dayOf(+m[1], +m[2], +m[3]) : undefined;
}

/**
 * Jakarta day of an ISO instant ("2026-11-28T17:32:01.000Z", "…+07:00"), of a plain "2026-11-28" or "28/11/2026"; a date-time
 * without zone is taken as Jakarta wall-clock time. Undefined when unparseable or impossible (31/02, 25:00, offset past 18h).
 */
export function jakartaDayOfIso(text: string): Day | undefined {
  if (typeof text !== 'string') return undefined;
  const s = text.trim();
  const plain = parseIsoDay(s);
  if (plain !== undefined) return plain;
  const dmy = DATE_DMY.exec(s);
  if (dmy) return dayOf(+dmy[3], +dmy[2], +dmy[1]);
  const m = INSTANT.exec(s);
  if (!m) return undefined;
  const date = dayOf(+m[1], +m[2], +m[3]);
  const hh = +m[4];
  const mi = +m[5];
  const ss = m[6] === undefined ? 0 : +m[6];
  if (date === undefined || hh > 23 || mi > 59 || ss > 60) return undefined;
  if (!m[7] && !m[8]) return date;
  let offset = 0;
  if (m[8]) {
    const oh = +m[9];
    const om = m[10] === undefined ? 0 : +m[10];
    if (oh > 18 || om > 59) return undefined;
    offset = (m[8] === '-' ? -1 : 1) * (oh * 60 + om);
  }
  // Day boundaries fall on whole minutes in every zone, so the seconds never move the day.
  const utcMinutes = date * 1440 + hh * 60 + mi - offset;
  return Math.floor((utcMinutes + JAKARTA_OFFSET_MINUTES) / 1440);
}
