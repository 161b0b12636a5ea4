// A run's reminder items per recipient: steps due today or on missed days, and earlier deferrals or failures still owed, with skip rows.
import type { Day } from '../model/types';
import { maskDigitRuns } from '../text/mask';
import { dueSteps } from './calendar';
import { countOf, lateReason } from './lateness';
import { dueOnDays, runDays, staleStatuses, type DueOn } from './plan-due';
import { gaveUp, indexLog, isOwed, skipRow, wasSent, type LogIndex } from './plan-log';
import { REMIND_KINDS, activeSchedule, contactsOf, sourcesOfKind, type Contacts } from './plan-sources';
import type { DueStep, KindSchedule, LogEntry, ReminderItem, RemindSource, Schedule } from './types';

/** How far back a deferred reminder is still worth sending: past a month it is noise, the next period's steps take over. */
export const CARRY_DAYS = 31;

export interface Routed {
  to: string;
  item: ReminderItem;
  /** Sent to the TKPP because the source has no usable contact (not because a contact happens to be a TKPP address). */
  viaTkpp: boolean;
}

export interface DayItems {
  routed: Routed[];
  skipped: LogEntry[];
  index: LogIndex;
}

const itemKey = (sourceId: string, periodKey: string, step: number): string => `${sourceId}|${periodKey}|${step}`;

function rulesOf(byRule: unknown): [string, number][] {
  if (!byRule || typeof byRule !== 'object') return [];
  const out: [string, number][] = [];
  for (const [rule, n] of Object.entries(byRule as Record<string, unknown>)) if (countOf(n) > 0) out.push([rule, countOf(n)]);
  return out.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}

function itemOf(today: Day, src: RemindSource, ks: KindSchedule, d: DueStep, carried: boolean): ReminderItem {
  const sourceId = String(src.id ?? '');
  const item: ReminderItem = {
    key: itemKey(sourceId, d.period.key, d.step),
    sourceId,
    opd: maskDigitRuns(String(src.opd ?? '')),
    kind: src.kind,
    period: d.period,
    deadline: d.deadline,
    step: d.step,
    daysLate: today - d.deadline,
    errors: countOf(src.errors),
    warnings: countOf(src.warnings),
    errorsByRule: rulesOf(src.errorsByRule),
    escalate: d.last && ks.escalateLast === true,
    carried,
  };
  const late = lateReason(src, d.period, today);
  if (late) item.late = late;
  if (typeof src.lastSync === 'number' && Number.isFinite(src.lastSync)) item.lastSync = src.lastSync;
  if (typeof src.link === 'string' && src.link) item.link = src.link;
  return item;
}

/** Steps are read from a sheet: keep whole numbers only, ascending and once, so odd cells cannot make the calendar misbehave. */
function cleanSchedule(ks: KindSchedule): KindSchedule {
  const raw = Array.isArray(ks.steps) ? ks.steps : [];
  const steps = [...new Set(raw.filter((s) => Number.isInteger(s)))].sort((a, b) => a - b);
  const deadlineDays = Number.isInteger(ks.deadlineDays) ? ks.deadlineDays : 0;
  return { ...ks, steps, deadlineDays };
}

/** Where an item goes: the source's contacts, or at escalation without any contact the TKPP itself (viaTkpp). */
function targetsOf(item: ReminderItem, contacts: Contacts, tkpp: readonly string[]): { to: string[]; viaTkpp: boolean } {
  if (contacts.valid.length > 0) return { to: contacts.valid, viaTkpp: false };
  return item.escalate ? { to: [...tkpp], viaTkpp: true } : { to: [], viaTkpp: false };
}

/** With stale statuses only what the master still knows goes: errors and unreadable sheets, not "you have not delivered". */
const staleLate = (item: ReminderItem): boolean => item.late === 'not_delivered' || item.late === 'never_synced';

export function dayItems(
  today: Day,
  sources: readonly RemindSource[],
  schedule: Schedule,
  log: readonly LogEntry[],
  tkpp: string[],
): DayItems {
  const ix = indexLog(log, today);
  const routed: Routed[] = [];
  const skipped: LogEntry[] = [];
  const all = Array.isArray(sources) ? sources : [];
  const stale = staleStatuses(today, all);
  const days = runDays(ix, today);
  for (const kind of REMIND_KINDS) {
    const active = activeSchedule(schedule, kind);
    if (!active) continue;
    const ks = cleanSchedule(active);
    const due = dueOnDays(days, ks);
    const past: DueStep[] = [];
    if (ix.owed.size > 0) for (let back = 1; back <= CARRY_DAYS; back++) past.push(...dueSteps(today - back, ks));
    for (const src of sourcesOfKind(all, kind)) {
      const contacts = contactsOf(src);
      for (const { due: d, day } of due) {
        const item = itemOf(today, src, ks, d, day < today);
        if (!item.late && item.errors === 0) {
          skipRow(ix, skipped, item, '', 'delivered');
          continue;
        }
        if (stale && staleLate(item)) {
          skipRow(ix, skipped, item, '', 'stale_status');
          continue;
        }
        // One row per key and no contact text: a bad piece may be a name or a phone number.
        if (contacts.invalid.length > 0) skipRow(ix, skipped, item, '', 'bad_email');
        const { to: targets, viaTkpp } = targetsOf(item, contacts, tkpp);
        if (targets.length === 0) skipRow(ix, skipped, item, '', 'no_contact');
        for (const to of targets) {
          if (wasSent(ix, item.key, to)) skipRow(ix, skipped, item, to, 'already_sent');
          else if (gaveUp(ix, item.key, to)) skipRow(ix, skipped, item, to, 'send_failed');
          else if (!(item.carried && laterSent(ix, item, ks, to))) routed.push({ to, item, viaTkpp });
        }
      }
      for (const d of past) {
        const item = itemOf(today, src, ks, d, true);
        if (!item.late && item.errors === 0) continue;
        if (stale && staleLate(item)) continue;
        const { to: targets, viaTkpp } = targetsOf(item, contacts, tkpp);
        for (const to of targets) {
          if (!isOwed(ix, item.key, to) || superseded(ix, item, ks, due, to)) continue;
          routed.push({ to, item, viaTkpp });
        }
      }
    }
  }
  return { routed, skipped, index: ix };
}

/** A later step of the same source and period already went to this recipient. */
function laterSent(ix: LogIndex, item: ReminderItem, ks: KindSchedule, to: string): boolean {
  for (const s of ks.steps) if (s > item.step && wasSent(ix, itemKey(item.sourceId, item.period.key, s), to)) return true;
  return false;
}

/**
 * An owed reminder is moot once a later step of the same source and period is due in this run, was sent to this recipient, or
 * is itself owed to them (the later, more urgent reminder carries instead).
 */
function superseded(ix: LogIndex, item: ReminderItem, ks: KindSchedule, due: readonly DueOn[], to: string): boolean {
  for (const s of ks.steps) {
    if (s <= item.step) continue;
    if (due.some((d) => d.due.period.key === item.period.key && d.due.step === s)) return true;
    const later = itemKey(item.sourceId, item.period.key, s);
    if (wasSent(ix, later, to) || isOwed(ix, later, to)) return true;
  }
  return false;
}
