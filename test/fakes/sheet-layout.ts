// Sheet layout that holds no data: frozen rows, column widths, row heights, hidden rows/columns/sheet, tab colour.
import { display } from './cells';
import { Env, fail } from './env';
import type { MetadataStore } from './metadata';
import type { FakeRange } from './range';
import type { FakeSheet } from './sheet';
import { SheetData } from './store';

export const DEFAULT_ROWS = 1000;
export const DEFAULT_COLUMNS = 26;

/** What a sheet needs from its spreadsheet (implemented by FakeSpreadsheet). */
export interface SheetParent {
  _env: Env;
  _meta(): MetadataStore;
  _locale(): string;
  _timeZone(): string;
  _owner(): string;
  _checkName(name: string, except?: FakeSheet): void;
  _checkCellLimit(extraCells: number): void;
  _setActive(sheet: FakeSheet, range?: FakeRange): void;
  _visibleCount(): number;
  _indexOf(sheet: FakeSheet): number;
  _adopt(name: string, from: FakeSheet): FakeSheet;
}

/** Base of FakeSheet: size, cells and the layout settings a script can set. */
export abstract class SheetLayout {
  _data = new SheetData();
  readonly _env: Env;
  protected frozenRows = 0;
  protected frozenColumns = 0;
  protected hidden = false;
  protected tabColor: string | null = null;
  protected columnWidths = new Map<number, number>();
  protected rowHeights = new Map<number, number>();
  protected hiddenRows = new Set<number>();
  protected hiddenColumns = new Set<number>();

  constructor(
    protected readonly parent: SheetParent,
    protected rows: number,
    protected columns: number,
  ) {
    this._env = parent._env;
  }

  getTabColor(): string | null {
    return this.tabColor;
  }
  setTabColor(color: string | null): this {
    this.tabColor = color;
    return this;
  }

  // ---- view -----------------------------------------------------------------------------------------------
  setFrozenRows(rows: number): void {
    if (rows < 0 || rows >= this.rows) fail(this._env, 'You can\u2019t freeze all visible rows on the sheet.');
    this.frozenRows = rows;
  }
  getFrozenRows(): number {
    return this.frozenRows;
  }
  setFrozenColumns(columns: number): void {
    if (columns < 0 || columns >= this.columns) fail(this._env, 'You can\u2019t freeze all visible columns on the sheet.');
    this.frozenColumns = columns;
  }
  getFrozenColumns(): number {
    return this.frozenColumns;
  }
  hideSheet(): this {
    if (!this.hidden && this.parent._visibleCount() <= 1) fail(this._env, 'You can\u2019t hide all the sheets in a document.');
    this.hidden = true;
    return this;
  }
  showSheet(): this {
    this.hidden = false;
    return this;
  }
  isSheetHidden(): boolean {
    return this.hidden;
  }
  setColumnWidth(columnPosition: number, width: number): this {
    this.columnWidths.set(columnPosition, width);
    return this;
  }
  setColumnWidths(startColumn: number, numColumns: number, width: number): this {
    for (let c = startColumn; c < startColumn + numColumns; c++) this.columnWidths.set(c, width);
    return this;
  }
  getColumnWidth(columnPosition: number): number {
    return this.columnWidths.get(columnPosition) ?? 100;
  }
  /** Width from the longest display value (7 px a character, at least 100), a stand-in for Sheets' measuring. */
  autoResizeColumns(startColumn: number, numColumns: number): this {
    for (let c = startColumn; c < startColumn + numColumns; c++) {
      let longest = 0;
      this._data.values.forEachIn(0, c - 1, this.rows, c, (r, col, v) => {
        const text = display(
          v,
          this._data.formats.numberFormat.get(r, col) as string | undefined,
          this.parent._locale(),
          this.parent._timeZone(),
        );
        longest = Math.max(longest, text.length);
      });
      this.columnWidths.set(c, Math.max(100, longest * 7 + 10));
    }
    return this;
  }
  autoResizeColumn(columnPosition: number): this {
    return this.autoResizeColumns(columnPosition, 1);
  }
  setRowHeight(rowPosition: number, height: number): this {
    this.rowHeights.set(rowPosition, height);
    return this;
  }
  setRowHeights(startRow: number, numRows: number, height: number): this {
    for (let r = startRow; r < startRow + numRows; r++) this.rowHeights.set(r, height);
    return this;
  }
  getRowHeight(rowPosition: number): number {
    return this.rowHeights.get(rowPosition) ?? 21;
  }
  hideColumns(columnIndex: number, numColumns = 1): void {
    for (let c = columnIndex; c < columnIndex + numColumns; c++) this.hiddenColumns.add(c);
  }
  showColumns(columnIndex: number, numColumns = 1): void {
    for (let c = columnIndex; c < columnIndex + numColumns; c++) this.hiddenColumns.delete(c);
  }
  isColumnHiddenByUser(columnPosition: number): boolean {
    return this.hiddenColumns.has(columnPosition);
  }
  hideRows(rowIndex: number, numRows = 1): void {
    for (let r = rowIndex; r < rowIndex + numRows; r++) this.hiddenRows.add(r);
  }
  showRows(rowIndex: number, numRows = 1): void {
    for (let r = rowIndex; r < rowIndex + numRows; r++) this.hiddenRows.delete(r);
  }
  isRowHiddenByUser(rowPosition: number): boolean {
    return this.hiddenRows.has(rowPosition);
  }
}
