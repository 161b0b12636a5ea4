// Which sources and kinds a day's reminders look at, and their contact addresses, read defensively once for plan and summary.
import type { RegisterKind } from '../model/types';
import { parseEmails } from './emails';
import type { KindSchedule, RemindSource, Schedule } from './types';

/** Kinds in the order mails and summaries list them. */
export const REMIND_KINDS: readonly RegisterKind[] = ['beneficiary', 'program'];

/** The kind's schedule when its reminders are on (a schedule missing the kind counts as off). */
export function activeSchedule(schedule: Schedule, kind: RegisterKind): KindSchedule | undefined {
  const ks = schedule && schedule.kinds ? schedule.kinds[kind] : undefined;
  return ks && ks.active ? ks : undefined;
}

/** Active sources of a kind, in input order (a source of an unknown kind belongs to none). */
export const sourcesOfKind = (sources: readonly RemindSource[], kind: RegisterKind): RemindSource[] =>
  sources.filter((s) => s && s.active && s.kind === kind);

export interface Contacts {
  valid: string[];
  invalid: string[];
}

const texts = (list: unknown): string[] => (Array.isArray(list) ? list.filter((x): x is string => typeof x === 'string') : []);

/**
 * Re-reads the addresses through parseEmails so that a plan never mails a malformed or duplicate address, whoever filled the
 * source (lower-cased, each once, in the order given).
 */
function contactsOfTexts(good: string[], bad: string[]): Contacts {
  const valid: string[] = [];
  const invalid: string[] = [];
  for (const text of good) {
    const p = parseEmails(text);
    for (const v of p.valid) if (!valid.includes(v)) valid.push(v);
    for (const v of p.invalid) if (!invalid.includes(v)) invalid.push(v);
  }
  for (const text of bad) {
    const v = text.trim();
    if (v && !invalid.includes(v)) invalid.push(v);
  }
  return { valid, invalid };
}

export const contactsOf = (src: RemindSource): Contacts => contactsOfTexts(texts(src.emails), texts(src.badEmails));

/** The TKPP's valid addresses; bad ones were already reported as schedule problems when the sheet was read. */
export const tkppOf = (schedule: Schedule): string[] => contactsOfTexts(texts(schedule.tkpp), []).valid;
