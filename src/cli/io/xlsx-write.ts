// Writing new .xlsx files (reports, the consolidated master): streamed, to a temporary name then renamed, never over an input.
import ExcelJS from 'exceljs';
import { existsSync, renameSync, statSync, unlinkSync } from 'node:fs';
import { resolve } from 'node:path';
import { OutputError } from './errors';

/** Excel's limits: rows per sheet, characters per cell, characters per sheet name. */
export const MAX_ROWS = 1048576;
export const MAX_CELL_CHARS = 32767;
const MAX_SHEET_NAME = 31;

export type OutCell = string | number | boolean | Date | null | undefined;

/** A value exceljs writes as that value: strings stay strings (exceljs makes a formula only from { formula }), never longer than Excel allows. */
export function outValue(v: unknown): string | number | boolean | Date | null {
  if (v === null || v === undefined || v === '') return null;
  if (typeof v === 'string') return v.length > MAX_CELL_CHARS ? v.slice(0, MAX_CELL_CHARS - 1) + '…' : v;
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (typeof v === 'boolean') return v;
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? null : v;
  return outValue(String(v));
}

/** A sheet name Excel accepts, unique in `used` (case-insensitive, as Excel compares). */
export function sheetName(wanted: string, used: Set<string>): string {
  const base = (wanted.replace(/[[\]:*?/\\]/g, '_').replace(/^'+|'+$/g, '') || 'Sheet').slice(0, MAX_SHEET_NAME);
  let name = base;
  for (let n = 2; used.has(name.toLowerCase()); n++) {
    const suffix = ` (${n})`;
    name = base.slice(0, MAX_SHEET_NAME - suffix.length) + suffix;
  }
  used.add(name.toLowerCase());
  return name;
}

const shownLength = (v: unknown): number => {
  if (v === null || v === undefined) return 0;
  if (typeof v === 'string') {
    const nl = v.indexOf('\n');
    return nl < 0 ? v.length : nl;
  }
  if (typeof v === 'number') return String(v).length + Math.floor(String(Math.trunc(v)).length / 3);
  if (v instanceof Date) return 10;
  return String(v).length;
};

/** Column widths (Excel character units) from the longest shown value among the first rows, within [min, max]. */
export function columnWidths(rows: readonly (readonly unknown[])[], min = 8, max = 60, sample = 2000): number[] {
  const widths: number[] = [];
  const n = Math.min(rows.length, sample);
  for (let r = 0; r < n; r++) {
    const row = rows[r];
    for (let c = 0; c < row.length; c++) widths[c] = Math.max(widths[c] ?? min, Math.min(max, shownLength(row[c]) + 2));
  }
  for (let c = 0; c < widths.length; c++) widths[c] = widths[c] ?? min;
  return widths;
}

const sameFile = (a: string, b: string): boolean => {
  if (resolve(a) === resolve(b)) return true;
  try {
    const sa = statSync(a);
    const sb = statSync(b);
    return sa.dev === sb.dev && sa.ino === sb.ino;
  } catch {
    return false;
  }
};

/**
 * Writes through `write(tmpPath)` and renames over `path`, so a failure never leaves half a file; refuses to replace
 * any of `inputs` (same path, link or hard link), since original data is never modified.
 */
export async function writeAtomically(path: string, inputs: readonly string[], write: (tmp: string) => Promise<void>): Promise<void> {
  if (existsSync(path) && inputs.some((i) => sameFile(path, i))) throw new OutputError('overwrites_input', path, 'io.out_is_input');
  const tmp = `${path}.${process.pid}.tmp`;
  try {
    await write(tmp);
    renameSync(tmp, path);
  } catch (e) {
    try {
      unlinkSync(tmp);
    } catch {
      // nothing was written, or it is already gone
    }
    if (e instanceof OutputError) throw e;
    throw writeError(path, e);
  }
}

const WRITE_REASONS: Record<string, string> = {
  ENOENT: 'io.reason.no_folder',
  ENOTDIR: 'io.reason.no_folder',
  EACCES: 'io.reason.no_permission',
  EPERM: 'io.reason.no_permission',
  EROFS: 'io.reason.no_permission',
  EISDIR: 'io.reason.is_folder',
  EEXIST: 'io.reason.is_file',
};

/** A failed write in the user's language: the errno's text is English and names our temporary file. */
export function writeError(path: string, e: unknown): OutputError {
  const key = WRITE_REASONS[(e as NodeJS.ErrnoException).code ?? ''];
  return new OutputError('unwritable', path, 'io.out_unwritable', key ? { key } : (e as Error).message, { cause: e });
}

export const newWriter = (filename: string) =>
  new ExcelJS.stream.xlsx.WorkbookWriter({ filename, useStyles: true, useSharedStrings: true });

export interface SheetSpec {
  name: string;
  /** Header row first. */
  rows: unknown[][];
  /** 0-based columns written as text ('@'): identifiers such as NIK and KK keep every digit and leading zero. */
  textColumns?: number[];
}

const DATE_FORMAT = 'dd/mm/yyyy';
const DATE_TIME_FORMAT = 'dd/mm/yyyy hh:mm';
const isMidnight = (d: Date) => d.getTime() % 86400000 === 0;

/** Numbers in a text column as the digits people typed (no exponent, no grouping). */
const asText = (v: unknown): unknown =>
  typeof v === 'number' && Number.isFinite(v) ? (Number.isInteger(v) ? BigInt(v).toString() : String(v)) : v;

/**
 * A plain workbook of tables (the consolidated master): bold frozen header row with a filter, text columns formatted
 * '@' (new cells typed there stay text too), dates as dd/mm/yyyy (UTC instants, as read). `inputs` are never replaced.
 */
export async function writeWorkbookXlsx(
  path: string,
  sheets: readonly SheetSpec[],
  options: { inputs?: readonly string[] } = {},
): Promise<void> {
  await writeAtomically(path, options.inputs ?? [], async (tmp) => {
    const wb = newWriter(tmp);
    const used = new Set<string>();
    for (const spec of sheets) {
      const text = new Set(spec.textColumns ?? []);
      const rows = spec.rows.slice(0, MAX_ROWS);
      const ws = wb.addWorksheet(sheetName(spec.name, used), { views: rows.length > 0 ? [{ state: 'frozen', ySplit: 1 }] : [] });
      const widths = columnWidths(rows);
      ws.columns = widths.map((width, c) => (text.has(c) ? { width, style: { numFmt: '@' } } : { width }));
      rows.forEach((values, r) => {
        const row = ws.addRow(values.map((v, c) => outValue(r > 0 && text.has(c) ? asText(v) : v)));
        row.eachCell((cell, col) => {
          const v = cell.value;
          if (text.has(col - 1)) cell.numFmt = '@';
          else if (v instanceof Date) cell.numFmt = isMidnight(v) ? DATE_FORMAT : DATE_TIME_FORMAT;
        });
        if (r === 0) row.font = { bold: true };
        row.commit();
      });
      if (rows.length > 0 && widths.length > 0) ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: widths.length } };
      ws.commit();
    }
    await wb.commit();
  });
}
