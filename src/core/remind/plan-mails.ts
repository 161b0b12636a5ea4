// One mail per recipient address holding all its items, ordered most urgent first and cut to the day's mail quota.
import type { Day, Lang } from '../model/types';
import { composeReminder } from './compose';
import { wasSent, type LogIndex } from './plan-log';
import type { Routed } from './plan-items';
import type { PlannedMail, ReminderItem } from './types';

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

const itemOrder = (a: ReminderItem, b: ReminderItem): number =>
  b.daysLate - a.daysLate ||
  a.opd.localeCompare(b.opd, 'id') ||
  cmp(a.sourceId, b.sourceId) ||
  cmp(a.period.key, b.period.key) ||
  a.step - b.step;

/**
 * A mail to a TKPP address carries no copy to the TKPP: it already reaches them (a source without contacts at its escalation),
 * and copying each TKPP address on the others' mails would send the same escalation twice to everyone.
 */
function ccOf(to: string, items: readonly ReminderItem[], tkpp: readonly string[], ix: LogIndex): string[] {
  if (tkpp.includes(to)) return [];
  const escalating = items.filter((i) => i.escalate);
  if (escalating.length === 0) return [];
  return tkpp.filter((r) => escalating.some((i) => !wasSent(ix, i.key, r)));
}

/** The OPDs a mail speaks to, most urgent first (one contact may serve several agencies). */
function opdsOf(items: readonly ReminderItem[]): string {
  const opds: string[] = [];
  for (const i of items) if (!opds.includes(i.opd)) opds.push(i.opd);
  return opds.join(', ');
}

export function reminderMails(routed: readonly Routed[], tkpp: readonly string[], ix: LogIndex, lang: Lang, today: Day): PlannedMail[] {
  const byTo = new Map<string, ReminderItem[]>();
  for (const { to, item } of routed) {
    let items = byTo.get(to);
    if (!items) byTo.set(to, (items = []));
    if (!items.some((i) => i.key === item.key)) items.push(item);
  }
  const mails: PlannedMail[] = [];
  for (const [to, list] of byTo) {
    const items = [...list].sort(itemOrder);
    const opd = opdsOf(items);
    const cc = ccOf(to, items, tkpp, ix);
    // The mail says "TKPP receives this too" only when it really does (a copy, or the TKPP as the addressee).
    const escalated = items.some((i) => i.escalate) && (cc.length > 0 || tkpp.includes(to));
    const text = composeReminder({ lang, today, opd, items, escalated, toTkpp: tkpp.includes(to) });
    mails.push({ kind: 'reminder', to: [to], cc, items, keys: items.map((i) => i.key), cost: 1 + cc.length, ...text });
  }
  return mails.sort(mailOrder);
}

const maxLate = (m: PlannedMail): number => m.items.reduce((x, i) => Math.max(x, i.daysLate), -Infinity);
const totalErrors = (m: PlannedMail): number => m.items.reduce((x, i) => x + i.errors, 0);
const opdOf = (m: PlannedMail): string => opdsOf(m.items);

/** Most overdue first, then the most errors, then by OPD and address so that the order never depends on input order. */
export const mailOrder = (a: PlannedMail, b: PlannedMail): number =>
  maxLate(b) - maxLate(a) || totalErrors(b) - totalErrors(a) || opdOf(a).localeCompare(opdOf(b), 'id') || cmp(a.to[0] ?? '', b.to[0] ?? '');

/** The day's quota as a count: NaN or negative is none (better to defer than to have MailApp throw half-way). */
export const quotaOf = (quota: unknown): number =>
  typeof quota === 'number' && quota > 0 ? (quota === Infinity ? Infinity : Math.floor(quota)) : 0;

/** Takes mails in order while they fit; a later, cheaper mail may still fit after a dear one did not. */
export function fitQuota(mails: readonly PlannedMail[], remaining: number, send: PlannedMail[], deferred: PlannedMail[]): number {
  for (const m of mails) {
    if (m.cost <= remaining) {
      send.push(m);
      remaining -= m.cost;
    } else deferred.push(m);
  }
  return remaining;
}
