// Whether a source has delivered for a period: the one late rule every reminder and the weekly summary share.
import type { Day } from '../model/types';
import type { LateReason, Period, RemindSource } from './types';

/** A day number as the reminders take one from a snapshot or log: any finite number. */
export const isDay = (d: unknown): d is Day => typeof d === 'number' && Number.isFinite(d);

/** How many of a period's last days already count as its delivery (agencies that upload on the 30th). */
export const EARLY_DAYS = 7;

/**
 * The first day a content change counts as delivering for `p`. Agencies report after a period ends, so a change early in the
 * period is the previous period's report; the period's last week counts for those who upload before it closes.
 */
export const deliveryOpens = (p: Period): Day => p.end - (EARLY_DAYS - 1);

/** The day the source last delivered: its last content change, else (never seen changing) its last read. */
export function deliveryDay(src: RemindSource): Day | undefined {
  if (isDay(src.lastChange)) return src.lastChange;
  if (isDay(src.lastSync)) return src.lastSync;
  return undefined;
}

/**
 * Whether the master saw a content change on a day in [from, to]: any of `changeDays` when the master kept them (lastChange
 * counted among them), else the single day of deliveryDay.
 */
export function changedBetween(src: RemindSource, from: Day, to: Day): boolean {
  const days = Array.isArray(src.changeDays) ? src.changeDays : undefined;
  if (days) {
    for (const d of days) if (isDay(d) && d >= from && d <= to) return true;
    if (isDay(src.lastChange)) return src.lastChange >= from && src.lastChange <= to;
    if (days.some(isDay)) return false;
  }
  const day = deliveryDay(src);
  return day !== undefined && day >= from && day <= to;
}

/**
 * Why `src` has not delivered for `period` as of `today`, or undefined when it has: delivered means a content change seen on a
 * day in [deliveryOpens(period), today]. A state this code does not know (a record from a newer version) is judged by its
 * dates alone rather than called unreadable.
 */
export function lateReason(src: RemindSource, period: Period, today: Day): LateReason | undefined {
  const state: string | undefined = src.state;
  if (!state) return 'never_synced';
  if (state === 'unreachable' || state === 'no_register') return 'unreadable';
  return changedBetween(src, deliveryOpens(period), today) ? undefined : 'not_delivered';
}

/** Delivered for `period` by its deadline (a later fix does not undo an earlier on-time change the master kept). */
export const onTimeFor = (src: RemindSource, period: Period, deadline: Day): boolean =>
  changedBetween(src, deliveryOpens(period), deadline);

/** A count as reminders use it: NaN, negative or missing counts are 0, fractions are dropped. */
export const countOf = (n: unknown): number => (typeof n === 'number' && n > 0 && n !== Infinity ? Math.floor(n) : 0);
