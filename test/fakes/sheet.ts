// Sheet: a fixed-size grid (1000 x 26 when new) that only grows when the script inserts rows or columns.
import { parseA1, Rect, splitSheet } from './a1';
import { FakeEmbeddedChart, FakeEmbeddedChartBuilder } from './charts';
import { fail, list, metered } from './env';
import { FakeDeveloperMetadata, FakeDeveloperMetadataFinder, MetadataStore } from './metadata';
import { FakeProtection } from './protection';
import { FakeRange } from './range';
import { DEFAULT_COLUMNS, DEFAULT_ROWS, SheetLayout, SheetParent } from './sheet-layout';

export { DEFAULT_COLUMNS, DEFAULT_ROWS } from './sheet-layout';
export type { SheetParent } from './sheet-layout';

export class FakeSheet extends SheetLayout {
  _merges: Rect[] = [];
  private protections: FakeProtection[] = [];
  private charts: FakeEmbeddedChart[] = [];
  private chartSeq = 1;

  constructor(
    parent: SheetParent,
    private name: string,
    private readonly id: number,
    rows = DEFAULT_ROWS,
    columns = DEFAULT_COLUMNS,
  ) {
    super(parent, rows, columns);
    return metered(this._env, 'Sheet', this);
  }

  // ---- identity -------------------------------------------------------------------------------------------
  getName(): string {
    return this.name;
  }
  getSheetName(): string {
    return this.name;
  }
  setName(name: string): this {
    this.parent._checkName(String(name), this);
    this.name = String(name);
    return this;
  }
  getSheetId(): number {
    return this.id;
  }
  getIndex(): number {
    return this.parent._indexOf(this) + 1;
  }
  getParent(): SheetParent {
    return this.parent;
  }
  getType(): string {
    return 'GRID';
  }
  activate(): this {
    this.parent._setActive(this);
    return this;
  }
  // ---- size -----------------------------------------------------------------------------------------------
  getMaxRows(): number {
    return this.rows;
  }
  getMaxColumns(): number {
    return this.columns;
  }
  /** Last row with a value or formula; formatting and notes alone do not count. */
  getLastRow(): number {
    return this._data.lastRow();
  }
  getLastColumn(): number {
    return this._data.lastColumn();
  }
  getDataRange(): FakeRange {
    return this._rangeAt(1, 1, Math.max(1, this._data.lastRow()), Math.max(1, this._data.lastColumn()));
  }

  getRange(a: number | string, column?: number, numRows?: number, numColumns?: number): FakeRange {
    if (typeof a === 'string') {
      const { sheetName, ref } = splitSheet(a);
      if (sheetName !== undefined && sheetName.toLowerCase() !== this.name.toLowerCase()) fail(this._env, 'Range not found');
      const rect = parseA1(ref, this.rows, this.columns);
      if (!rect) fail(this._env, 'Range not found');
      return this._rangeAt(rect.row, rect.column, rect.numRows, rect.numColumns);
    }
    return this._rangeAt(a, column ?? 1, numRows ?? 1, numColumns ?? 1);
  }
  /** One call for a rectangle's values, as Sheet.getSheetValues does. */
  getSheetValues(row: number, column: number, numRows: number, numColumns: number): unknown[][] {
    return this._rangeAt(row, column, numRows, numColumns).getValues();
  }
  /** Appends after the last row with content, growing the sheet by one row if it is full (as Sheets does). */
  appendRow(rowContents: unknown[]): this {
    const row = this._data.lastRow() + 1;
    if (row > this.rows) this.insertRowsAfter(this.rows, 1);
    const width = Math.max(1, rowContents.length);
    if (width > this.columns) this.insertColumnsAfter(this.columns, width - this.columns);
    this._rangeAt(row, 1, 1, width).setValues([rowContents.length ? Array.from(rowContents) : ['']]);
    return this;
  }

  insertRowsAfter(afterPosition: number, howMany: number): this {
    this.checkSpan('rows', afterPosition, 1, this.rows);
    return this.insertRowsAt(afterPosition, howMany, afterPosition - 1);
  }
  insertRowsBefore(beforePosition: number, howMany: number): this {
    this.checkSpan('rows', beforePosition, 1, this.rows);
    return this.insertRowsAt(beforePosition - 1, howMany, beforePosition - 1);
  }
  insertRowAfter(afterPosition: number): this {
    return this.insertRowsAfter(afterPosition, 1);
  }
  insertRowBefore(beforePosition: number): this {
    return this.insertRowsBefore(beforePosition, 1);
  }
  insertRows(rowIndex: number, numRows = 1): void {
    this.insertRowsBefore(rowIndex, numRows);
  }
  insertColumnsAfter(afterPosition: number, howMany: number): this {
    this.checkSpan('columns', afterPosition, 1, this.columns);
    return this.insertColumnsAt(afterPosition, howMany, afterPosition - 1);
  }
  insertColumnsBefore(beforePosition: number, howMany: number): this {
    this.checkSpan('columns', beforePosition, 1, this.columns);
    return this.insertColumnsAt(beforePosition - 1, howMany, beforePosition - 1);
  }
  insertColumnAfter(afterPosition: number): this {
    return this.insertColumnsAfter(afterPosition, 1);
  }
  insertColumnBefore(beforePosition: number): this {
    return this.insertColumnsBefore(beforePosition, 1);
  }
  insertColumns(columnIndex: number, numColumns = 1): void {
    this.insertColumnsBefore(columnIndex, numColumns);
  }

