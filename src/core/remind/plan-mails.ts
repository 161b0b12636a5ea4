// One mail per recipient address holding all its items, ordered most urgent first and cut to the day's mail quota.
import type { Day, Lang } from '../model/types';
import { composeReminder } from './compose';
import { pairKey, wasSent, type LogIndex } from './plan-log';
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
 * The TKPP copies of one mail: every TKPP address but the addressee, for escalating keys it has not received, neither on an
 * earlier day nor on an earlier mail of this plan (a source with two contacts copies the TKPP once). Marks what it copies.
 */
function ccOf(to: string, items: readonly ReminderItem[], tkpp: readonly string[], ix: LogIndex, copied: Set<string>): string[] {
  const escalating = items.filter((i) => i.escalate);
  if (escalating.length === 0) return [];
  const owed = (r: string) => escalating.some((i) => !wasSent(ix, i.key, r) && !copied.has(pairKey(i.key, r)));
  const cc = tkpp.filter((r) => r !== to && owed(r));
  for (const r of cc) for (const i of escalating) copied.add(pairKey(i.key, r));
  return cc;
}

/** The OPDs a mail speaks to, most urgent first (one contact may serve several agencies). */
function opdsOf(items: readonly ReminderItem[]): string {
  const opds: string[] = [];
  for (const i of items) if (!opds.includes(i.opd)) opds.push(i.opd);
  return opds.join(', ');
}

export function reminderMails(routed: readonly Routed[], tkpp: readonly string[], ix: LogIndex, lang: Lang, today: Day): PlannedMail[] {
  const byTo = new Map<string, { items: ReminderItem[]; via: ReminderItem[] }>();
  // What a TKPP address receives as the addressee it needs no copy of.
  const copied = new Set<string>();
  for (const { to, item, viaTkpp } of routed) {
    let group = byTo.get(to);
    if (!group) byTo.set(to, (group = { items: [], via: [] }));
    if (!group.items.some((i) => i.key === item.key)) group.items.push(item);
    if (viaTkpp && !group.via.some((i) => i.key === item.key)) group.via.push(item);
    if (tkpp.includes(to)) copied.add(pairKey(item.key, to));
  }
  // Ordered first, so that the most urgent mail is the one carrying a copy shared with another.
  const drafts = [...byTo].map(([to, g]) => ({ to, items: [...g.items].sort(itemOrder), via: g.via }));
  drafts.sort((a, b) => draftOrder(a.items, a.to, b.items, b.to));
  return drafts.map(({ to, items, via }) => {
    const cc = ccOf(to, items, tkpp, ix, copied);
    const toTkpp = via.length > 0;
    // The mail says "TKPP receives this too" only when it really does (a copy, or the TKPP as the addressee).
    const escalated = items.some((i) => i.escalate) && (cc.length > 0 || tkpp.includes(to));
    const opd = toTkpp ? opdsOf([...via].sort(itemOrder)) : opdsOf(items);
    const text = composeReminder({ lang, today, opd, items, escalated, toTkpp });
    const mail: PlannedMail = { kind: 'reminder', to: [to], cc, items, keys: items.map((i) => i.key), cost: 1 + cc.length, ...text };
    return mail;
  });
}

const maxLate = (items: readonly ReminderItem[]): number => items.reduce((x, i) => Math.max(x, i.daysLate), -Infinity);
const totalErrors = (items: readonly ReminderItem[]): number => items.reduce((x, i) => x + i.errors, 0);

function draftOrder(a: readonly ReminderItem[], aTo: string, b: readonly ReminderItem[], bTo: string): number {
  return maxLate(b) - maxLate(a) || totalErrors(b) - totalErrors(a) || opdsOf(a).localeCompare(opdsOf(b), 'id') || cmp(aTo, bTo);
}

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
