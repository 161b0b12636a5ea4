// The words of scheduled reminders: reminder mails, the TKPP's weekly summary, and the log's "keterangan" column.
import { t } from '../i18n';
import type { Lang } from '../model/types';
import type { LogOutcome, LogReason } from './types';

export { composeReminder, type ReminderMailInput } from './compose-reminder';
export { composeWeekly, type WeeklyMailInput } from './compose-weekly';

/** Short words for a log row: the reason when there is one ("kuota email harian habis…"), else the outcome ("terkirim"). */
export function reasonText(lang: Lang, outcome: LogOutcome, reason: LogReason): string {
  return reason ? t(lang, `remind.log.reason.${reason}`) : t(lang, `remind.log.outcome.${outcome}`);
}
