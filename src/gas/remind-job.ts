// The reminder job of sinergiHourly: once per Jakarta day from 07:00 WIB, plan from the master, send with MailApp, log, then mark the day.
import { jakartaDay } from '../app/ports';
import { QuotaExceeded, runReminders, type Mailer } from '../app/remind';
import { readRemindSnapshot } from '../app/remind-read';
import { t } from '../core/i18n';
import type { Lang } from '../core/model/types';
import type { ScheduleProblem } from '../core/remind/types';
import { CURSOR_KEY } from '../core/sync/state';
import { mailAppMailer } from './remind-mail';
import { appendRemindLog } from './remind-append';
import { MasterWorkbook } from './remind-workbook';
import { jakartaHour, REMIND_HOUR } from './schedule';
import { appendAudit } from './sync-audit';
import { SYNC_SHEETS } from './sync-names';
import type { Store } from './sync-ports';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** The Jakarta day the reminders last went out (or were decided) for this document. */
export const REMIND_DAY_KEY = 'schedule:remind:day';
/** The Jakarta day the schedule sheet's problems were last written to the audit log: once a day, not every firing. */
export const REMIND_PROBLEMS_DAY_KEY = 'schedule:remind:problems_day';
/** A consolidation still running at this hour no longer holds the reminders back: a late reminder beats none. */
export const REMIND_LATEST_HOUR = 12;
/**
 * Sending stops after this long (MailApp takes about a second a mail) and the rest is deferred to the next day: an
 * execution killed at 6 minutes would lose the log of what went, and the next firing would send it again.
 */
export const SEND_BUDGET_MS = 240_000;

/** Past the budget the mailer answers as a spent quota does, so the use-case defers the rest and logs it. */
function budgeted(inner: Mailer, budgetMs: number): Mailer {
  const start = Date.now();
  return {
    remainingQuota: () => inner.remainingQuota(),
    send(mail) {
      if (Date.now() - start > budgetMs) throw new QuotaExceeded('time budget of the firing spent');
      inner.send(mail);
    },
  };
}

/**
 * Unreadable schedule lines run on defaults; nobody sees the menu's warning when the trigger sends, so the TKPP finds them
 * in the audit log, one row each, once a Jakarta day. Best effort: a failure to write them never holds the mail back.
 */
function reportScheduleProblems(
  ss: Spreadsheet,
  problems: readonly ScheduleProblem[],
  lang: Lang,
  now: Date,
  store: Store,
  today: string,
): void {
  if (problems.length === 0 || store.get(REMIND_PROBLEMS_DAY_KEY) === today) return;
  try {
    // appendAudit masks digit runs in every cell it writes.
    const rows = problems.map((p) => ({ action: 'remind_schedule', source: '', outcome: t(lang, p.key, { row: p.row, ...p.params }) }));
    appendAudit(ss, rows, lang, now);
    store.set(REMIND_PROBLEMS_DAY_KEY, today);
  } catch {
    // Tried again at the next run.
  }
}

/**
 * Returns a short code: 'idle' (done today), 'early' (before 07:00 WIB), 'waiting' (a consolidation is running),
 * 'no_sources' (nothing to remind about), or 'done'. Throws only what sinergiHourly records in the audit log.
 */
export function remindJob(ss: Spreadsheet, lang: Lang, now: Date, store: Store, waitForConsolidation: boolean): string {
  const today = String(jakartaDay(now));
  if (store.get(REMIND_DAY_KEY) === today) return 'idle';
  const hour = jakartaHour(now);
  if (hour < REMIND_HOUR) return 'early';
  if (waitForConsolidation && store.get(CURSOR_KEY) !== undefined && hour < REMIND_LATEST_HOUR) return 'waiting';
  if (!ss.getSheetByName(SYNC_SHEETS.sources)) return 'no_sources';
  const snapshot = readRemindSnapshot(new MasterWorkbook(ss));
  reportScheduleProblems(ss, snapshot.scheduleProblems, lang, now, store, today);
  const out = runReminders(snapshot, jakartaDay(now), budgeted(mailAppMailer, SEND_BUDGET_MS), lang);
  try {
    appendRemindLog(ss, out.log, lang, now);
  } catch (e) {
    // Mail already went: marking the day keeps the next firing from sending it twice; the failure reaches the audit log.
    if (out.sent > 0) store.set(REMIND_DAY_KEY, today);
    throw e;
  }
  store.set(REMIND_DAY_KEY, today);
  return 'done';
}
