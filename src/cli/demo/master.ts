// The demo's consolidated master (demo/out/master.xlsx), laid out like the add-on's, so reminders can be tried on it at once.
import { basename } from 'node:path';
import type { SourceEntry } from '../../app/consolidate';
import { sourcesTable } from '../../app/consolidate-finish';
import type { WorkbookPort } from '../../app/ports';
import { sourcesHeader, statusCellsOf } from '../../app/sources-sheet';
import { SYNC_SHEETS } from '../../app/sync-sheets';
import { t } from '../../core/i18n';
import type { Day, Lang } from '../../core/model/types';
import { referenceKindOf } from '../../core/ref/references';
import { jakartaDayOfIso, reportingPeriod } from '../../core/remind/calendar';
import { DEFAULT_SCHEDULE, SCHEDULE_SHEET, scheduleSheetRows } from '../../core/remind/schedule';
import { textColumns } from '../../core/sync/columns';
import type { SourceStatus } from '../../core/sync/state';
import { buildMaster, loadSources } from '../commands/consolidate';
import { writeWorkbookXlsx, type SheetSpec } from '../io/xlsx-write';
import type { DemoSet, DemoWorkbook } from './types';

/*
 * Everything below that is not read from the demo workbooks is synthetic, made up for the demo:
 * - the contact addresses live under `contoh.binjaikota.example`: `.example` is reserved (RFC 2606) and never delivers, so even
 *   a demo master uploaded to Sheets with reminders turned on mails nobody;
 * - the spreadsheet ids are "contoh-sinergi-demo-<file>", not Google ids (their links in the mails lead nowhere);
 * - the master was consolidated on the morning of the reminder day worth trying (DEMO_SYNCED_AT in commands/demo), so its
 *   statuses are fresh for that day's preview;
 * - the delivery history: every source changed once a month, the last week of the month or the first days of the next
 *   (deliveryHistory), except three that last changed in September 2025 (CHANGED_IN_SEPTEMBER) and so have not delivered
 *   for November;
 * - one more source, Perkim's RTLH list (NEVER_ARRIVED), was listed after the last consolidation and never read.
 */

export const DEMO_MAIL_DOMAIN = 'contoh.binjaikota.example';
export const DEMO_TKPP = `tkpp@${DEMO_MAIL_DOMAIN}`;

interface Opd {
  name: string;
  /** Mailbox and the contact-name cell ("Operator Dinsos": a role, never a person's name). */
  box: string;
  short: string;
}

const OPD = {
  dinsos: { name: 'Dinas Sosial', box: 'dinsos', short: 'Dinsos' },
  disdik: { name: 'Dinas Pendidikan', box: 'disdik', short: 'Disdik' },
  dinkes: { name: 'Dinas Kesehatan', box: 'dinkes', short: 'Dinkes' },
  dispar: { name: 'Dinas Pariwisata', box: 'dispar', short: 'Dispar' },
  pupr: { name: 'Dinas Pekerjaan Umum dan Penataan Ruang', box: 'pupr', short: 'PUPR' },
  perkim: { name: 'Dinas Perumahan dan Kawasan Permukiman', box: 'perkim', short: 'Perkim' },
} as const satisfies Record<string, Opd>;

/** The agency keeping each demo file (the signers and titles of the generated sheets say which). */
const OWNER: readonly (readonly [prefix: string, opd: Opd])[] = [
  ['penerima-pkh-', OPD.dinsos],
  ['penerima-sembako-', OPD.dinsos],
  ['peserta-pbi-jk-', OPD.dinsos],
  ['bst-', OPD.dinsos],
  ['rekap-pkh-bpnt-', OPD.dinsos],
  ['renja-dinas-sosial-', OPD.dinsos],
  ['penerima-pip-', OPD.disdik],
  ['renja-dinas-pendidikan-', OPD.disdik],
  ['renja-dinas-kesehatan-', OPD.dinkes],
  ['renja-dinas-pariwisata-', OPD.dispar],
  ['renja-dinas-pupr-', OPD.pupr],
];

