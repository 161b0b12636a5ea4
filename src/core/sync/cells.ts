// Typed engine rows <-> plain cells of the consolidated register, an exact round trip so the cross checks can run on the master.
import type { IdValue } from '../model/schemas';
import type { Day, RegisterKind } from '../model/types';
import { parseCode } from '../ref/program-code';
import { consolidatedColumns, fieldCount } from './columns';

export type Cell = string | number | null;

/**
 * Dates are written as dd/mm/yyyy text, not Date values: a calendar day has no time zone, and a Date would show as the
 * day before or after depending on the host's zone (exceljs writes UTC, Sheets reads Asia/Jakarta).
 */
export function dayText(day: Day): string {
  const d = new Date(day * 86400000);
  const dd = d.getUTCDate();
  const mm = d.getUTCMonth() + 1;
  return (dd < 10 ? '0' : '') + dd + '/' + (mm < 10 ? '0' : '') + mm + '/' + String(d.getUTCFullYear()).padStart(4, '0');
}

export function textDay(s: string): Day | undefined {
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(s.trim());
  if (!m) return undefined;
  const ms = Date.UTC(Number(m[3]), Number(m[2]) - 1, Number(m[1]));
  return Math.round(ms / 86400000);
}

/**
 * A NIK or KK: its digits as text when they were read cleanly; with a leading '?' when the source cell held other
 * characters or a number too long to keep every digit, so the master never shows such a value as if it were sound and
 * the cross checks (which skip untrusted identifiers) still skip it. How it was typed (number or text) is not kept: the
 * source's own stored_as_number finding already says so.
 */
function idCell(v: IdValue): Cell {
  if (v.junk || !v.trusted) return '?' + v.digits;
  return v.digits === '' ? null : v.digits;
}

function cellId(s: string): IdValue {
  if (s.charCodeAt(0) === 63 /* ? */) return { digits: s.slice(1), junk: true, fromNumber: false, trusted: false };
  return { digits: s, junk: false, fromNumber: false, trusted: true };
}

/** The field cells of a typed row, in column order (provenance not included). */
export function encodeRow(kind: RegisterKind, row: Readonly<Record<string, unknown>>): Cell[] {
  const cols = consolidatedColumns(kind);
  const n = fieldCount(kind);
  const out: Cell[] = new Array<Cell>(n);
  for (let i = 0; i < n; i++) {
    const c = cols[i];
    const v = row[c.key];
    if (v === undefined || v === null || v === '') out[i] = null;
    else if (c.type === 'id16') out[i] = idCell(v as IdValue);
    else if (c.type === 'date') out[i] = typeof v === 'number' ? dayText(v) : String(v);
    else if (typeof v === 'number') out[i] = Number.isFinite(v) ? v : null;
    else out[i] = String(v);
  }
  return out;
}

const NUMERIC: ReadonlySet<string> = new Set(['number', 'money', 'percent', 'integer', 'year']);

/** The typed row back from field cells as a host reads them (a host may hand back numbers for text columns, Dates for days). */
export function decodeRow(kind: RegisterKind, cells: readonly unknown[], row: number): Record<string, unknown> {
  const cols = consolidatedColumns(kind);
  const n = fieldCount(kind);
  const out: Record<string, unknown> = { row };
  for (let i = 0; i < n; i++) {
    const c = cols[i];
    const v = cells[i];
    if (v === undefined || v === null || v === '') continue;
    if (c.type === 'id16') out[c.key] = cellId(typeof v === 'number' ? String(v) : String(v));
    else if (c.type === 'date') {
      const d = v instanceof Date ? Math.round(v.getTime() / 86400000) : textDay(String(v));
      if (d !== undefined) out[c.key] = d;
    } else if (NUMERIC.has(c.type)) {
      const x = typeof v === 'number' ? v : Number(v);
      if (Number.isFinite(x)) out[c.key] = x;
    } else out[c.key] = typeof v === 'string' ? v : String(v);
  }
  if (kind === 'program') out.level = typeof out.kode === 'string' ? parseCode(out.kode)?.level : undefined;
  return out;
}
