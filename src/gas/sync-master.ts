// The master side of consolidation: rows go into a staging sheet, which replaces the consolidated sheet whole only at the end.
import type { TableData } from '../app/ports';
import { textCell } from '../app/text-cell';
import type { Table } from '../core/rollup/table';
import type { StagedKind } from '../core/sync/state';
import { SYNC_SHEETS } from './sync-names';
import type { Master } from './sync-ports';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type In = string | number | boolean | Date | null | undefined;
type Out = string | number | boolean | Date;

/** Source text reaches the master as text: "=IMPORTXML(...)", "0812...", "TRUE" or "2025-01-31" are never reinterpreted. */
const cellOut = (v: In): Out => (v === null || v === undefined ? '' : typeof v === 'string' ? textCell(v) : v);

/** setValues never grows a sheet: add the missing rows and columns first, one call each at most. */
export function growTo(sheet: Sheet, rows: number, columns: number): void {
  const maxRows = sheet.getMaxRows();
  if (rows > maxRows) sheet.insertRowsAfter(maxRows, rows - maxRows);
  const maxCols = sheet.getMaxColumns();
  if (columns > maxCols) sheet.insertColumnsAfter(maxCols, columns - maxCols);
}

/** Rows padded to the widest, every cell through cellOut: the grid one setValues takes. */
function grid(rows: readonly (readonly In[])[]): { out: Out[][]; width: number } {
  let width = 0;
  for (const r of rows) if (r.length > width) width = r.length;
  const out: Out[][] = new Array(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const src = rows[i];
    const line: Out[] = new Array(width);
    for (let c = 0; c < width; c++) line[c] = c < src.length ? cellOut(src[c]) : '';
    out[i] = line;
  }
  return { out, width };
}

export class SheetsMaster implements Master {
  /** Next free row of each staging sheet in this execution, so appends never depend on getLastRow skipping blank rows. */
  private readonly next = new Map<StagedKind, number>();

  constructor(private readonly ss: Spreadsheet) {}

  readConsolidated(kind: StagedKind): unknown[][] {
    const sheet = this.ss.getSheetByName(SYNC_SHEETS.consolidated[kind]);
    return sheet && sheet.getLastRow() > 0 ? sheet.getDataRange().getValues() : [];
  }

  /** A fresh staging sheet holding only the header (any leftover from an interrupted run is dropped). */
  resetStaging(kind: StagedKind, header: string[]): void {
    const name = SYNC_SHEETS.staging[kind];
    const old = this.ss.getSheetByName(name);
    if (old) this.ss.deleteSheet(old);
    const sheet = this.ss.insertSheet(name, this.ss.getNumSheets());
    // Cut to the header: empty cells count against the spreadsheet's 10 million, and every append then grows exactly once.
    const width = Math.max(1, header.length);
    growTo(sheet, 2, width);
    if (sheet.getMaxRows() > 2) sheet.deleteRows(3, sheet.getMaxRows() - 2);
    if (sheet.getMaxColumns() > width) sheet.deleteColumns(width + 1, sheet.getMaxColumns() - width);
    if (header.length) {
      sheet.getRange(1, 1, 1, header.length).setValues([header.map(cellOut)]);
      sheet.setFrozenRows(1);
    }
    this.next.set(kind, 2);
  }

  /** One setValues for the whole batch (plus at most one grow). */
  appendStaging(kind: StagedKind, rows: (string | number | null)[][]): void {
    if (rows.length === 0) return;
    const sheet = this.staging(kind);
    const { out, width } = grid(rows);
    if (width === 0) return;
    const start = this.next.get(kind) ?? Math.max(2, sheet.getLastRow() + 1);
    growTo(sheet, start + rows.length - 1, width);
    sheet.getRange(start, 1, rows.length, width).setValues(out);
    this.next.set(kind, start + rows.length);
  }

  /** Counted from the sheet, not from memory: a later execution continues a run a previous one staged. */
  stagingRows(kind: StagedKind): number {
    const sheet = this.ss.getSheetByName(SYNC_SHEETS.staging[kind]);
    if (!sheet) return 0;
    const next = this.next.get(kind);
    return next !== undefined ? next - 2 : Math.max(0, sheet.getLastRow() - 1);
  }

  /** Delete the last consolidation and give the staging sheet its name: until here the last good one stays as it was. */
  swapStaging(kind: StagedKind): void {
    const sheet = this.staging(kind);
    const old = this.ss.getSheetByName(SYNC_SHEETS.consolidated[kind]);
    if (old) this.ss.deleteSheet(old);
    sheet.setName(SYNC_SHEETS.consolidated[kind]);
    this.next.delete(kind);
  }

  writeOutput(name: 'findings' | 'sources', table: TableData): void {
    this.replace(SYNC_SHEETS.output[name], table.rows);
  }

  /** Every table under its title, a blank row between, in one setValues. */
  writeRollups(tables: readonly Table[]): void {
    const rows: In[][] = [];
    for (const tb of tables) {
      if (rows.length) rows.push([]);
      rows.push([tb.title], [...tb.header], ...tb.rows);
    }
    this.replace(SYNC_SHEETS.rollup, rows);
  }

  /** The sheet's contents replaced whole (created when missing); the sheet itself stays, so links to it keep working. */
  private replace(name: string, rows: readonly (readonly In[])[]): void {
    let sheet = this.ss.getSheetByName(name);
    if (sheet) sheet.clearContents();
    else sheet = this.ss.insertSheet(name, this.ss.getNumSheets());
    const { out, width } = grid(rows);
    if (out.length === 0 || width === 0) return;
    growTo(sheet, out.length, width);
    sheet.getRange(1, 1, out.length, width).setValues(out);
  }

  private staging(kind: StagedKind): Sheet {
    const sheet = this.ss.getSheetByName(SYNC_SHEETS.staging[kind]);
    if (!sheet) throw new Error(`Staging sheet "${SYNC_SHEETS.staging[kind]}" is missing: resetStaging first`);
    return sheet;
  }
}
