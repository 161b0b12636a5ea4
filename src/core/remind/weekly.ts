// The TKPP's weekly summary: who has not delivered for the last closed period, who holds errors, who cannot be reached.
import type { Day } from '../model/types';
import { maskDigitRuns } from '../text/mask';
import { isoWeekKey, reportingPeriod } from './calendar';
import { countOf, deliveryDay, lateReason } from './lateness';
import { REMIND_KINDS, activeSchedule, contactsOf, sourcesOfKind } from './plan-sources';
import type { RemindSource, Schedule, WeeklySummary } from './types';

const byOpd = (a: { opd: string; sourceId: string }, b: { opd: string; sourceId: string }): number =>
  a.opd.localeCompare(b.opd, 'id') || (a.sourceId < b.sourceId ? -1 : a.sourceId > b.sourceId ? 1 : 0);

/**
 * Per active kind, the latest period already over (its deadline may still be ahead: daysLate is then negative, which tells the
 * TKPP who is still within time). Sources of inactive kinds are left out of every list: switching a kind off means the TKPP
 * does not chase it.
 */
export function weeklySummary(today: Day, sources: readonly RemindSource[], schedule: Schedule): WeeklySummary {
  const summary: WeeklySummary = { week: isoWeekKey(today), late: [], faulty: [], noContact: [], completeness: [] };
  const all = Array.isArray(sources) ? sources : [];
  for (const kind of REMIND_KINDS) {
    const ks = activeSchedule(schedule, kind);
    if (!ks) continue;
    const { period, deadline } = reportingPeriod(today, ks);
    let delivered = 0;
    let onTime = 0;
    const mine = sourcesOfKind(all, kind);
    for (const src of mine) {
      const opd = maskDigitRuns(String(src.opd ?? ''));
      const sourceId = maskDigitRuns(String(src.id ?? ''));
      const reason = lateReason(src, period);
      if (reason) summary.late.push({ sourceId, opd, kind, period, deadline, daysLate: today - deadline, reason });
      else {
        delivered++;
        if ((deliveryDay(src) as Day) <= deadline) onTime++;
      }
      const errors = countOf(src.errors);
      if (errors > 0) summary.faulty.push({ sourceId, opd, kind, errors });
      if (contactsOf(src).valid.length === 0) summary.noContact.push({ sourceId, opd, kind });
    }
    summary.completeness.push({ kind, period, deadline, expected: mine.length, delivered, onTime });
  }
  summary.late.sort((a, b) => b.daysLate - a.daysLate || byOpd(a, b));
  summary.faulty.sort((a, b) => b.errors - a.errors || byOpd(a, b));
  summary.noContact.sort(byOpd);
  return summary;
}
