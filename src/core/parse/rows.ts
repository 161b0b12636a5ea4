// Turns the data rows of a mapped sheet into typed register rows, recording every unreadable cell as an issue.
import { fieldDef, type FieldDef } from '../model/fields';
import type { BeneficiaryRow, ProgramRow } from '../model/schemas';
import { BUILDER_FIELDS, beneficiaryRow, programRow } from './row-builders';
import type { Day, RegisterKind } from '../model/types';
import { parseCode } from '../ref/program-code';
import { maskDigitRuns } from '../text/mask';
import type { CellIssue } from '../rules/types';
import { isDashBlank, trimCell } from './coerce-cell';
import {
  INVALID,
  looksLikeFractionColumn,
  readDate,
  readEnum,
  readId,
  readInteger,
  readMoney,
  readNumber,
  readPercent,
  readPeriod,
  readText,
  readYear,
  shownValue,
} from './coerce';
import type { HeaderResult } from './header';

export interface RowsOptions {
  /** Minutes east of UTC of the host's Date objects (Sheets: the spreadsheet's zone, Asia/Jakarta = 420; exceljs: 0). */
  tzOffsetMinutes: number;
  today: Day;
  /** Number formats of the grid when the host has them (a '%' format marks a fraction column). */
  numberFormats?: readonly (readonly string[])[];
  /** Extra folded programme spellings -> canonical programme (configured programmes). */
  programAliases?: Readonly<Record<string, string>>;
  /** Values for fields that have no column (e.g. the programme named in the title block). */
  defaults?: Readonly<Record<string, string | number>>;
}

export interface ParsedRows<K extends RegisterKind> {
  rows: (K extends 'beneficiary' ? BeneficiaryRow : ProgramRow)[];
  issues: CellIssue[];
}

interface Column {
  field: string;
  index: number;
  /** Position of the field in the row builder's value list. */
  slot: number;
  def: FieldDef;
  fraction: boolean;
}

/** The fields that say who a beneficiary row is about. */
const IDENTITY: ReadonlySet<string> = new Set(['nik', 'no_kk', 'nama']);

const SUBTOTAL = /^(sub ?)?(jumlah|total)\b/i;

function columnsOf(kind: RegisterKind, header: HeaderResult, grid: readonly (readonly unknown[])[], opts: RowsOptions): Column[] {
  const cols: Column[] = [];
  for (const [field, index] of Object.entries(header.fields)) {
    const def = fieldDef(kind, field);
    if (!def) continue;
    let fraction = false;
    if (def.type === 'percent') {
      const fmt = opts.numberFormats?.[header.dataStart]?.[index] ?? '';
      const sample: unknown[] = [];
      for (let r = header.dataStart; r < grid.length; r++) sample.push(grid[r]?.[index]);
      fraction = fmt.includes('%') || looksLikeFractionColumn(sample);
    }
    cols.push({ field, index, slot: BUILDER_FIELDS[kind].indexOf(field), def, fraction });
  }
  return cols;
}

/** Reads one cell as its field's type; undefined when empty; INVALID when unreadable (the caller records the issue). */
function readCell(col: Column, v: unknown, opts: RowsOptions): unknown {
  switch (col.def.type) {
    case 'id16':
      return readId(v);
    case 'text':
    case 'code':
      return readText(v);
    case 'date':
      return readDate(v, opts.tzOffsetMinutes, opts.today);
    case 'number':
      return readNumber(v);
    case 'money':
      return readMoney(v);
    case 'percent':
      return readPercent(v, col.fraction);
    case 'integer':
      return readInteger(v);
    case 'year':
      return readYear(v);
    case 'period':
      return readPeriod(v);
    case 'enum':
      return v;
  }
}

/** A cell of a ticked L | P sub-column holds a tick: anything but blank, a dash, 0, an unticked checkbox or a "no". */
function isTicked(v: unknown): boolean {
  if (isBlank(v) || v === false || v === 0) return false;
  if (typeof v === 'string' && isDashBlank(trimCell(v))) return false;
  // A tick mark ("√", "✓") folds to nothing: only an explicit "no" unticks.
  const got = readEnum('yesno', v);
  return !(got !== undefined && 'value' in got && got.value === 'N');
}

function isBlank(v: unknown): boolean {
  return v === '' || v === null || v === undefined || (typeof v === 'string' && v.trim() === '');
}

