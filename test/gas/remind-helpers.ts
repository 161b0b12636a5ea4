// Shared set-up of the reminder tests: a TKPP master built by a real consolidation in the fake, its schedule sheet, and readers of what went out.
import { t } from '../../src/core/i18n';
import { runConsolidateMenu } from '../../src/gas/commands/consolidate';
import { menuRemindersOn, runRemindersPreview } from '../../src/gas/commands/remind';
import { sinergiHourlyWith } from '../../src/gas/commands/scheduled';
import { SYNC_SHEETS } from '../../src/gas/sync-names';
import { createGasFake, type FakeSpreadsheet, type GasFake } from '../fakes/gas';
import { master, register } from './consolidate-helpers';

export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;
/** 1 December 2026, 08:00 WIB: the month's consolidation (it reads November's registers). */
export const CONSOLIDATED = new Date('2026-12-01T01:00:00Z');
/**
 * Sunday 6 December 2026, 08:00 WIB: the daily consolidation before the step day. It reads the registers again and finds
 * nothing changed, so the statuses are fresh (read the day before) while the delivery stays that of 1 December.
 */
export const REFRESHED = new Date('2026-12-06T01:00:00Z');
/** Monday 7 December 2026, 07:10 WIB: step -3 of November (deadline 10 December), and the weekly summary's day. */
export const STEP_DAY = new Date('2026-12-07T00:10:00Z');
export const TKPP = 'tkpp@binjaikota.go.id';
export const SCHEDULE = 'Jadwal Pengingat';
export const LOG = 'Sinergi Log Pengingat';

export const srcId = (n: number): string => `1SRC${String(n).padStart(2, '0')}remindxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx`;

/** OPD, contact name (never mailed), contact cell, and how its workbook fares. */
export const SOURCES: readonly { opd: string; contact: string; email: string; rows: number; deleted?: boolean }[] = [
  { opd: 'Dinas Sosial', contact: 'Budi Hartono', email: 'dinsos@binjaikota.go.id', rows: 40 },
  { opd: 'Kelurahan Tangsi', contact: 'Siti Aminah', email: 'tangsi@binjaikota.go.id; Operator <op.tangsi@binjaikota.go.id>', rows: 25 },
  { opd: 'Kelurahan Pahlawan', contact: 'Rudi Salim', email: 'pahlawan@binjaikota.go.id', rows: 12, deleted: true },
  { opd: 'Kelurahan Suka Maju', contact: 'Dewi Lestari', email: '', rows: 15 },
  { opd: 'Kelurahan Berngam', contact: 'Agus Purba', email: 'berngam(at)binjaikota', rows: 18 },
  // Shares the Dinas Sosial officer: both sources go in one mail.
  { opd: 'Dinas Pendidikan', contact: 'Budi Hartono', email: 'dinsos@binjaikota.go.id', rows: 22 },
];
/** Listed after the consolidation: never synced. */
export const LATE_ADDITION = { opd: 'Kelurahan Jati Utomo', contact: 'Rina Ginting', email: 'jatiutomo@binjaikota.go.id' };

const sourceRow = (s: { opd: string; contact: string; email: string }, n: number): unknown[] => [
  s.opd,
  'penerima',
  srcId(n),
  '',
  s.contact,
  s.email,
  'Y',
];

/** Every recipient name and NIK the registers hold, for the personal-data scan. */
export function registerPeople(): { names: Set<string>; niks: Set<string> } {
  const names = new Set<string>();
  const niks = new Set<string>();
  SOURCES.forEach((s, n) => {
    for (const row of register(n, s.rows).slice(4)) {
      names.add(String(row[3]));
      niks.add(String(row[1]));
      niks.add(String(row[2]));
    }
  });
  return { names, niks };
}

export interface World {
  fake: GasFake;
  ss: FakeSpreadsheet;
}

/**
 * A master consolidated on 1 December (its registers hold errors: every 10th kelurahan is misspelt) and again, finding no
 * change, on 6 December (so its statuses are fresh on the step day), one source deleted, one added afterwards (never synced), reminders turned on from the menu (which creates the schedule sheet), the TKPP address filled in.
 * `options.quota` is MailApp's remaining quota. The clock is left at STEP_DAY; the Ui is gone, as in a trigger.
 */
