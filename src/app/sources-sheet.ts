// The TKPP's sources sheet ("Sumber Data") read as plain values: a source list with stable ids, unusable rows as problems.
import { t } from '../core/i18n';
import { ENUMS } from '../core/model/enums';
import type { Lang, RegisterKind } from '../core/model/types';
import type { SourceStatus } from '../core/sync/state';
import { fold } from '../core/text/fold';
import type { SourceEntry } from './consolidate';

/** Columns A-G belong to the TKPP; Sinergi's status columns come after them. */
export const USER_COLUMNS = ['opd', 'kind', 'ref', 'sheet', 'contact_name', 'contact_email', 'active'] as const;
/** Columns H-M belong to Sinergi: what the last consolidation made of the row's source. */
export const STATUS_COLUMNS = ['last_sync', 'status', 'rows', 'errors', 'warnings', 'digest'] as const;

/** The header row, user columns then status columns, in the user's language. */
export const sourcesHeader = (lang: Lang): string[] => [...USER_COLUMNS, ...STATUS_COLUMNS].map((k) => t(lang, `syncgas.h.${k}`));

/** Why a source could not be opened: gone, not shared with the operator, or the URL/id is not a spreadsheet's. */
export type SourceFailure = 'deleted' | 'no_access' | 'bad_ref';

/** What the status columns of one row show. */
export interface SourceStatusCells {
  row: number;
  syncedAt: Date | null;
  /** Words for the Status column (see statusCellsOf). */
  status: string;
  rows: number | null;
  errors: number | null;
  warnings: number | null;
  digest: string;
}

/** The status columns for a source's stored status; an unreachable source says why when the opener told (reasonOf). */
export function statusCellsOf(row: number, st: SourceStatus | undefined, lang: Lang, reason?: SourceFailure): SourceStatusCells {
  if (!st) return { row, syncedAt: null, status: t(lang, 'syncgas.status.inactive'), rows: null, errors: null, warnings: null, digest: '' };
  const at = st.lastSync ? new Date(st.lastSync) : null;
  const status = st.state === 'unreachable' && reason ? t(lang, `syncgas.status.${reason}`) : t(lang, `sync.state.${st.state}`);
  return {
    row,
    syncedAt: at && !isNaN(at.getTime()) ? at : null,
    status,
    rows: st.rows,
    errors: st.errors,
    warnings: st.warnings,
    digest: st.digest,
  };
}

/** A consolidation source; its id is stable across re-sorting: spreadsheet id, kind (and sheet); `row:N` when the reference is unusable. */
export interface Source extends SourceEntry {
  /** 1-based sheet row. */
  row: number;
}

export interface SourceProblem {
  row: number;
  code: 'unknown_kind' | 'empty_ref' | 'bad_active' | 'duplicate';
  /** Message key in the syncgas area and its parameters. */
  key: string;
  params: Record<string, string | number>;
}

/** Drive ids are long runs of letters, digits, - and _; a shorter run is a typo or a sheet name pasted in the wrong column. */
const ID = /^[A-Za-z0-9_-]{25,}$/;
const SHEETS_URL = /^https?:\/\/docs\.google\.com\/spreadsheets\/(?:u\/\d+\/)?d\/[A-Za-z0-9_-]{25,}/i;

/** 'url' | 'id' for a reference Apps Script may open, undefined for one it cannot. */
export function refShape(ref: string): 'url' | 'id' | undefined {
  const s = ref.trim();
  if (SHEETS_URL.test(s)) return 'url';
  if (ID.test(s)) return 'id';
  return undefined;
}

/** The spreadsheet id inside a URL, or the id itself; undefined when the reference cannot be opened. */
export function spreadsheetIdOf(ref: string): string | undefined {
  const s = ref.trim();
  const shape = refShape(s);
  if (shape === 'id') return s;
  if (shape === 'url') return /\/d\/([A-Za-z0-9_-]+)/.exec(s)?.[1];
  return undefined;
}

/** The link a person clicks for a Sheets reference; undefined for file paths and unusable references. */
export function sheetsLinkOf(ref: string): string | undefined {
  const id = spreadsheetIdOf(ref);
  return id ? `https://docs.google.com/spreadsheets/d/${id}/edit` : undefined;
}

const KIND_WORDS: Record<string, RegisterKind> = {
  penerima: 'beneficiary',
  penerimabantuan: 'beneficiary',
  beneficiary: 'beneficiary',
  bansos: 'beneficiary',
  program: 'program',
  programkegiatan: 'program',
  kegiatan: 'program',
  programme: 'program',
  renja: 'program',
};

/** A register kind as the TKPP (or Sinergi, in either language) writes it; undefined when unknown. */
export const kindOfWords = (text: string): RegisterKind | undefined => KIND_WORDS[fold(text)];

const YESNO = new Map<string, boolean>();
for (const w of ENUMS.yesno.Y) YESNO.set(fold(w), true);
for (const w of ENUMS.yesno.N) YESNO.set(w === '-' ? '-' : fold(w), false);

/** A cell as trimmed text; a Date (which Sheets makes of anything that looks like one) is no text: ''. */
export const cellText = (v: unknown): string => (v === null || v === undefined || v instanceof Date ? '' : String(v).trim());

function activeOf(v: unknown): boolean | undefined {
  if (typeof v === 'boolean') return v;
  const s = cellText(v);
  if (s === '') return true;
  return YESNO.get(s === '-' ? '-' : fold(s));
}

/** The sheet's values (header row first, as getValues returns them); empty rows are skipped silently, never an exception. */
export function parseSourcesSheet(values: readonly (readonly unknown[])[]): { sources: Source[]; problems: SourceProblem[] } {
  const sources: Source[] = [];
  const problems: SourceProblem[] = [];
  const seen = new Map<string, number>();
  for (let r = 1; r < values.length; r++) {
    const line = values[r] ?? [];
    const cells = USER_COLUMNS.map((_, c) => cellText(line[c]));
    if (cells.every((c) => c === '') && typeof line[6] !== 'boolean') continue;
    const row = r + 1;
    const [opd, kindText, ref, sheetName, contactName, contactEmail] = cells;
    const problem = (code: SourceProblem['code'], params: Record<string, string | number> = {}) =>
      problems.push({ row, code, key: `syncgas.problem.${code}`, params: { row, ...params } });
    const kind = kindOfWords(kindText);
    if (!kind) {
      problem('unknown_kind', { value: kindText });
      continue;
    }
    if (ref === '') {
      problem('empty_ref');
      continue;
    }
    const active = activeOf(line[6]);
    if (active === undefined) {
      problem('bad_active', { value: cells[6] });
      continue;
    }
    const ssId = spreadsheetIdOf(ref);
    const id = ssId ? [ssId, kind, ...(sheetName ? [fold(sheetName)] : [])].join(':') : `row:${row}`;
    const other = seen.get(id);
    if (other !== undefined) {
      problem('duplicate', { other });
      continue;
    }
    seen.set(id, row);
    sources.push({
      id,
      opd,
      kind,
      ref,
      ...(sheetName ? { sheet: sheetName } : {}),
      ...(contactName ? { contactName } : {}),
      ...(contactEmail ? { contactEmail } : {}),
      active,
      row,
    });
  }
  return { sources, problems };
}
