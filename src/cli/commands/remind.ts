// `sinergi remind --preview <master.xlsx>`: the plan the add-on's daily trigger would send on a day, printed, never sent.
import { previewReminders } from '../../app/remind';
import { readRemindSnapshot, type RemindSnapshot } from '../../app/remind-read';
import { t } from '../../core/i18n';
import { formatDayLong } from '../../core/i18n/format';
import type { Day, Lang } from '../../core/model/types';
import { reasonText } from '../../core/remind/compose';
import { SCHEDULE_SHEET } from '../../core/remind/schedule';
import type { LogEntry, PlannedMail, ReminderPlan } from '../../core/remind/types';
import { maskDigitRuns } from '../../core/text/mask';
import { loadWorkbook } from '../io/load';
import type { Io } from '../main';

/** MailApp's daily recipient limit for a consumer (gmail.com) account; a Workspace account has more, the trigger asks MailApp. */
export const DEFAULT_QUOTA = 100;

export interface RemindCliOptions {
  lang: Lang;
  today: Day;
  quota: number;
  format: 'text' | 'json';
}

const RULE = '─'.repeat(60);
const MAX_OPDS = 5;

function mailBlock(mail: PlannedMail, n: number, total: number, lang: Lang): string[] {
  const list = (xs: readonly string[]) => (xs.length > 0 ? xs.join(', ') : '-');
  return [
    RULE,
    t(lang, 'remindcli.mail', { n, total }),
    t(lang, 'remindcli.to', { list: list(mail.to) }),
    t(lang, 'remindcli.cc', { list: list(mail.cc) }),
    t(lang, 'remindcli.subject', { subject: mail.subject }),
    '',
    mail.text.replace(/\s+$/, ''),
    '',
  ];
}

/** Skipped log rows as one line per (outcome, reason): how many items, and which OPDs. */
function skippedLines(skipped: readonly LogEntry[], lang: Lang): string[] {
  const groups = new Map<string, { outcome: LogEntry['outcome']; reason: LogEntry['reason']; keys: Set<string>; opds: Set<string> }>();
  for (const e of skipped) {
    const id = `${e.outcome}|${e.reason}`;
    let g = groups.get(id);
    if (!g) groups.set(id, (g = { outcome: e.outcome, reason: e.reason, keys: new Set(), opds: new Set() }));
    g.keys.add(e.key);
    // Masked as in the mails: an OPD cell is free text, and a NIK typed into it must not reach the terminal whole.
    if (e.opd) g.opds.add(maskDigitRuns(e.opd));
  }
  const sorted = [...groups.values()].sort((a, b) => b.keys.size - a.keys.size || a.reason.localeCompare(b.reason));
  return sorted.map((g) => {
    const opds = [...g.opds].sort((a, b) => a.localeCompare(b, 'id'));
    const shown =
      opds.slice(0, MAX_OPDS).join(', ') + (opds.length > MAX_OPDS ? t(lang, 'remindcli.more', { count: opds.length - MAX_OPDS }) : '');
    return t(lang, opds.length > 0 ? 'remindcli.skipped_line' : 'remindcli.skipped_line_bare', {
      reason: reasonText(lang, g.outcome, g.reason),
      count: g.keys.size,
      opds: shown,
    });
  });
}

/** The plan in words: the mails in sending order, then the deferred ones, the skipped items by reason and the schedule's problems. */
export function planText(plan: ReminderPlan, snapshot: RemindSnapshot, lang: Lang): string {
  const used = plan.send.reduce((n, m) => n + m.cost, 0);
  const lines = [
    t(lang, 'remindcli.head', { master: snapshot.master.name, day: formatDayLong(plan.today, lang) }),
    t(lang, 'remindcli.quota', { quota: plan.quota, used, mails: plan.send.length }),
  ];
  if (snapshot.sources.length === 0) lines.push(t(lang, 'remindcli.no_sources'));
  lines.push('');
  if (plan.send.length === 0) lines.push(t(lang, 'remindcli.none'), '');
  plan.send.forEach((m, i) => lines.push(...mailBlock(m, i + 1, plan.send.length, lang)));
  if (plan.send.length > 0) lines.push(RULE, '');
  if (plan.deferred.length > 0) {
    lines.push(t(lang, 'remindcli.deferred', { count: plan.deferred.length }));
    for (const m of plan.deferred)
      lines.push(t(lang, 'remindcli.deferred_line', { to: m.to.join(', ') || '-', subject: m.subject, cost: m.cost }));
    lines.push('');
  }
  if (plan.skipped.length > 0) lines.push(t(lang, 'remindcli.skipped'), ...skippedLines(plan.skipped, lang), '');
  if (snapshot.scheduleProblems.length > 0) {
    lines.push(t(lang, 'remindcli.problems', { sheet: SCHEDULE_SHEET }));
    for (const p of snapshot.scheduleProblems)
      lines.push(t(lang, 'remindcli.problem_line', { row: p.row, message: t(lang, p.key, p.params) }));
    lines.push('');
  }
  return lines.join('\n');
}

/** Loads the master, plans the day as the trigger would, prints it. Exit 0; load errors throw InputError (exit 2 in main). */
export async function remindPreview(path: string, opts: RemindCliOptions, io: Io): Promise<number> {
  const wb = await loadWorkbook(path);
  const snapshot = readRemindSnapshot(wb);
  const plan = previewReminders(snapshot, opts.today, opts.quota, opts.lang);
  io.out(opts.format === 'json' ? JSON.stringify(plan, null, 2) + '\n' : planText(plan, snapshot, opts.lang));
  return 0;
}
