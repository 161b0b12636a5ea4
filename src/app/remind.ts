// The reminders use-case both hosts call: plan the day from a snapshot, send within the quota, and say what to log.
import type { Day, Lang } from '../core/model/types';
import { logEntriesOf, planReminders } from '../core/remind/plan';
import type { LogEntry, PlannedMail, ReminderPlan } from '../core/remind/types';
import type { RemindSnapshot } from './remind-read';

export interface Mailer {
  /** Recipients the host may still mail today (its remaining daily mail quota). */
  remainingQuota(): number;
  /** Throws QuotaExceeded when the host says the day's quota is gone; any other error fails that one mail. */
  send(mail: { to: string[]; cc: string[]; subject: string; text: string; html: string }): void;
}

/** The host's adapter throws this when the mail service refuses for want of quota: the rest of the day's mails wait. */
export class QuotaExceeded extends Error {
  constructor(message = 'mail quota exceeded') {
    super(message);
    this.name = 'QuotaExceeded';
  }
}

/** Exactly what a run would send today with this quota, sending nothing. */
export function previewReminders(snapshot: RemindSnapshot, today: Day, quota: number, lang: Lang): ReminderPlan {
  return planReminders({
    today,
    sources: snapshot.sources,
    schedule: snapshot.schedule,
    log: snapshot.log,
    quota,
    lang,
    master: snapshot.master,
  });
}

export interface RemindRun {
  plan: ReminderPlan;
  /** Rows for the log, in a stable order: the planned mails in sending order as they fared, then the deferred, then the skipped. */
  log: LogEntry[];
  sent: number;
  deferred: number;
  failed: number;
}

/**
 * Sends the plan's mails in order. When the host runs out of quota mid-way (its count was stale, or another script sent
 * meanwhile), that mail and every later one are deferred to the next run; any other refusal fails that mail alone.
 */
export function runReminders(snapshot: RemindSnapshot, today: Day, mailer: Mailer, lang: Lang): RemindRun {
  const plan = previewReminders(snapshot, today, mailer.remainingQuota(), lang);
  const log: LogEntry[] = [];
  let sent = 0;
  let deferred = 0;
  let failed = 0;
  let quotaGone = false;
  const defer = (mail: PlannedMail) => {
    deferred++;
    log.push(...logEntriesOf(mail, today, 'deferred', 'quota'));
  };
  for (const mail of plan.send) {
    if (quotaGone) {
      defer(mail);
      continue;
    }
    try {
      mailer.send({ to: [...mail.to], cc: [...mail.cc], subject: mail.subject, text: mail.text, html: mail.html });
    } catch (e) {
      // By name too: a bundle that ends up with two copies of the class must still stop at the quota.
      if (e instanceof QuotaExceeded || (e instanceof Error && e.name === 'QuotaExceeded')) {
        quotaGone = true;
        defer(mail);
      } else {
        failed++;
        log.push(...logEntriesOf(mail, today, 'failed', 'send_failed'));
      }
      continue;
    }
    sent++;
    log.push(...logEntriesOf(mail, today, 'sent', ''));
  }
  for (const mail of plan.deferred) defer(mail);
  log.push(...plan.skipped);
  return { plan, log, sent, deferred, failed };
}
