// The shapes of scheduled reminders: the schedule, the periods and steps, what is known of each source, the plan and its log.
import type { Day, Params, RegisterKind } from '../model/types';
import type { SourceState } from '../sync/state';

export type PeriodKind = 'monthly' | 'quarterly';

/** When one register kind reports and when its contacts are reminded. */
export interface KindSchedule {
  period: PeriodKind;
  /** The deadline, in days after the period's last day (10: a November report is due on 10 December). */
  deadlineDays: number;
  /** Reminder days relative to the deadline, ascending and unique (default -3, 0, 1, 7). */
  steps: number[];
  /** The last step is copied to the TKPP addresses. */
  escalateLast: boolean;
  /** Reminders for this kind are on. */
  active: boolean;
}

export interface Schedule {
  kinds: Record<RegisterKind, KindSchedule>;
  /** TKPP addresses: escalations and the weekly summary. */
  tkpp: string[];
  /** ISO weekday of the TKPP summary, 1 = Monday … 7 = Sunday; 0 = no summary. */
  weeklyDay: number;
}

/** A line of the schedule sheet that could not be read; the default stands in for it. */
export interface ScheduleProblem {
  /** 1-based sheet row. */
  row: number;
  /** Message key (remind area) and its parameters. */
  key: string;
  params: Params;
}

/** A reporting period as calendar days in Asia/Jakarta. */
export interface Period {
  kind: PeriodKind;
  /** "2026-11" or "2026-Q4": sorts as text, keys the log. */
  key: string;
  year: number;
  /** 1-12 for a month, 1-4 for a quarter. */
  index: number;
  start: Day;
  end: Day;
}

/** A reminder step falling on a given day. */
export interface DueStep {
  period: Period;
  deadline: Day;
  /** Days relative to the deadline (negative before it). */
  step: number;
  /** The schedule's last step (escalated to TKPP when the schedule says so). */
  last: boolean;
}

/** What the master knows of one source (a row of the sources sheet joined with its last consolidation status). */
export interface RemindSource {
  /** The consolidation source id (stable across re-sorting). */
  id: string;
  opd: string;
  kind: RegisterKind;
  /** Link to the agency's spreadsheet, when its reference is a Sheets id or URL. */
  link?: string;
  /** Valid contact addresses (one email per contact); addresses that are not emails are in badEmails. */
  emails: string[];
  badEmails: string[];
  active: boolean;
  /** Absent when the source was never consolidated. */
  state?: SourceState;
  /** Jakarta day of the last consolidation run that read (or tried to read) the source. */
  lastSync?: Day;
  /** Jakarta day the master first saw the source's current content (its last delivery). */
  lastChange?: Day;
  /** Jakarta days of the recent content changes the master saw (oldest first; at most a year's worth), when it kept them. */
  changeDays?: Day[];
  errors: number;
  warnings: number;
  /** Unresolved error findings by rule id, from the master's findings table. */
  errorsByRule: Record<string, number>;
}

/** Why a source is due a reminder for a period. */
export type LateReason = 'never_synced' | 'unreadable' | 'not_delivered';

/** One source's reminder for one (period, step). */
export interface ReminderItem {
  /** `${sourceId}|${period.key}|${step}`: the log's key, so one step of one period is sent once per recipient. */
  key: string;
  sourceId: string;
  opd: string;
  kind: RegisterKind;
  period: Period;
  deadline: Day;
  step: number;
  /** today - deadline: negative before the deadline, 0 on the day. */
  daysLate: number;
  /** Not delivered for the period (undefined: delivered). */
  late?: LateReason;
  errors: number;
  warnings: number;
  /** Error counts by rule, most first (ties by rule id). */
  errorsByRule: [rule: string, count: number][];
  lastSync?: Day;
  link?: string;
  /** Copy to TKPP (the schedule's last step). */
  escalate: boolean;
  /** Deferred on an earlier day for want of quota, sent now. */
  carried: boolean;
}

/** The TKPP's weekly summary: who is late, who holds errors, completeness per period. */
export interface WeeklySummary {
  /** ISO week key, "2026-W48". */
  week: string;
  late: { sourceId: string; opd: string; kind: RegisterKind; period: Period; deadline: Day; daysLate: number; reason: LateReason }[];
  faulty: { sourceId: string; opd: string; kind: RegisterKind; errors: number }[];
  /** Active sources whose contact cell holds no usable address. */
  noContact: { sourceId: string; opd: string; kind: RegisterKind }[];
  /** Active sources whose contact cell holds pieces that are not addresses (absent when none). */
  badContact?: number;
  completeness: { kind: RegisterKind; period: Period; deadline: Day; expected: number; delivered: number; onTime: number }[];
}

export interface MailText {
  subject: string;
  text: string;
  html: string;
}

/** One email: to one contact (all their due items), or the weekly summary to TKPP. */
export interface PlannedMail extends MailText {
  kind: 'reminder' | 'weekly';
  to: string[];
  cc: string[];
  /** The reminder items it carries (empty for the weekly summary). */
  items: ReminderItem[];
  /** Log keys it settles: the items' keys, or `weekly|${week}`. */
  keys: string[];
  /** Recipients it costs against MailApp's daily quota (to + cc). */
  cost: number;
}

export type LogOutcome = 'sent' | 'deferred' | 'skipped' | 'failed';

/** Why a mail was not sent (or '' when it was). */
export type LogReason =
  | ''
  | 'quota'
  | 'already_sent'
  | 'delivered'
  | 'no_contact'
  | 'bad_email'
  | 'inactive_kind'
  | 'send_failed'
  /** The master's statuses are too old to call anyone late: only error reminders go. */
  | 'stale_status';

/** One row of the reminder log: one key for one recipient on one day. */
export interface LogEntry {
  day: Day;
  key: string;
  recipient: string;
  outcome: LogOutcome;
  reason: LogReason;
  sourceId: string;
  opd: string;
  kind?: RegisterKind;
  periodKey: string;
  /** null for the weekly summary. */
  step: number | null;
  /** Mail subject, for the TKPP reading the log (no personal data by construction). */
  subject: string;
}

export interface PlanInput {
  today: Day;
  sources: readonly RemindSource[];
  schedule: Schedule;
  /** The reminder log as read back (any order). */
  log: readonly LogEntry[];
  /** Recipients MailApp may still send to today. */
  quota: number;
  lang: 'id' | 'en';
  /** Name of the master spreadsheet and its link, for the weekly summary. */
  master?: { name: string; link?: string };
}

/** Everything a day's run decides, before any mail goes: the preview shows `send`, the trigger sends it. */
export interface ReminderPlan {
  today: Day;
  /** In sending order (most overdue first), within the quota. */
  send: PlannedMail[];
  /** Over the quota: logged as deferred, planned again on the next run. */
  deferred: PlannedMail[];
  /** Log rows of what was decided not to send (delivered, already sent, no contact, …). */
  skipped: LogEntry[];
  weekly?: WeeklySummary;
  quota: number;
}
