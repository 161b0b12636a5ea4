// Whether a source has delivered for a period: the one late rule every reminder and the weekly summary share.
import type { Day } from '../model/types';
import type { LateReason, Period, RemindSource } from './types';

const isDay = (d: unknown): d is Day => typeof d === 'number' && Number.isFinite(d);

/** The day the source last delivered: its last content change, else (never seen changing) its last read. */
export function deliveryDay(src: RemindSource): Day | undefined {
  if (isDay(src.lastChange)) return src.lastChange;
  if (isDay(src.lastSync)) return src.lastSync;
  return undefined;
}

/**
 * Why `src` has not delivered for `period`, or undefined when it has. Any content change seen on or after the period's first
 * day counts as delivering for it: lenient on purpose, since a wrong "late" costs the agency's trust in every later mail.
 * A state this code does not know (a record from a newer version) is judged by its dates alone rather than called unreadable.
 */
export function lateReason(src: RemindSource, period: Period): LateReason | undefined {
  const state: string | undefined = src.state;
  if (!state) return 'never_synced';
  if (state === 'unreachable' || state === 'no_register') return 'unreadable';
  const day = deliveryDay(src);
  if (day === undefined || !(day >= period.start)) return 'not_delivered';
  return undefined;
}

/** A count as reminders use it: NaN, negative or missing counts are 0, fractions are dropped. */
export const countOf = (n: unknown): number => (typeof n === 'number' && n > 0 && n !== Infinity ? Math.floor(n) : 0);