/** Late for November 2025: their content was last seen changing in September (two agencies, so two mails show lateness). */
export const CHANGED_IN_SEPTEMBER: Readonly<Record<string, string>> = {
  'penerima-pip-2025.xlsx': '2025-09-08T02:15:00.000Z',
  'peserta-pbi-jk-2025.xlsx': '2025-09-15T03:40:00.000Z',
  'penerima-sembako-binjai-utara.xlsx': '2025-09-22T01:05:00.000Z',
};

/** Reports kept in a delivering source's history: August to November 2025 (months are 1-based). */
const DELIVERED_MONTHS = [8, 9, 10, 11] as const;
/**
 * Days after a month's end each delivering source's file changes (negative: within the month's last week), by its place in
 * the list. All within [-6, 5]: November's report lands between 24 November and 5 December, so it counts as delivered.
 */
const DELIVERY_OFFSETS = [-5, 2, -1, 4, -3, 1, 5, -6, 3, 0, -2, -4];
/** The hour the master's daily consolidation sees a change: 07:00 in Binjai. */
const SEEN_AT_UTC_HOUR = 0;

/**
 * A source's content changes, oldest first, none after `syncedAt` (a master cannot have seen a later one): a September source
 * changed in July, August and its September instant; any other once a month after each report of DELIVERED_MONTHS.
 */
export function deliveryHistory(file: string, place: number, syncedAt: string): string[] {
  const september = CHANGED_IN_SEPTEMBER[file];
  const out: string[] = [];
  if (september) {
    for (const back of [2, 1]) {
      const d = new Date(september);
      d.setUTCMonth(d.getUTCMonth() - back);
      out.push(d.toISOString());
    }
    out.push(september);
  } else {
    const offset = DELIVERY_OFFSETS[place % DELIVERY_OFFSETS.length];
    // Day 0 of the next month is the month's last day.
    for (const m of DELIVERED_MONTHS) out.push(new Date(Date.UTC(2025, m, offset, SEEN_AT_UTC_HOUR)).toISOString());
  }
  const until = Date.parse(syncedAt);
  return out.filter((iso) => Date.parse(iso) <= until);
}

/** Listed by the TKPP, never delivered: no workbook behind it, no status row. */
export const NEVER_ARRIVED = { file: 'penerima-rtlh-2025.xlsx', opd: OPD.perkim, kind: 'beneficiary' } as const;

const mailOf = (o: Opd): string => `operator.${o.box}@${DEMO_MAIL_DOMAIN}`;
/** A made-up spreadsheet id: letters, digits and dashes, long enough that the sources sheet reads it as an id. */
export const demoSheetId = (file: string): string => `contoh-sinergi-demo-${basename(file).replace(/\.xlsx$/i, '')}`;
const ownerOf = (file: string): Opd | undefined => OWNER.find(([prefix]) => file.startsWith(prefix))?.[1];

/** The reminder day worth trying on the demo: the deadline of the monthly period reported on the sync day (step 0). */
export function demoRemindDay(syncedAt: string): Day {
  const day = jakartaDayOfIso(syncedAt);
  if (day === undefined) throw new Error(`not an instant: ${syncedAt}`);
  return reportingPeriod(day, DEFAULT_SCHEDULE.kinds.beneficiary).deadline;
}

export interface DemoMasterOptions {
  lang: Lang;
  /** The day the consolidation checks the data as of (the demo's --today). */
  today: Day;
  /** ISO instant of the demo's consolidation run: every source's last sync; no change after it is kept. */
  syncedAt: string;
}

/** The reference workbook (DTKS, RPJMD, nomenclature) is no agency's register: the TKPP does not list it as a source. */
const isReferenceBook = (wb: DemoWorkbook): boolean => wb.sheets.every((s) => referenceKindOf(s.name) !== undefined);

/**
 * The master's sheets from the demo set and the paths writeDemo wrote it to (same order). Sources are read back from the
 * files, as the add-on reads the agencies' sheets; the reference workbook is not even loaded (it is the largest file).
 */
