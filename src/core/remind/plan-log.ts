// What the reminder log already says, indexed for the plan: sent pairs, earlier deferrals, and today's skip rows.
import type { Day } from '../model/types';
import { maskDigitRuns } from '../text/mask';
import type { LogEntry, LogOutcome, LogReason, ReminderItem } from './types';

const SEP = '\u0001';
export const pairKey = (key: string, recipient: string): string => key + SEP + recipient;

export interface LogIndex {
  today: Day;
  /** (key, recipient) pairs with a 'sent' row on any day. */
  sent: Set<string>;
  /** Keys with a 'sent' row for anyone. */
  sentKeys: Set<string>;
  /** (key, recipient) pairs logged 'deferred' on an earlier day. */
  deferred: Set<string>;
  /** (key, recipient, reason) of skip rows already written today, plus the ones this plan adds: a rerun adds none. */
  skippedToday: Set<string>;
}

const norm = (recipient: unknown): string => (typeof recipient === 'string' ? recipient.trim().toLowerCase() : '');

export function indexLog(log: readonly LogEntry[], today: Day): LogIndex {
  const ix: LogIndex = { today, sent: new Set(), sentKeys: new Set(), deferred: new Set(), skippedToday: new Set() };
  if (!Array.isArray(log)) return ix;
  for (const e of log) {
    if (!e || typeof e.key !== 'string') continue;
    const pair = pairKey(e.key, norm(e.recipient));
    if (e.outcome === 'sent') {
      ix.sent.add(pair);
      ix.sentKeys.add(e.key);
    } else if (e.outcome === 'deferred' && e.day < today) ix.deferred.add(pair);
    else if (e.outcome === 'skipped' && e.day === today) ix.skippedToday.add(pair + SEP + e.reason);
  }
  return ix;
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

/** A skip row for an item, unless an identical one is already in today's log (or this plan). */
export function skipRow(ix: LogIndex, out: LogEntry[], item: ReminderItem, recipient: string, reason: LogReason): void {
  const mark = pairKey(item.key, recipient) + SEP + reason;
  if (ix.skippedToday.has(mark)) return;
  ix.skippedToday.add(mark);
  out.push(itemEntry(item, ix.today, recipient, 'skipped', reason, ''));
}
