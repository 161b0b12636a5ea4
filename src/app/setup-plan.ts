// The setup plan of a register sheet, computed without Sheets: which headers, notes, formats and validations go where.
import type { Lang, RegisterKind } from '../core/model/types';
import { detectHeader, type HeaderResult, type StoredMapping } from '../core/parse/header';
import { cellText } from '../core/parse/header-cells';
import { FIELDS } from '../core/model/fields';
import { fieldSetup, newRegisterFields, SINERGI_MARK, TEXT_FORMAT, type SetupLists, type ValidationSpec } from './setup-columns';

type Grid = readonly (readonly unknown[])[];

export interface ColumnPlan {
  /** 0-based column. */
  index: number;
  field: string;
  format?: string;
  validation?: ValidationSpec;
}

/** Adjacent columns that get the same format (or the same validation), written with one range call. */
export interface Run<T> {
  /** 0-based first column. */
  start: number;
  count: number;
  value: T;
}

export interface NewRegisterPlan {
  kind: RegisterKind;
  headers: string[];
  notes: string[];
  widths: number[];
  columns: ColumnPlan[];
  formatRuns: Run<string>[];
  validationRuns: Run<ValidationSpec>[];
  /** What the header maps to, stored so that a renamed column keeps its field. */
  mapping: StoredMapping;
}

const sameSpec = (a: ValidationSpec, b: ValidationSpec): boolean => JSON.stringify(a) === JSON.stringify(b);

/** Groups columns with equal values into runs of adjacent columns. */
export function runsOf<T>(items: readonly { index: number; value: T | undefined }[], same: (a: T, b: T) => boolean): Run<T>[] {
  const out: Run<T>[] = [];
  for (const it of [...items].sort((a, b) => a.index - b.index)) {
    if (it.value === undefined) continue;
    const last = out[out.length - 1];
    if (last && last.start + last.count === it.index && same(last.value, it.value)) last.count++;
    else out.push({ start: it.index, count: 1, value: it.value });
  }
  return out;
}

export function planNewRegister(kind: RegisterKind, lang: Lang, lists: SetupLists): NewRegisterPlan {
  const setups = newRegisterFields(kind).map((d) => fieldSetup(lang, kind, d.id, lists)!);
  const headers = setups.map((s) => s.header);
  const header = detectHeader([headers], { kind });
  if (!header || Object.keys(header.fields).length !== setups.length) throw new Error(`setup: the ${kind} header does not map to itself`);
  const columns: ColumnPlan[] = setups.map((s, index) => {
    const c: ColumnPlan = { index, field: s.field };
    if (s.format) c.format = s.format;
    if (s.validation) c.validation = s.validation;
    return c;
  });
  return {
    kind,
    headers,
    notes: setups.map((s) => s.note),
    widths: setups.map((s) => s.width),
    columns,
    formatRuns: runsOf(
      columns.map((c) => ({ index: c.index, value: c.format })),
      (a, b) => a === b,
    ),
    validationRuns: runsOf(
      columns.map((c) => ({ index: c.index, value: c.validation })),
      sameSpec,
    ),
    mapping: header.mapping,
  };
}

export interface ExistingRegisterPlan {
  /** 1-based rows spanned by the header; notes are read and written over these rows. */
  headerRows: { first: number; last: number };
  /** 1-based first data row: formats and validations start here, never on the header or the title block. */
  dataFirstRow: number;
  /**
   * 1-based last row that gets formats and validations: the row before a block under the table (a signature, "Mengetahui",
   * a note), which is left as it is; null when nothing follows the table, so rows added later are covered to the sheet's end.
   */
  dataLastRow: number | null;
  columns: ColumnPlan[];
  /** Cells of NIK/KK columns that hold numbers: the user must retype them, Sinergi does not. */
  numericIds: number;
}

/** A date column whose cells hold "place, date" (TTL) gets no date validation: every cell would warn. */
const placeAndDate = (label: string): boolean => {
  const f = label.toLowerCase();
  return f.includes('tempat') || /\bttl\b/.test(f);
};

/**
 * Date and number rules only where the column's cells are dates or numbers already. Agencies type "17-08-1980" or "75%"
 * as text, which the engine reads well but Sheets' rule would mark on every cell: a warning the check contradicts.
 */