  deleteRows(rowPosition: number, howMany: number): void {
    this.checkSpan('rows', rowPosition, howMany, this.rows);
    if (howMany >= this.rows - this.frozenRows) fail(this._env, 'Sorry, it is not possible to delete all non-frozen rows.');
    this._data.deleteRows(rowPosition - 1, howMany);
    this.rows -= howMany;
    this.parent._meta().removeSpan(this, 'ROW', rowPosition, howMany);
    this._merges = shiftRects(this._merges, 'row', 'numRows', rowPosition, -howMany);
  }
  deleteRow(rowPosition: number): this {
    this.deleteRows(rowPosition, 1);
    return this;
  }
  deleteColumns(columnPosition: number, howMany: number): void {
    this.checkSpan('columns', columnPosition, howMany, this.columns);
    if (howMany >= this.columns - this.frozenColumns) fail(this._env, 'Sorry, it is not possible to delete all non-frozen columns.');
    this._data.deleteColumns(columnPosition - 1, howMany);
    this.columns -= howMany;
    this.parent._meta().removeSpan(this, 'COLUMN', columnPosition, howMany);
    this._merges = shiftRects(this._merges, 'column', 'numColumns', columnPosition, -howMany);
  }
  deleteColumn(columnPosition: number): this {
    this.deleteColumns(columnPosition, 1);
    return this;
  }

  // ---- clearing -------------------------------------------------------------------------------------------
  /** Contents and formats (options pick parts, as Range.clear). Notes and validations stay, as in Sheets. */
  clear(options?: { contentsOnly?: boolean; formatOnly?: boolean }): this {
    const all = !options?.contentsOnly && !options?.formatOnly;
    if (all || options?.contentsOnly) this._data.clearContents(0, 0, this.rows, this.columns);
    if (all || options?.formatOnly) this._data.clearFormats(0, 0, this.rows, this.columns);
    return this;
  }
  clearContents(): this {
    this._data.clearContents(0, 0, this.rows, this.columns);
    return this;
  }
  clearFormats(): this {
    this._data.clearFormats(0, 0, this.rows, this.columns);
    return this;
  }
  clearNotes(): this {
    this._data.notes.clearRect(0, 0, this.rows, this.columns);
    return this;
  }
  clearConditionalFormatRules(): void {}

  /** Copies into another (or the same) spreadsheet as "Copy of <name>", like Sheets. */
  copyTo(spreadsheet: SheetParent): FakeSheet {
    return spreadsheet._adopt(`Copy of ${this.name}`, this);
  }

  // ---- protection, metadata, charts -----------------------------------------------------------------------
  /** The sheet's protection; a sheet has at most one, so a second call returns the existing one. */
  protect(): FakeProtection {
    const existing = this.protections.find((p) => p.getProtectionType() === 'SHEET');
    return existing ?? this._addProtection(new FakeProtection(this._env, this, 'SHEET', null, this.parent._owner()));
  }
  getProtections(type: string): FakeProtection[] {
    return list(
      this._env,
      this.protections.filter((p) => p.getProtectionType() === String(type)),
    );
  }
  addDeveloperMetadata(key: string, valueOrVisibility?: string, visibility?: string): this {
    const isVisibility = visibility === undefined && (valueOrVisibility === 'DOCUMENT' || valueOrVisibility === 'PROJECT');
    this.parent
      ._meta()
      .add({ type: 'SHEET', sheet: this }, key, isVisibility ? null : valueOrVisibility, isVisibility ? valueOrVisibility : visibility);
    return this;
  }
  getDeveloperMetadata(): FakeDeveloperMetadata[] {
    return list(
      this._env,
      this.parent._meta().select((l) => l.type === 'SHEET' && l.sheet === this),
    );
  }
  createDeveloperMetadataFinder(): FakeDeveloperMetadataFinder {
    return metered(
      this._env,
      'DeveloperMetadataFinder',
      new FakeDeveloperMetadataFinder(this._env, this.parent._meta(), (l) => 'sheet' in l && l.sheet === this),
    );
  }
  newChart(): FakeEmbeddedChartBuilder {
    return new FakeEmbeddedChartBuilder(this._env, this);
  }
  insertChart(chart: FakeEmbeddedChart): void {
    this.charts.push(chart);
  }
  updateChart(chart: FakeEmbeddedChart): void {
    const i = this.charts.findIndex((c) => c.getChartId() === chart.getChartId());
    if (i < 0) fail(this._env, 'Chart not found');
    this.charts[i] = chart;
  }
  removeChart(chart: FakeEmbeddedChart): void {
    this.charts = this.charts.filter((c) => c.getChartId() !== chart.getChartId());
  }
  getCharts(): FakeEmbeddedChart[] {
    return list(this._env, this.charts);
  }

