// What a day's reminders know, read from the master in one pass: sources and their last consolidation, findings, schedule, log.
import { CATALOGUES, t } from '../core/i18n';
import type { Day, Lang, RegisterKind } from '../core/model/types';
import { dateToDay } from '../core/parse/coerce-date';
import { jakartaDayOfIso, parseIsoDay } from '../core/remind/calendar';
import { parseEmails } from '../core/remind/emails';
import { DEFAULT_SCHEDULE, parseSchedule, SCHEDULE_SHEET } from '../core/remind/schedule';
import type { LogEntry, RemindSource, Schedule, ScheduleProblem } from '../core/remind/types';
import type { SourceState } from '../core/sync/state';
import { fold } from '../core/text/fold';
import { maskDigitRuns } from '../core/text/mask';
import { jakartaDay, type WorkbookPort } from './ports';
import { parseRemindLog, REMIND_LOG_SHEET } from './remind-log';
import { cellText, kindOfWords, parseSourcesSheet, refShape, sheetsLinkOf, spreadsheetIdOf } from './sources-sheet';
import { SYNC_SHEETS } from './sync-sheets';

export interface RemindSnapshot {
  sources: RemindSource[];
  schedule: Schedule;
  scheduleProblems: ScheduleProblem[];
  log: LogEntry[];
  master: { name: string; link?: string };
}

/** The consolidation's status table: the add-on's name first, then the CLI master's in either language (sync.sheet.sources). */
export const STATUS_SHEETS: readonly string[] = [SYNC_SHEETS.output.sources, t('id', 'sync.sheet.sources'), t('en', 'sync.sheet.sources')];
/** The consolidation's findings table, named the same ways (sync.sheet.findings). */
export const FINDINGS_SHEETS: readonly string[] = [
  SYNC_SHEETS.output.findings,
  t('id', 'sync.sheet.findings'),
  t('en', 'sync.sheet.findings'),
];

const LANGS: readonly Lang[] = ['id', 'en'];
const STATUS_COLUMNS = [
  'id',
  'opd',
  'kind',
  'ref',
  'state',
  'rows',
  'errors',
  'warnings',
  'last_sync',
  'last_change',
  'changes',
  'contact',
] as const;
const FINDING_COLUMNS = ['severity', 'file', 'rule'] as const;
const STATES: readonly SourceState[] = ['ok', 'unreachable', 'no_register', 'errors'];
/** How many rows a header is looked for in: Sinergi writes it first, a person may have added a title above. */
const HEADER_SCAN = 5;

/** Folded words of a catalogue key in both languages → the value they stand for. */
function wordsOf<T>(entries: readonly (readonly [key: string, value: T])[]): Map<string, T> {
  const out = new Map<string, T>();
  for (const [key, value] of entries)
    for (const lang of LANGS) {
      const words = (CATALOGUES[lang] as Readonly<Record<string, string>>)[key];
      if (words) out.set(fold(words), value);
    }
  return out;
}

const STATUS_WORDS = wordsOf(STATUS_COLUMNS.map((c) => [`sync.sources.${c}`, c] as const));
const FINDING_WORDS = wordsOf(FINDING_COLUMNS.map((c) => [`sync.findings.${c}`, c] as const));
const STATE_WORDS = wordsOf(STATES.map((s) => [`sync.state.${s}`, s] as const));
for (const s of STATES) STATE_WORDS.set(fold(s), s);
const ERROR_WORDS = new Set([...wordsOf([['sync.severity.error', true] as const]).keys(), 'error']);

/** A count Sheets hands back as a number or as text; anything else is 0. */
function countOf(v: unknown): number {
  const n = typeof v === 'number' ? v : Number(cellText(v));
  return Number.isFinite(n) && n > 0 ? Math.floor(n) : 0;
}

/**
 * An instant written as ISO text, or the Date Sheets may have made of it: an instant, so its Jakarta day (dateToDay, made for
 * typed days, would move a whole-minute instant of the evening's last three hours to the next day).
 */
function dayOf(v: unknown): Day | undefined {
  if (v instanceof Date) return Number.isFinite(v.getTime()) ? jakartaDay(v) : undefined;
  const s = cellText(v);
  return s ? jakartaDayOfIso(s) : undefined;
}

/**
 * The change history cell: Jakarta days as "2026-10-08 2026-11-07" (sourcesTable writes them as text), or the one Date
 * Sheets may have made of a single day. Sorted, each day once; pieces that are no day are left out.
 */
function daysOf(v: unknown): Day[] {
  const out = new Set<Day>();
  if (v instanceof Date) {
    const d = dateToDay(v);
    if (d !== undefined) out.add(d);
  } else
    for (const piece of cellText(v).split(/[\s,;]+/)) {
      const d = piece ? parseIsoDay(piece) : undefined;
      if (d !== undefined) out.add(d);
    }
  return [...out].sort((a, b) => a - b);
}

