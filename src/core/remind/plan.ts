// A day's reminder plan: which mails go, which wait for tomorrow's quota, what is skipped and why, and the rows to log.
import type { Day } from '../model/types';
import { isoWeekday, isoWeekKey } from './calendar';
import { composeWeekly } from './compose';
import { dayItems } from './plan-items';
import { isOwed, itemEntry, skipEntry, unpair, wasSent, WEEKLY_PREFIX, type LogIndex } from './plan-log';
import { fitQuota, quotaOf, reminderMails } from './plan-mails';
import { tkppOf } from './plan-sources';
import type { LogEntry, LogOutcome, LogReason, PlanInput, PlannedMail, ReminderPlan } from './types';
import { weeklySummary } from './weekly';

/**
 * Pure: the same input gives the same plan, and nothing in the input is changed. Reminders go first, most overdue first;
 * the weekly summary takes what quota is left.
 */
export function planReminders(input: PlanInput): ReminderPlan {
  const { today, schedule, lang } = input;
  const sources = Array.isArray(input.sources) ? input.sources : [];
  const log = Array.isArray(input.log) ? input.log : [];
  const tkpp = tkppOf(schedule);
  const { routed, skipped, index } = dayItems(today, sources, schedule, log, tkpp);
  const plan: ReminderPlan = { today, send: [], deferred: [], skipped, quota: quotaOf(input.quota) };
  const remaining = fitQuota(reminderMails(routed, tkpp, index, lang, today), plan.quota, plan.send, plan.deferred);
  const weekly = weeklyMail(input, tkpp, index, skipped);
  if (weekly) {
    plan.weekly = weekly.summary;
    fitQuota([weekly.mail], remaining, plan.send, plan.deferred);
  }
  return plan;
}

/** A summary owed from an earlier week is still worth sending this long after it was deferred (then the next one comes). */
const WEEKLY_CARRY_DAYS = 7;

/**
 * On the summary's weekday to every TKPP address not yet sent this week's; on other days only to those it is owed to (deferred
 * or failed earlier this week, or in an earlier week within WEEKLY_CARRY_DAYS). A summary owed from an earlier week goes with
 * today's content and settles both weeks' keys.
 */
function weeklyMail(input: PlanInput, tkpp: string[], ix: LogIndex, skipped: LogEntry[]) {
  if (tkpp.length === 0) return undefined;
  const { today, schedule } = input;
  const week = isoWeekKey(today);
  const key = WEEKLY_PREFIX + week;
  const onDay =
    Number.isInteger(schedule.weeklyDay) && schedule.weeklyDay >= 1 && schedule.weeklyDay <= 7 && isoWeekday(today) === schedule.weeklyDay;
  const older = new Map<string, string[]>();
  for (const [pair, day] of ix.owed) {
    const [k, r] = unpair(pair);
    if (!k.startsWith(WEEKLY_PREFIX) || k === key || day < today - WEEKLY_CARRY_DAYS || !tkpp.includes(r)) continue;
    const list = older.get(r);
    if (list) list.push(k);
    else older.set(r, [k]);
  }
  const to: string[] = [];
  const keys = new Set<string>();
  for (const r of tkpp) {
    if (wasSent(ix, key, r)) {
      if (onDay) skipEntry(ix, skipped, weeklyEntry(ix.today, key, r, 'skipped', 'already_sent', ''));
      continue;
    }
    const old = older.get(r) ?? [];
    if (!onDay && !isOwed(ix, key, r) && old.length === 0) continue;
    to.push(r);
    for (const k of old) keys.add(k);
  }
  if (to.length === 0) return undefined;
  const summary = weeklySummary(today, input.sources, schedule);
  const text = composeWeekly({ lang: input.lang, today, summary, master: input.master });
  const mailKeys = [...[...keys].sort(), key];
  const mail: PlannedMail = { kind: 'weekly', to, cc: [], items: [], keys: mailKeys, cost: to.length, ...text };
  return { summary, mail };
}

/** The log row of a weekly key for one recipient; its period is the week the key names. */
function weeklyEntry(day: Day, key: string, recipient: string, outcome: LogOutcome, reason: LogReason, subject: string): LogEntry {
  const week = key.startsWith(WEEKLY_PREFIX) ? key.slice(WEEKLY_PREFIX.length) : key;
  return { day, key, recipient, outcome, reason, sourceId: '', opd: '', periodKey: week, step: null, subject };
}

/** Log rows for mails: one per (key, recipient) of each mail (to and cc), with the outcome. */
export function logEntriesOf(mail: PlannedMail, day: Day, outcome: LogOutcome, reason: LogReason): LogEntry[] {
  const recipients = [...mail.to, ...mail.cc];
  const out: LogEntry[] = [];
  if (mail.kind === 'weekly') {
    for (const key of mail.keys)
      for (const recipient of recipients) out.push(weeklyEntry(day, key, recipient, outcome, reason, mail.subject));
    return out;
  }
  for (const item of mail.items)
    for (const recipient of recipients) out.push(itemEntry(item, day, recipient, outcome, reason, mail.subject));
  return out;
}
