// Today for the CLI: the calendar day in Asia/Jakarta, or the --today option (for reproducible runs).
import { jakartaDay } from '../app/ports';
import { dayOf } from '../core/i18n/format';
import type { Day } from '../core/model/types';

export function parseToday(value: string | undefined, now: Date = new Date()): Day | undefined {
  if (value === undefined) return jakartaDay(now);
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  return m ? dayOf(Number(m[1]), Number(m[2]), Number(m[3])) : undefined;
}