/** The sheet's values when the workbook has it (Sheets matches names ignoring case); a host failure to read propagates. */
function valuesOf(wb: WorkbookPort, names: readonly string[], candidates: readonly string[]): unknown[][] | undefined {
  for (const want of candidates) {
    const found = names.find((n) => n.trim().toLowerCase() === want.toLowerCase());
    if (found !== undefined) return wb.readSheet(found).values;
  }
  return undefined;
}

/** The first row (of the first few) naming at least two known columns, with each column's index; undefined when none does. */
function headerOf<K extends string>(
  values: readonly (readonly unknown[])[],
  words: ReadonlyMap<string, K>,
): { row: number; cols: Partial<Record<K, number>> } | undefined {
  for (let r = 0; r < Math.min(HEADER_SCAN, values.length); r++) {
    const line = values[r];
    if (!Array.isArray(line)) continue;
    const cols: Partial<Record<K, number>> = {};
    let found = 0;
    for (let c = 0; c < line.length; c++) {
      const k = words.get(fold(cellText(line[c])));
      if (k !== undefined && cols[k] === undefined) {
        cols[k] = c;
        found++;
      }
    }
    if (found >= 2) return { row: r, cols };
  }
  return undefined;
}

interface StatusRow {
  id: string;
  opd: string;
  kind?: RegisterKind;
  ref: string;
  state?: SourceState;
  lastSync?: Day;
  lastChange?: Day;
  changeDays: Day[];
  errors: number;
  warnings: number;
  contact: string;
}

/**
 * A state in words of either language. Words this version does not know (a newer version's, or an edited cell) never make a
 * source unreadable or never-synced: a consolidated row is 'errors' when it counts errors, else 'ok'. Only a row with neither a
 * state nor anything in its last-sync cell was never consolidated.
 */
function stateOf(words: string, errors: number, synced: boolean): SourceState | undefined {
  const known = STATE_WORDS.get(fold(words));
  if (known) return known;
  if (words === '' && !synced) return undefined;
  return errors > 0 ? 'errors' : 'ok';
}

function readStatus(values: readonly (readonly unknown[])[] | undefined): StatusRow[] {
  const head = values ? headerOf(values, STATUS_WORDS) : undefined;
  if (!values || !head || head.cols.id === undefined) return [];
  const { cols } = head;
  const at = (line: readonly unknown[], k: (typeof STATUS_COLUMNS)[number]): unknown =>
    cols[k] === undefined ? undefined : line[cols[k]!];
  const out: StatusRow[] = [];
  for (let r = head.row + 1; r < values.length; r++) {
    const line = values[r];
    if (!Array.isArray(line)) continue;
    const id = cellText(at(line, 'id'));
    if (!id) continue;
    const errors = countOf(at(line, 'errors'));
    const lastSync = dayOf(at(line, 'last_sync'));
    const lastChange = dayOf(at(line, 'last_change'));
    const syncCell = at(line, 'last_sync');
    const state = stateOf(cellText(at(line, 'state')), errors, syncCell instanceof Date || cellText(syncCell) !== '');
    const kind = kindOfWords(cellText(at(line, 'kind')));
    out.push({
      id,
      opd: cellText(at(line, 'opd')),
      ...(kind ? { kind } : {}),
      ref: cellText(at(line, 'ref')),
      ...(state ? { state } : {}),
      ...(lastSync !== undefined ? { lastSync } : {}),
      ...(lastChange !== undefined ? { lastChange } : {}),
      changeDays: daysOf(at(line, 'changes')),
      errors,
      warnings: countOf(at(line, 'warnings')),
      contact: cellText(at(line, 'contact')),
    });
  }
  return out;
}

/** Error findings per source id and rule (file = the consolidation's source id). */
function readErrors(values: readonly (readonly unknown[])[] | undefined): Map<string, Record<string, number>> {
  const out = new Map<string, Record<string, number>>();
  const head = values ? headerOf(values, FINDING_WORDS) : undefined;
  if (!values || !head) return out;
  const { severity, file, rule } = head.cols;
  if (severity === undefined || file === undefined || rule === undefined) return out;
  for (let r = head.row + 1; r < values.length; r++) {
    const line = values[r];
    if (!Array.isArray(line) || !ERROR_WORDS.has(fold(cellText(line[severity])))) continue;
    const id = cellText(line[file]);
    const ruleId = cellText(line[rule]);
    if (!id || !ruleId) continue;
    let byRule = out.get(id);
    if (!byRule) out.set(id, (byRule = {}));
    byRule[ruleId] = (byRule[ruleId] ?? 0) + 1;
  }
  return out;
}