export function remindWorld(options: { quota?: number; consolidate?: boolean; tkpp?: boolean } = {}): World {
  const fake = createGasFake({ now: () => CONSOLIDATED, mailQuota: options.quota ?? 100 });
  fake.install();
  fake.clock.set(CONSOLIDATED);
  SOURCES.forEach((s, n) =>
    fake.createSpreadsheet(
      s.opd,
      { Penerima: register(n, s.rows) },
      { id: srcId(n), ...(s.deleted ? { openFailure: 'deleted' as const } : {}) },
    ),
  );
  const ss = master(fake, SOURCES.map(sourceRow));
  runConsolidateMenu({ now: () => fake.clock.now() });
  fake.clock.set(REFRESHED);
  runConsolidateMenu({ now: () => fake.clock.now() });
  fake.uncounted(() =>
    ss
      .getSheetByName(SYNC_SHEETS.sources)!
      .getRange(SOURCES.length + 2, 1, 1, 7)
      .setValues([sourceRow(LATE_ADDITION, SOURCES.length)]),
  );
  menuRemindersOn();
  if (options.tkpp !== false) setTkpp(fake, ss, TKPP);
  fake.ui.reset();
  fake.clock.set(STEP_DAY);
  return { fake, ss };
}

/** Writes the TKPP addresses beside their label in the schedule sheet, as the TKPP would. */
export function setTkpp(fake: GasFake, ss: FakeSpreadsheet, addresses: string): void {
  fake.uncounted(() => {
    const sheet = ss.getSheetByName(SCHEDULE)!;
    const values = sheet.getDataRange().getValues();
    const r = values.findIndex((row) => row[0] === t('id', 'remind.schedule.tkpp'));
    if (r < 0) throw new Error('no TKPP row in the schedule sheet');
    sheet.getRange(r + 1, 2).setValue(addresses);
  });
}

/** One firing of the trigger at the fake clock's now. */
export const fire = (fake: GasFake): string[] => sinergiHourlyWith({ now: () => fake.clock.now(), budgetMs: 0 });

export interface ShownMail {
  to: string;
  cc: string;
  subject: string;
  body: string;
}

const unescape = (s: string): string =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');

/** The mails a preview dialog lists, read back out of its HTML. */
export function shownMails(html: string): ShownMail[] {
  const out: ShownMail[] = [];
  const field = (section: string, tag: string, cls: string): string =>
    unescape(new RegExp(`<${tag} class="${cls}">([\\s\\S]*?)</${tag}>`).exec(section)?.[1] ?? '');
  for (const m of html.matchAll(/<section class="mail">([\s\S]*?)<\/section>/g))
    out.push({
      to: field(m[1], 'dd', 'to'),
      cc: field(m[1], 'dd', 'cc'),
      subject: field(m[1], 'dd', 'subject'),
      body: field(m[1], 'pre', 'text'),
    });
  return out;
}

/** Runs Pratinjau at `now` (with a Ui) and returns the mails it listed and the dialog's HTML. */
export function preview(world: World, now: Date): { mails: ShownMail[]; html: string } {
  const { fake } = world;
  const available = fake.ui.available;
  fake.ui.available = true;
  const before = fake.ui.dialogs.length;
  runRemindersPreview(now);
  fake.ui.available = available;
  const dialog = fake.ui.dialogs[before];
  if (!dialog) throw new Error(`no preview dialog; alerts: ${fake.ui.alerts.map((a) => a.prompt).join(' | ')}`);
  return { mails: shownMails(dialog.content), html: dialog.content };
}

/** What MailApp sent, in the preview's shape (MailApp joins addresses with commas; the preview with ", "). */
export const sentMails = (fake: GasFake, from = 0): ShownMail[] =>
  fake.mail.sent
    .slice(from)
    .map((m) => ({ to: m.to.split(',').join(', '), cc: m.cc.split(',').filter(Boolean).join(', '), subject: m.subject, body: m.body }));

export const sheetValues = (fake: GasFake, ss: FakeSpreadsheet, name: string): unknown[][] =>
  fake.uncounted(() => ss.getSheetByName(name)?.getDataRange().getValues() ?? []);