function keepsRule(spec: ValidationSpec, grid: Grid, dataStart: number, col: number, label: string): boolean {
  if (spec.kind === 'list') return true;
  if (spec.kind === 'date' && placeAndDate(label)) return false;
  for (let r = dataStart; r < grid.length; r++) {
    const v = grid[r]?.[col];
    if (typeof v === 'string' && v.trim() !== '') return false;
  }
  return true;
}

/** The engine's test for a register row: two filled mapped cells, or a filled NIK/KK/code cell. */
function isRegisterRow(row: readonly unknown[] | undefined, cols: readonly { index: number; id: boolean }[]): boolean {
  if (!row) return false;
  let filled = 0;
  for (const c of cols) {
    if (cellText(row[c.index]) === '') continue;
    if (c.id) return true;
    if (++filled >= 2) return true;
  }
  return false;
}

function isBlank(row: readonly unknown[] | undefined): boolean {
  if (!row) return true;
  for (const v of row) if (cellText(v) !== '') return false;
  return true;
}

export function planExistingRegister(grid: Grid, header: HeaderResult, lang: Lang, lists: SetupLists): ExistingRegisterPlan {
  const kind = header.kind;
  const defs = new Map(FIELDS[kind].map((d) => [d.id, d]));
  const mapped = Object.entries(header.fields).map(([field, index]) => ({ field, index, type: defs.get(field)?.type }));

  // Where the table ends: the last register row, then whatever follows it (a signature block) is not the table's.
  const keyCols = mapped.map((m) => ({ index: m.index, id: m.type === 'id16' || m.type === 'code' }));
  let lastRegisterRow = header.dataStart - 1;
  for (let r = header.dataStart; r < grid.length; r++) if (isRegisterRow(grid[r], keyCols)) lastRegisterRow = r;
  let footer = -1;
  for (let r = lastRegisterRow + 1; r < grid.length && footer < 0; r++) if (!isBlank(grid[r])) footer = r;
  const table = grid.slice(0, lastRegisterRow + 1);

  const labels = new Map(header.columns.map((c) => [c.index, c.label]));
  const columns: ColumnPlan[] = [];
  for (const { field, index } of mapped) {
    const s = fieldSetup(lang, kind, field, lists);
    if (!s) continue;
    const c: ColumnPlan = { index, field };
    // On a user's sheet only the text format: it changes no value and no display, it keeps future typing as text.
    if (s.format === TEXT_FORMAT) c.format = TEXT_FORMAT;
    if (s.validation && keepsRule(s.validation, table, header.dataStart, index, labels.get(index) ?? '')) c.validation = s.validation;
    columns.push(c);
  }
  columns.sort((a, b) => a.index - b.index);

  let numericIds = 0;
  const idCols = mapped.filter((m) => m.type === 'id16').map((m) => m.index);
  for (let r = header.dataStart; r <= lastRegisterRow; r++) {
    const row = grid[r];
    if (row) for (const i of idCols) if (typeof row[i] === 'number') numericIds++;
  }

  return {
    headerRows: { first: header.firstHeaderRow + 1, last: header.headerRow + 1 },
    dataFirstRow: header.dataStart + 1,
    // grid row `footer` (0-based) is sheet row footer + 1, so the row before it is `footer`.
    dataLastRow: footer < 0 ? null : footer,
    columns,
    numericIds,
  };
}

/**
 * The header notes after setup, over the header rows: each mapped column gets Sinergi's note on the lowest header cell
 * that shows text ("s.d. TW I" under a merged "Realisasi Keuangan"), unless that cell holds a note of the user's.
 */
export function mergeHeaderNotes(
  grid: Grid,
  header: HeaderResult,
  existing: readonly (readonly string[])[],
  lang: Lang,
  lists: SetupLists,
): { notes: string[][]; added: number; changed: boolean } {
  const notes = existing.map((row) => [...row]);
  let added = 0;
  let changed = false;
  for (const [field, index] of Object.entries(header.fields)) {
    const s = fieldSetup(lang, header.kind, field, lists);
    if (!s) continue;
    let r = header.headerRow;
    while (r > header.firstHeaderRow && cellText(grid[r]?.[index]) === '') r--;
    const row = notes[r - header.firstHeaderRow];
    if (!row || index >= row.length) continue;
    const had = row[index] ?? '';
    if (had !== '' && !had.startsWith(SINERGI_MARK)) continue;
    if (had === '') added++;
    if (had !== s.note) changed = true;
    row[index] = s.note;
  }
  return { notes, added, changed };
}