const sumOf = (byRule: Record<string, number> | undefined): number => (byRule ? Object.values(byRule).reduce((a, b) => a + b, 0) : 0);

interface Listed {
  id: string;
  opd: string;
  kind: RegisterKind;
  ref: string;
  contact: string;
  active: boolean;
}

/**
 * Source ids go out digit-masked: an id is part of every log key, and the log masks what it writes, so a key must already be
 * masked to read back equal (a file named after a NIK would otherwise be mailed daily). Bad addresses are masked for the same
 * reason; valid ones are left as they are, since they are mailed.
 */
function remindSource(src: Listed, st: StatusRow | undefined, errorsByRule: Record<string, number> | undefined): RemindSource {
  const { valid, invalid } = parseEmails(src.contact);
  const link = sheetsLinkOf(src.ref);
  return {
    id: maskDigitRuns(src.id),
    opd: src.opd,
    kind: src.kind,
    ...(link ? { link } : {}),
    emails: valid,
    badEmails: invalid.map(maskDigitRuns),
    active: src.active,
    ...(st?.state ? { state: st.state } : {}),
    ...(st?.lastSync !== undefined ? { lastSync: st.lastSync } : {}),
    ...(st?.lastChange !== undefined ? { lastChange: st.lastChange } : {}),
    ...(st && st.changeDays.length > 0 ? { changeDays: st.changeDays } : {}),
    // The status counts what the source's own sheets hold; the findings table adds the cross-register findings pinned on it.
    errors: Math.max(st?.errors ?? 0, sumOf(errorsByRule)),
    warnings: st?.warnings ?? 0,
    errorsByRule: { ...(errorsByRule ?? {}) },
  };
}

/**
 * The status row of a listed source: by id; else (its id changed since the last consolidation, e.g. the TKPP filled in the
 * sheet column) the first row for the same spreadsheet and kind that no listed source claims by id. Only a source with
 * neither was never consolidated: calling it so would mail a "never delivered" to an agency that did deliver.
 */
function statusOf(src: Listed, byId: ReadonlyMap<string, StatusRow>, unclaimed: readonly StatusRow[]): StatusRow | undefined {
  const exact = byId.get(src.id);
  if (exact) return exact;
  const ssId = spreadsheetIdOf(src.ref);
  return ssId === undefined ? undefined : unclaimed.find((st) => st.kind === src.kind && spreadsheetIdOf(st.ref) === ssId);
}

/**
 * One readSheet per sheet it needs; never throws on what a sheet holds (a missing column leaves that information out).
 * Sources: the TKPP's "Sumber Data" list when the master has one (add-on), joined with the status table (statusOf);
 * otherwise (a CLI master) the status table alone, every row of it active.
 */
export function readRemindSnapshot(wb: WorkbookPort): RemindSnapshot {
  const names = wb.sheetNames();
  const statusRows = readStatus(valuesOf(wb, names, STATUS_SHEETS));
  const errors = readErrors(valuesOf(wb, names, FINDINGS_SHEETS));
  const listValues = valuesOf(wb, names, [SYNC_SHEETS.sources]);
  const statusById = new Map(statusRows.map((s) => [s.id, s]));
  let listed: Listed[];
  if (listValues) {
    listed = parseSourcesSheet(listValues).sources.map((s) => ({
      id: s.id,
      opd: s.opd,
      kind: s.kind,
      ref: s.ref,
      contact: s.contactEmail ?? '',
      active: s.active,
    }));
  } else {
    listed = [];
    for (const s of statusRows)
      if (s.kind) listed.push({ id: s.id, opd: s.opd, kind: s.kind, ref: s.ref, contact: s.contact, active: true });
  }
  const listedIds = new Set(listed.map((s) => s.id));
  const unclaimed = statusRows.filter((st) => !listedIds.has(st.id));
  const sources = listed.map((s) => {
    const st = statusOf(s, statusById, unclaimed);
    // The findings name the source by the id it was consolidated under.
    return remindSource(s, st, errors.get(st?.id ?? s.id));
  });

  const scheduleValues = valuesOf(wb, names, [SCHEDULE_SHEET]);
  const { schedule, problems } = scheduleValues ? parseSchedule(scheduleValues) : { schedule: DEFAULT_SCHEDULE, problems: [] };
  const logValues = valuesOf(wb, names, [REMIND_LOG_SHEET]);
  const log = logValues ? parseRemindLog(logValues) : [];
  // A CLI master's id is a file path; only a spreadsheet id makes a link.
  const link = refShape(wb.id) === 'id' ? sheetsLinkOf(wb.id) : undefined;
  return {
    sources,
    schedule,
    scheduleProblems: problems,
    log,
    master: { name: wb.name, ...(link ? { link } : {}) },
  };
}
