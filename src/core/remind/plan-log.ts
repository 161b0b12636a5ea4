// What the reminder log already says, indexed for the plan: sent pairs, what is still owed, failures, the last run, today's skips.
import type { Day } from '../model/types';
import { maskDigitRuns } from '../text/mask';
import { isDay } from './lateness';
import type { LogEntry, LogOutcome, LogReason, ReminderItem } from './types';

const SEP = '\u0001';
export const pairKey = (key: string, recipient: string): string => key + SEP + recipient;

/** The weekly summary's log keys: this prefix and the ISO week (`weekly|2026-W50`); a reminder key never starts with it. */
export const WEEKLY_PREFIX = 'weekly|';

/** How many failed sends of one (key, recipient) are retried in all: a permanently bad address must not fill the log. */
export const MAX_FAILED = 3;

export interface LogIndex {
  today: Day;
  /** (key, recipient) pairs with a 'sent' row on any day. */
  sent: Set<string>;
  /**
   * (key, recipient) pairs still owed from an earlier day, with the latest such day: logged 'deferred' or 'failed' before today,
   * never 'sent', failed fewer than MAX_FAILED times.
   */
  owed: Map<string, Day>;
  /** 'failed' rows per (key, recipient), any day. */
  failed: Map<string, number>;
  /** (key, recipient, reason) of skip rows already written today, plus the ones this plan adds: a rerun adds none. */
  skippedToday: Set<string>;
  /** The latest log day before today (the last run), when there is one. */
  lastRunDay?: Day;
}

const norm = (recipient: unknown): string => (typeof recipient === 'string' ? recipient.trim().toLowerCase() : '');

export function indexLog(log: readonly LogEntry[], today: Day): LogIndex {
  const ix: LogIndex = { today, sent: new Set(), owed: new Map(), failed: new Map(), skippedToday: new Set() };
  if (!Array.isArray(log)) return ix;
  const carry = new Map<string, Day>();
  for (const e of log) {
    if (!e || typeof e.key !== 'string') continue;
    const pair = pairKey(e.key, norm(e.recipient));
    const earlier = isDay(e.day) && e.day < today;
    if (earlier && (ix.lastRunDay === undefined || e.day > ix.lastRunDay)) ix.lastRunDay = e.day;
    if (e.outcome === 'sent') ix.sent.add(pair);
    else if (e.outcome === 'failed') ix.failed.set(pair, (ix.failed.get(pair) ?? 0) + 1);
    else if (e.outcome === 'skipped' && e.day === today) ix.skippedToday.add(pair + SEP + e.reason);
    if (earlier && (e.outcome === 'deferred' || e.outcome === 'failed') && !(e.day <= (carry.get(pair) ?? -Infinity)))
      carry.set(pair, e.day);
  }
  for (const [pair, day] of carry) if (!ix.sent.has(pair) && (ix.failed.get(pair) ?? 0) < MAX_FAILED) ix.owed.set(pair, day);
  return ix;
}

/** Failed MAX_FAILED times already: not tried again, even when its step is due anew (a same-day rerun). */
export const gaveUp = (ix: LogIndex, key: string, recipient: string): boolean =>
  (ix.failed.get(pairKey(key, recipient)) ?? 0) >= MAX_FAILED;

/** The pair is owed from an earlier day (deferred or failed, within the retry limit, not sent since). */
export const isOwed = (ix: LogIndex, key: string, recipient: string): boolean => ix.owed.has(pairKey(key, recipient));

/** Splits a pair key back into key and recipient. */
export function unpair(pair: string): [key: string, recipient: string] {
  const i = pair.lastIndexOf(SEP);
  return [pair.slice(0, i), pair.slice(i + 1)];
}

/** The log row of one item for one recipient: the one shape every reminder row has. */
export function itemEntry(
  item: ReminderItem,
  day: Day,
  recipient: string,
  outcome: LogOutcome,
  reason: LogReason,
  subject: string,
): LogEntry {
  return {
    day,
    key: item.key,
    recipient,
    outcome,
    reason,
    sourceId: item.sourceId,
    opd: maskDigitRuns(item.opd),
    kind: item.kind,
    periodKey: item.period.key,
    step: item.step,
    subject,
  };
}

export const wasSent = (ix: LogIndex, key: string, recipient: string): boolean => ix.sent.has(pairKey(key, recipient));

/** A skip row, unless one for the same (key, recipient, reason) is already in today's log (or this plan). */
export function skipEntry(ix: LogIndex, out: LogEntry[], entry: LogEntry): void {
  const mark = pairKey(entry.key, entry.recipient) + SEP + entry.reason;
  if (ix.skippedToday.has(mark)) return;
  ix.skippedToday.add(mark);
  out.push(entry);
}

/** A skip row for an item (skipEntry). */
export const skipRow = (ix: LogIndex, out: LogEntry[], item: ReminderItem, recipient: string, reason: LogReason): void =>
  skipEntry(ix, out, itemEntry(item, ix.today, recipient, 'skipped', reason, ''));
