// The TKPP's weekly summary: who has not delivered for the last period already due, who holds errors, who cannot be reached.
import type { Day } from '../model/types';
import { maskDigitRuns } from '../text/mask';
import { isoWeekKey, latestDuePeriod } from './calendar';
import { countOf, lateReason, onTimeFor } from './lateness';
import { REMIND_KINDS, activeSchedule, contactsOf, sourcesOfKind } from './plan-sources';
import type { RemindSource, Schedule, WeeklySummary } from './types';

const byOpd = (a: { opd: string; sourceId: string }, b: { opd: string; sourceId: string }): number =>
  a.opd.localeCompare(b.opd, 'id') || (a.sourceId < b.sourceId ? -1 : a.sourceId > b.sourceId ? 1 : 0);

/**
 * Per active kind, the latest period whose deadline is already past, so everyone listed as late really is (daysLate > 0). Sources of inactive kinds are left out of every list: switching a kind off means the TKPP
 * does not chase it.
 */
export function weeklySummary(today: Day, sources: readonly RemindSource[], schedule: Schedule): WeeklySummary {
  const summary: WeeklySummary = { week: isoWeekKey(today), late: [], faulty: [], noContact: [], completeness: [] };
  const all = Array.isArray(sources) ? sources : [];
  let badContact = 0;
  for (const kind of REMIND_KINDS) {
    const ks = activeSchedule(schedule, kind);
    if (!ks) continue;
    const { period, deadline } = latestDuePeriod(today, ks);
    let delivered = 0;
    let onTime = 0;
    const mine = sourcesOfKind(all, kind);
    for (const src of mine) {
      const opd = maskDigitRuns(String(src.opd ?? ''));
      const sourceId = maskDigitRuns(String(src.id ?? ''));
      const reason = lateReason(src, period, today);
      if (reason) summary.late.push({ sourceId, opd, kind, period, deadline, daysLate: today - deadline, reason });
      else {
        delivered++;
        if (onTimeFor(src, period, deadline)) onTime++;
      }
      const errors = countOf(src.errors);
      if (errors > 0) summary.faulty.push({ sourceId, opd, kind, errors });
      const contacts = contactsOf(src);
      if (contacts.valid.length === 0) summary.noContact.push({ sourceId, opd, kind });
      // The log no longer names unusable contact pieces (they may hold a name or a phone number): the TKPP learns the count here.
      if (contacts.invalid.length > 0) badContact++;
    }
    summary.completeness.push({ kind, period, deadline, expected: mine.length, delivered, onTime });
  }
  if (badContact > 0) summary.badContact = badContact;
  summary.late.sort((a, b) => b.daysLate - a.daysLate || byOpd(a, b));
  summary.faulty.sort((a, b) => b.errors - a.errors || byOpd(a, b));
  summary.noContact.sort(byOpd);
  return summary;
}