/** A total row ("JUMLAH", "TOTAL") repeats figures of other rows: it is not a register row. */
function isTotalRow(cols: readonly Column[], cells: readonly unknown[]): boolean {
  for (const c of cols) {
    const v = cells[c.index];
    if (c.def.type === 'text' && typeof v === 'string' && SUBTOTAL.test(v.trim())) return true;
  }
  return false;
}

export function parseRows<K extends RegisterKind>(
  kind: K,
  grid: readonly (readonly unknown[])[],
  header: HeaderResult,
  opts: RowsOptions,
): ParsedRows<K> {
  const cols = columnsOf(kind, header, grid, opts);
  const issues: CellIssue[] = [];
  const rows: (BeneficiaryRow | ProgramRow)[] = [];
  const defaults = Object.entries(opts.defaults ?? {}).filter(([f]) => !(f in header.fields));
  const keyIndex = header.fields[kind === 'program' ? 'kode' : 'nik'];
  const build = kind === 'program' ? programRow : beneficiaryRow;
  const slots = BUILDER_FIELDS[kind];
  const defaultSlots = defaults.map(([f, v]) => [slots.indexOf(f), v] as const).filter(([i]) => i >= 0);
  const values: unknown[] = new Array(slots.length);
  const keyCol = cols.find((c) => c.index === keyIndex);
  const canName = cols.some((c) => IDENTITY.has(c.field));
  const ticks = kind === 'beneficiary' ? header.sexTicks : undefined;
  // One pass per row: read every mapped cell, then decide whether the row is a register row at all. A data row has
  // two or more filled mapped cells, or one filled NIK/KK/code cell; this skips signature blocks, notes under the
  // table and spacer rows. A total row without a code or NIK is skipped too. A skipped row leaves no issues behind.
  for (let r = header.dataStart; r < grid.length; r++) {
    const cells = grid[r];
    if (!cells) continue;
    const sheetRow = r + 1;
    const issuesBefore = issues.length;
    let filled = 0;
    let idLike = false;
    let named = false;
    values.fill(undefined);
    for (const [i, v] of defaultSlots) values[i] = v;
    for (const col of cols) {
      let v = cells[col.index];
      // Ticked L | P sub-columns: the ticked column's letter is the value; both ticked is unreadable.
      if (ticks && col.field === 'jenis_kelamin') {
        const l = cells[ticks.L];
        const p = cells[ticks.P];
        const tl = isTicked(l);
        const tp = isTicked(p);
        if (tl && tp) v = `${shownValue(l)} / ${shownValue(p)}`;
        else if (tl || tp) v = tl ? 'L' : 'P';
        else continue;
      }
      if (isBlank(v)) continue;
      filled++;
      // Only an identifier makes a lone cell a register row: a signature line under the Misi column must not.
      if (col.def.type === 'id16' || col.field === 'kode') idLike = true;
      if (IDENTITY.has(col.field)) named = true;
      if (col.def.type === 'enum') {
        const got = readEnum(col.def.enum!, v, col.field === 'program' ? opts.programAliases : undefined);
        if (got === undefined) continue;
        if ('value' in got) values[col.slot] = got.value;
        else
          issues.push({
            row: sheetRow,
            field: col.field,
            problem: 'enum',
            shown: maskDigitRuns(shownValue(v)),
            ...(got.suggestion ? { suggestion: got.suggestion } : {}),
          });
        continue;
      }
      const got = readCell(col, v, opts);
      if (got === undefined) continue;
      if (got === INVALID) {
        issues.push({ row: sheetRow, field: col.field, problem: 'type', shown: maskDigitRuns(shownValue(v)) });
        continue;
      }
      values[col.slot] = got;
    }
    const keyBlank = keyCol !== undefined && isBlank(cells[keyCol.index]);
    // A template row pre-filled with kelurahan or programme but nobody in it yet is not a recipient (when the sheet can name one).
    const nobody = kind === 'beneficiary' && canName && !named;
    if (filled === 0 || (filled < 2 && !idLike) || nobody || (keyBlank && isTotalRow(cols, cells))) {
      issues.length = issuesBefore;
      continue;
    }
    const row = build(sheetRow, values);
    if ('level' in row && typeof row.kode === 'string') row.level = parseCode(row.kode)?.level;
    rows.push(row);
  }
  return { rows: rows as unknown as ParsedRows<K>['rows'], issues };
}
