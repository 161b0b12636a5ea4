// Which (period, step) pairs a run owes: steps due today and on missed days since the last run, and whether statuses are fresh.
import type { Day } from '../model/types';
import { dueSteps } from './calendar';
import type { LogIndex } from './plan-log';
import type { DueStep, KindSchedule, RemindSource } from './types';

/** A run that did not happen is made up for this far back; older steps are left to the next ones. */
export const CATCH_UP_DAYS = 7;
/** Statuses older than this (days since the newest consolidation read) cannot tell who delivered. */
export const STALE_DAYS = 2;

/** A due step and the day it fell on (before today when a run was missed). */
export interface DueOn {
  due: DueStep;
  day: Day;
}

/**
 * The days this run plans: every day after the last run (the latest log day before today), at most CATCH_UP_DAYS back, and
 * today. An empty log, or one written only today, plans today alone: a first run does not mail a week of old steps.
 */
export function runDays(ix: LogIndex, today: Day): Day[] {
  const last = ix.lastRunDay;
  const from = last === undefined ? today : Math.max(last + 1, today - CATCH_UP_DAYS);
  const out: Day[] = [];
  for (let d = from; d <= today; d++) out.push(d);
  return out;
}

/**
 * The steps due on `days`, keeping per period only the latest step (an earlier one missed is superseded by it), sorted by
 * period then step.
 */
export function dueOnDays(days: readonly Day[], ks: KindSchedule): DueOn[] {
  const latest = new Map<string, DueOn>();
  for (const day of days)
    for (const due of dueSteps(day, ks)) {
      const had = latest.get(due.period.key);
      if (!had || due.step > had.due.step) latest.set(due.period.key, { due, day });
    }
  return [...latest.values()].sort((a, b) => a.due.period.start - b.due.period.start || a.due.step - b.due.step);
}

/**
 * The master's statuses are stale when no active source was read in the last STALE_DAYS days (consolidation stopped): then
 * nobody can be called late, since a delivery made since would not show.
 */
export function staleStatuses(today: Day, sources: readonly RemindSource[]): boolean {
  let newest = -Infinity;
  for (const s of sources)
    if (s && s.active && typeof s.lastSync === 'number' && Number.isFinite(s.lastSync) && s.lastSync > newest) newest = s.lastSync;
  return !(today - newest <= STALE_DAYS);
}