  // ---- internals ------------------------------------------------------------------------------------------
  /** A checked range: Apps Script's messages for coordinates that start too small or leave the sheet. */
  _rangeAt(row: number, column: number, numRows: number, numColumns: number): FakeRange {
    if (row < 1) fail(this._env, 'The starting row of the range is too small.');
    if (column < 1) fail(this._env, 'The starting column of the range is too small.');
    if (numRows < 1) fail(this._env, 'The number of rows in the range must be at least 1.');
    if (numColumns < 1) fail(this._env, 'The number of columns in the range must be at least 1.');
    if (row + numRows - 1 > this.rows || column + numColumns - 1 > this.columns) {
      fail(this._env, 'The coordinates of the range are outside the dimensions of the sheet.');
    }
    return new FakeRange(this, { row, column, numRows, numColumns });
  }
  _maxRows(): number {
    return this.rows;
  }
  _maxColumns(): number {
    return this.columns;
  }
  _meta(): MetadataStore {
    return this.parent._meta();
  }
  _locale(): string {
    return this.parent._locale();
  }
  _timeZone(): string {
    return this.parent._timeZone();
  }
  _owner(): string {
    return this.parent._owner();
  }
  _activate(range: FakeRange): void {
    this.parent._setActive(this, range);
  }
  _addProtection(p: FakeProtection): FakeProtection {
    const counted = metered(this._env, 'Protection', p);
    this.protections.push(counted);
    return counted;
  }
  _removeProtection(p: unknown): void {
    this.protections = this.protections.filter((x) => x !== p);
  }
  _allProtections(): FakeProtection[] {
    return this.protections;
  }
  _nextChartId(): number {
    return this.id * 1000 + this.chartSeq++;
  }
  /** Take over another sheet's cells and layout (copyTo, insertSheet with a template). */
  _copyFrom(source: FakeSheet): void {
    this.rows = source.rows;
    this.columns = source.columns;
    this._data = source._data.clone();
    this._merges = source._merges.map((m) => ({ ...m }));
    this.frozenRows = source.frozenRows;
    this.frozenColumns = source.frozenColumns;
    this.columnWidths = new Map(source.columnWidths);
    this.rowHeights = new Map(source.rowHeights);
  }
  _cells(): number {
    return this.rows * this.columns;
  }
  /** Size a fresh sheet for a fixture without the cell-limit checks of insertRows. */
  _resize(rows: number, columns: number): void {
    this.rows = rows;
    this.columns = columns;
  }

  private checkSpan(what: 'rows' | 'columns', position: number, howMany: number, max: number): void {
    if (!(position >= 1) || !(howMany >= 1) || position + howMany - 1 > max) {
      fail(this._env, what === 'rows' ? 'Those rows are out of bounds.' : 'Those columns are out of bounds.');
    }
  }
  private insertRowsAt(at: number, howMany: number, inheritFrom: number): this {
    if (!(howMany >= 1)) fail(this._env, 'Those rows are out of bounds.');
    this.parent._checkCellLimit(howMany * this.columns);
    this._data.insertRows(at, howMany, inheritFrom);
    this.rows += howMany;
    this.parent._meta().shift(this, 'ROW', at + 1, howMany);
    this._merges = shiftRects(this._merges, 'row', 'numRows', at + 1, howMany);
    return this;
  }
  private insertColumnsAt(at: number, howMany: number, inheritFrom: number): this {
    if (!(howMany >= 1)) fail(this._env, 'Those columns are out of bounds.');
    this.parent._checkCellLimit(howMany * this.rows);
    this._data.insertColumns(at, howMany, inheritFrom);
    this.columns += howMany;
    this.parent._meta().shift(this, 'COLUMN', at + 1, howMany);
    this._merges = shiftRects(this._merges, 'column', 'numColumns', at + 1, howMany);
    return this;
  }
}

/** Move merges at or after `from` by `delta` (negative: deleted span, merges inside it are dropped). */
function shiftRects(rects: Rect[], start: 'row' | 'column', size: 'numRows' | 'numColumns', from: number, delta: number): Rect[] {
  const out: Rect[] = [];
  for (const r of rects) {
    if (delta < 0 && r[start] < from - delta && r[start] + r[size] > from) continue;
    out.push(r[start] >= from ? { ...r, [start]: r[start] + delta } : r);
  }
  return out;
}
