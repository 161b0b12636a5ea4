// The reminder log sheet: a fixed layout owned by Sinergi, written in the user's language, read back whatever language wrote it.
import { t } from '../core/i18n';
import type { Day, Lang } from '../core/model/types';
import { dateToDay } from '../core/parse/coerce-date';
import { isoDay, parseIsoDay } from '../core/remind/calendar';
import { reasonText } from '../core/remind/compose';
import { WEEKLY_PREFIX } from '../core/remind/plan-log';
import { formatSteps } from '../core/remind/schedule';
import type { LogEntry, LogOutcome, LogReason } from '../core/remind/types';
import { maskDigitRuns } from '../core/text/mask';
import { cellText, kindOfWords } from './sources-sheet';
import { SHEETS } from './sheets';
import { textCell } from './text-cell';

export const REMIND_LOG_SHEET = SHEETS.remindLog;

/**
 * Column order is the contract with every log already written: add columns only at the end. Outcome and reason are codes
 * (a log written in English parses back the same as one in Bahasa Indonesia); `words` says them for people.
 */
export const REMIND_LOG_COLUMNS = [
  'date',
  'time',
  'key',
  'source',
  'opd',
  'kind',
  'period',
  'step',
  'recipient',
  'outcome',
  'reason',
  'words',
  'subject',
] as const;

const C = Object.fromEntries(REMIND_LOG_COLUMNS.map((c, i) => [c, i])) as Record<(typeof REMIND_LOG_COLUMNS)[number], number>;

const OUTCOMES: ReadonlySet<string> = new Set<LogOutcome>(['sent', 'deferred', 'skipped', 'failed']);
const REASONS: ReadonlySet<string> = new Set<LogReason>([
  'quota',
  'already_sent',
  'delivered',
  'no_contact',
  'bad_email',
  'inactive_kind',
  'send_failed',
]);

/** Header words (catalogue `remind.log.h.<column>`). */
export function remindLogHeader(lang: Lang): string[] {
  return REMIND_LOG_COLUMNS.map((c) => t(lang, `remind.log.h.${c}`));
}

/**
 * One row per entry, every string as text. Free text is digit-masked; the recipient is not: it is the officer's own address
 * (already in the sources sheet) and must read back exactly, or a masked "081234567890@…" would be mailed again every day.
 * Keys hold source ids the snapshot has already masked (readRemindSnapshot), so masking them here changes nothing.
 */
export function remindLogRows(entries: readonly LogEntry[], lang: Lang, now: Date): (string | number | Date)[][] {
  const text = (s: string) => textCell(maskDigitRuns(s));
  return entries.map((e) => [
    textCell(isoDay(e.day)),
    now,
    text(e.key),
    text(e.sourceId),
    text(e.opd),
    e.kind ? textCell(t(lang, `sync.kind.${e.kind}`)) : '',
    text(e.periodKey),
    textCell(e.step === null ? '' : formatSteps([e.step])),
    textCell(e.recipient),
    textCell(e.outcome),
    textCell(e.reason),
    text(reasonText(lang, e.outcome, e.reason)),
    text(e.subject),
  ]);
}

/** The day text as written, or the Date Sheets may make of it: midnight in the spreadsheet's zone, read as every date cell is. */
function dayOfCell(v: unknown): Day | undefined {
  if (v instanceof Date) return dateToDay(v);
  if (typeof v === 'number') return undefined;
  return parseIsoDay(cellText(v));
}

const INTEGER = /^[+-]?\d{1,4}$/;

/** The step as text ('+1', '-3', '0') or the number Sheets made of it; null when empty or unreadable. */
function stepOf(v: unknown): number | null {
  if (typeof v === 'number') return Number.isInteger(v) ? v : null;
  const s = cellText(v);
  return INTEGER.test(s) ? Number(s) : null;
}

/** The log read back: rows that are not a log line (the header, blank or hand-typed rows) are skipped, never an exception. */
export function parseRemindLog(values: readonly (readonly unknown[])[]): LogEntry[] {
  const out: LogEntry[] = [];
  for (const line of values) {
    if (!Array.isArray(line)) continue;
    const outcome = cellText(line[C.outcome]).toLowerCase();
    if (!OUTCOMES.has(outcome)) continue;
    const key = cellText(line[C.key]);
    const day = dayOfCell(line[C.date]);
    if (key === '' || day === undefined) continue;
    const reasonCode = cellText(line[C.reason]).toLowerCase();
    const reason = (REASONS.has(reasonCode) ? reasonCode : '') as LogReason;
    const weekly = key.startsWith(WEEKLY_PREFIX);
    // A step cell someone retyped is read from the key, whose last part is the step.
    let step = weekly ? null : stepOf(line[C.step]);
    if (!weekly && step === null) step = stepOf(key.slice(key.lastIndexOf('|') + 1));
    const kind = kindOfWords(cellText(line[C.kind]));
    out.push({
      day,
      key,
      recipient: cellText(line[C.recipient]),
      outcome: outcome as LogOutcome,
      reason,
      sourceId: cellText(line[C.source]),
      opd: cellText(line[C.opd]),
      ...(kind ? { kind } : {}),
      periodKey: cellText(line[C.period]),
      step,
      subject: cellText(line[C.subject]),
    });
  }
  return out;
}