export async function demoMasterSheets(set: DemoSet, files: readonly string[], opts: DemoMasterOptions): Promise<SheetSpec[]> {
  const { lang } = opts;
  const loaded = await loadSources(
    files.filter((_, i) => !(set.workbooks[i] && isReferenceBook(set.workbooks[i]))),
    lang,
  );
  const byRef = new Map<string, WorkbookPort>();
  const entries: SourceEntry[] = [];
  const fileOf = new Map<string, string>();
  for (const s of loaded.sources) {
    const wb = loaded.workbooks.get(s.ref);
    const file = basename(s.ref);
    const ref = demoSheetId(file);
    const opd = ownerOf(file);
    if (wb) byRef.set(ref, wb);
    // The id the add-on gives a row of "Sumber Data" (app/sources-sheet parseSourcesSheet): spreadsheet id and kind.
    const id = `${ref}:${s.kind}`;
    fileOf.set(id, file);
    entries.push({
      id,
      opd: opd?.name ?? file,
      kind: s.kind,
      ref,
      ...(opd ? { contactName: `Operator ${opd.short}`, contactEmail: mailOf(opd) } : {}),
      active: true,
    });
  }
  const at = new Date(opts.syncedAt);
  const clock = { now: () => at, today: () => opts.today };
  const { result, master } = buildMaster(entries, byRef, { lang, today: opts.today, clock });

  const statuses: Record<string, SourceStatus> = {};
  entries.forEach((e, place) => {
    const st = result.statuses[e.id];
    if (!st) return;
    const changes = deliveryHistory(fileOf.get(e.id) ?? '', place, opts.syncedAt);
    // The history ends with the last change, as a real one does: the reminders read either. A run made before any of them
    // keeps what this one-off consolidation saw (the content first seen at the run).
    statuses[e.id] = changes.length > 0 ? { ...st, changedAt: changes[changes.length - 1], changes } : st;
  });

  const sourcesRows: unknown[][] = [sourcesHeader(lang)];
  const kindWord = (k: SourceEntry['kind']) => t(lang, `syncgas.kind.${k}`);
  for (const e of entries) {
    const st = statuses[e.id];
    // Without a status the cells stay empty: statusCellsOf would call the source inactive, and every demo source is active.
    const c = st ? statusCellsOf(0, st, lang) : undefined;
    sourcesRows.push([
      e.opd,
      kindWord(e.kind),
      e.ref,
      '',
      e.contactName ?? '',
      e.contactEmail ?? '',
      'Y',
      ...(c ? [c.syncedAt ?? '', c.status, c.rows, c.errors, c.warnings, c.digest] : ['', '', '', '', '', '']),
    ]);
  }
  const never = NEVER_ARRIVED.opd;
  sourcesRows.push([
    never.name,
    kindWord(NEVER_ARRIVED.kind),
    demoSheetId(NEVER_ARRIVED.file),
    '',
    `Operator ${never.short}`,
    mailOf(never),
    'Y',
  ]);

  const schedule = scheduleSheetRows(lang).map((r) => [...r]);
  const tkppRow = schedule.find((r) => r[0] === t(lang, 'remind.schedule.tkpp'));
  if (tkppRow) tkppRow[1] = DEMO_TKPP;

  const sheets: SheetSpec[] = [
    { name: SYNC_SHEETS.sources, rows: sourcesRows, textColumns: [2] },
    { name: SYNC_SHEETS.output.sources, rows: sourcesTable(entries, statuses, lang).rows as unknown[][] },
    { name: SYNC_SHEETS.output.findings, rows: master.outputs.get('findings')?.rows ?? [], textColumns: [1, 2, 4, 5, 7] },
  ];
  for (const kind of ['beneficiary', 'program'] as const) {
    const rows = master.readConsolidated(kind);
    if (rows.length > 1) sheets.push({ name: SYNC_SHEETS.consolidated[kind], rows, textColumns: textColumns(kind) });
  }
  sheets.push({ name: SCHEDULE_SHEET, rows: schedule });
  return sheets;
}

/** Writes the demo master to `path`; the demo workbooks are its inputs and are never overwritten. */
export async function writeDemoMaster(path: string, set: DemoSet, files: readonly string[], opts: DemoMasterOptions): Promise<void> {
  await writeWorkbookXlsx(path, await demoMasterSheets(set, files, opts), { inputs: files });
}
