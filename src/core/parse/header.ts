// Header detection and column mapping: finds the header row(s) of an agency sheet and maps its columns to a register's fields.
import { FIELDS } from '../model/fields';
import type { RegisterKind } from '../model/types';
import type { HeaderIssues } from '../rules/types';
import { isBlankRow } from './header-cells';
import { findHeader, isColumnNumberRow, readTop } from './header-find';
import type { HeaderColumn, MatchHow, Overrides, StoredMapping } from './mapping';
import { readEnum } from './coerce-enum';

export { StoredMappingSchema, type StoredMapping, type Overrides, type MatchHow } from './mapping';
export { matchExact, matchFuzzy, matchColumn, type LabelMatch } from './header-match';

export interface HeaderOptions {
  /** Forces the register kind; otherwise the kind whose fields the header matches best (or the stored mapping's kind). */
  kind?: RegisterKind;
  /** The mapping the user confirmed last time. */
  stored?: StoredMapping;
  /** field -> header text, or null to unmap: the user's word, above everything else. */
  overrides?: Overrides;
}

export interface HeaderColumnInfo {
  index: number;
  /** The combined header text as the user sees it, e.g. "Realisasi Keuangan s.d. TW I". */
  label: string;
  field?: string;
  how?: MatchHow;
}

export interface HeaderResult {
  kind: RegisterKind;
  /** 0-based index of the first header row in the grid. */
  firstHeaderRow: number;
  /** 0-based index of the last header row (== firstHeaderRow for a one-row header). */
  headerRow: number;
  /** 0-based index of the first data row (after a column-number row if present). */
  dataStart: number;
  /** Every non-empty header column. */
  columns: HeaderColumnInfo[];
  /** field id -> 0-based column index. */
  fields: Record<string, number>;
  issues: HeaderIssues;
  /** JSON-safe: a host stores it, a user may edit it, and it comes back as `options.stored`. */
  mapping: StoredMapping;
  /** Non-empty texts of the rows above the header (title block), for inferring programme, OPD and year. */
  context: { title: string[] };
  /** "Jenis Kelamin" over "L" | "P" sub-columns, ticked per row: the column of each letter (jenis_kelamin maps to one of them). */
  sexTicks?: { L: number; P: number };
}

/** The two columns of a "Jenis Kelamin" group split into ticked "L" and "P" sub-columns, when the sheet has that layout. */
function sexTicksOf(columns: readonly HeaderColumn[], ambiguous: HeaderIssues['ambiguous']): { L: number; P: number } | undefined {
  const a = ambiguous.find((x) => x.field === 'jenis_kelamin');
  if (!a || a.headers.length !== 2) return undefined;
  const out: Record<string, number> = {};
  for (const c of columns) {
    if (c.levels.length < 2 || !a.headers.includes(c.label)) continue;
    const r = readEnum('sex', c.levels[c.levels.length - 1]);
    if (r && 'value' in r) out[r.value] = c.index;
  }
  return out.L !== undefined && out.P !== undefined ? { L: out.L, P: out.P } : undefined;
}

/**
 * Finds the header in the first 10 rows (a header may span up to 3 rows below its first) and maps its columns.
 * Undefined when no row maps at least 2 fields including a required one: the sheet is not a register.
 * Reads at most the first 15 rows, whatever the grid's size.
 */
export function detectHeader(grid: readonly (readonly unknown[])[], options: HeaderOptions = {}): HeaderResult | undefined {
  const texts = readTop(grid);
  const stored = options.stored && (!options.kind || options.stored.kind === options.kind) ? options.stored : undefined;
  const kinds: RegisterKind[] = options.kind ? [options.kind] : stored ? [stored.kind] : ['beneficiary', 'program'];
  const best = findHeader(grid, texts, kinds, { stored, overrides: options.overrides });
  if (!best) return undefined;
  const { first, last, columns, assignment } = best;
  const kind = assignment.kind;

  // The column-number row sits right under the header, sometimes after a blank row.
  const lead = columns.length ? columns[0].index : 0;
  let dataStart = last + 1;
  if (isColumnNumberRow(grid[last + 1], lead, columns.length)) dataStart = last + 2;
  else if (isBlankRow(grid[last + 1]) && isColumnNumberRow(grid[last + 2], lead, columns.length)) dataStart = last + 3;

  const mapping: StoredMapping = { kind, headerRow: last + 1, fields: {} };
  const out: HeaderColumnInfo[] = [];
  for (const c of columns) {
    const m = assignment.byColumn.get(c.index);
    if (m) {
      out.push({ index: c.index, label: c.label, field: m.field, how: m.how });
      mapping.fields[m.field] = { header: c.label, index: c.index };
    } else out.push({ index: c.index, label: c.label });
  }
  const missing: string[] = [];
  for (const def of FIELDS[kind]) if (def.required && assignment.fields[def.id] === undefined) missing.push(def.id);
  const title: string[] = [];
  for (let r = 0; r < first; r++) for (const s of texts[r]) if (s !== '') title.push(s);

  // Ticked L | P sub-columns are one field read from two columns, not a choice for the user to settle.
  const sexTicks = kind === 'beneficiary' ? sexTicksOf(columns, assignment.ambiguous) : undefined;
  const ambiguous = sexTicks ? assignment.ambiguous.filter((x) => x.field !== 'jenis_kelamin') : assignment.ambiguous;
  const result: HeaderResult = {
    kind,
    firstHeaderRow: first,
    headerRow: last,
    dataStart,
    columns: out,
    fields: assignment.fields,
    issues: { missing, ambiguous },
    mapping,
    context: { title },
  };
  if (sexTicks) result.sexTicks = sexTicks;
  return result;
}
