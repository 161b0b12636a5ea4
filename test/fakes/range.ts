// Range: reads and writes whole rectangles, with Apps Script's dimension checks and Sheets' write semantics.
import { Rect, toA1 } from './a1';
import { interpretWrite, isDate } from './cells';
import { Env, fail, list, metered } from './env';
import { checkWholeRowsOrColumns, FakeDeveloperMetadata, FakeDeveloperMetadataFinder, MetaLocation } from './metadata';
import { FakeProtection } from './protection';
import { FakeRichTextValue } from './richtext';
import { FORMAT_DEFAULTS, FormatName } from './store';
import { RangeFormats, RangeSheet } from './range-formats';
import { FakeDataValidation, MAX_LIST_ITEMS } from './validation';

export type { RangeSheet } from './range-formats';

/** A rectangle of one sheet; every public method call is one counted Sheets call. */
export class FakeRange extends RangeFormats {
  constructor(sheet: RangeSheet, rect: Rect) {
    super(sheet, rect);
    return metered(this.env, 'Range', this);
  }

  // ---- geometry -------------------------------------------------------------------------------------------
  getRow(): number {
    return this.rect.row;
  }
  getColumn(): number {
    return this.rect.column;
  }
  getNumRows(): number {
    return this.rect.numRows;
  }
  getNumColumns(): number {
    return this.rect.numColumns;
  }
  getHeight(): number {
    return this.rect.numRows;
  }
  getWidth(): number {
    return this.rect.numColumns;
  }
  getLastRow(): number {
    return this.rect.row + this.rect.numRows - 1;
  }
  getLastColumn(): number {
    return this.rect.column + this.rect.numColumns - 1;
  }
  getA1Notation(): string {
    return toA1(this.rect);
  }
  getSheet(): RangeSheet {
    return this.sheet;
  }
  getGridId(): number {
    return this.sheet.getSheetId();
  }
  offset(rowOffset: number, columnOffset: number, numRows?: number, numColumns?: number): FakeRange {
    return this.sheet._rangeAt(
      this.rect.row + rowOffset,
      this.rect.column + columnOffset,
      numRows ?? this.rect.numRows,
      numColumns ?? this.rect.numColumns,
    );
  }
  getCell(row: number, column: number): FakeRange {
    if (row < 1 || column < 1 || row > this.rect.numRows || column > this.rect.numColumns) fail(this.env, 'Cell reference out of range');
    return this.sheet._rangeAt(this.rect.row + row - 1, this.rect.column + column - 1, 1, 1);
  }
  activate(): this {
    this.sheet._activate(this);
    return this;
  }
  isBlank(): boolean {
    let blank = true;
    const d = this.data();
    this.each((r, c) => {
      if (d.values.get(r, c) !== undefined || d.formulas.get(r, c) !== undefined) blank = false;
    });
    return blank;
  }

  // ---- values ---------------------------------------------------------------------------------------------
  getValues(): unknown[][] {
    const values = this.data().values;
    const realm = this.env.realm;
    return this.grid((r, c) => outValue(values.get(r, c), realm));
  }
  getValue(): unknown {
    return outValue(this.data().values.get(this.rect.row - 1, this.rect.column - 1), this.env.realm);
  }
  getDisplayValues(): string[][] {
    return this.grid(this.shower());
  }
  getDisplayValue(): string {
    return this.shower()(this.rect.row - 1, this.rect.column - 1);
  }
  setValues(values: unknown[][]): this {
    const grid = this.checkGrid(values, 'setValues');
    this.write((i, j) => grid[i][j]);
    return this;
  }
  /** Like Apps Script, sets every cell of the range. */
  setValue(value: unknown): this {
    this.write(() => value);
    return this;
  }
  getFormulas(): string[][] {
    const formulas = this.data().formulas;
    return this.grid((r, c) => formulas.get(r, c) ?? '');
  }
  getFormula(): string {
    return this.data().formulas.get(this.rect.row - 1, this.rect.column - 1) ?? '';
  }
  setFormulas(formulas: string[][]): this {
    const grid = this.checkGrid(formulas, 'setFormulas');
    this.write((i, j) => grid[i][j]);
    return this;
  }
  setFormula(formula: string): this {
    this.write(() => formula);
    return this;
  }
  /** Rich text is stored as its text (never parsed as input) plus the link. */
  getRichTextValues(): FakeRichTextValue[][] {
    const d = this.data();
    const show = this.shower();
    return this.grid((r, c) => new FakeRichTextValue(show(r, c), d.links.get(r, c) ?? null));
  }
  getRichTextValue(): FakeRichTextValue {
    return this.getRichTextValues()[0][0];
  }
  setRichTextValue(value: FakeRichTextValue): this {
    return this.setRichTextValues(Array.from({ length: this.rect.numRows }, () => new Array(this.rect.numColumns).fill(value)));
  }
  setRichTextValues(values: FakeRichTextValue[][]): this {
    const grid = this.checkGrid(values, 'setRichTextValues');
    const d = this.data();
    this.each((r, c, i, j) => {
      const v = grid[i][j];
      d.values.set(r, c, v.getText() === '' ? undefined : v.getText());
      d.formulas.set(r, c, undefined);
      d.links.set(r, c, v.getLinkUrl() ?? undefined);
    });
    return this;
  }
  clearContent(): this {
    this.data().clearContents(...this.bounds());
    return this;
  }

  // ---- notes ----------------------------------------------------------------------------------------------
  getNotes(): string[][] {
    const notes = this.data().notes;
    return this.grid((r, c) => notes.get(r, c) ?? '');
  }
  getNote(): string {
    return this.data().notes.get(this.rect.row - 1, this.rect.column - 1) ?? '';
  }
  setNote(note: string | null): this {
    const v = note === null || note === '' ? undefined : String(note);
    const notes = this.data().notes;
    this.each((r, c) => notes.set(r, c, v));
    return this;
  }
  setNotes(notes: Array<Array<string | null>>): this {
    const grid = this.checkGrid(notes, 'setNotes');
    const store = this.data().notes;
    this.each((r, c, i, j) => {
      const n = grid[i][j];
      store.set(r, c, n === null || n === undefined || n === '' ? undefined : String(n));
    });
    return this;
  }
  clearNote(): this {
    this.data().notes.clearRect(...this.bounds());
    return this;
  }

  // ---- data validation ------------------------------------------------------------------------------------
  getDataValidations(): Array<Array<FakeDataValidation | null>> {
    const validations = this.data().validations;
    return this.grid((r, c) => validations.get(r, c) ?? null);
  }
  getDataValidation(): FakeDataValidation | null {
    return this.data().validations.get(this.rect.row - 1, this.rect.column - 1) ?? null;
  }
  setDataValidation(rule: FakeDataValidation | null): this {
    this.checkRule(rule);
    const validations = this.data().validations;
    this.each((r, c) => validations.set(r, c, rule ?? undefined));
    return this;
  }
  setDataValidations(rules: Array<Array<FakeDataValidation | null>>): this {
    const grid = this.checkGrid(rules, 'setDataValidations');
    for (const row of grid) for (const rule of row) this.checkRule(rule);
    const validations = this.data().validations;
    this.each((r, c, i, j) => validations.set(r, c, grid[i][j] ?? undefined));
    return this;
  }
  clearDataValidations(): this {
    this.data().validations.clearRect(...this.bounds());
    return this;
  }

  /** No options: contents, formats, validations and notes. Options pick parts (commentsOnly means notes). */
  clear(options?: { contentsOnly?: boolean; formatOnly?: boolean; validationsOnly?: boolean; commentsOnly?: boolean }): this {
    const o = options ?? {};
    const all = !o.contentsOnly && !o.formatOnly && !o.validationsOnly && !o.commentsOnly;
    const b = this.bounds();
    if (all || o.contentsOnly) this.data().clearContents(...b);
    if (all || o.formatOnly) this.data().clearFormats(...b);
    if (all || o.validationsOnly) this.data().validations.clearRect(...b);
    if (all || o.commentsOnly) this.data().notes.clearRect(...b);
    return this;
  }

  /** Copy values, formulas, formats, notes and validations onto another range's top-left corner. */
  copyTo(destination: FakeRange): void {
    const src = this.data();
    const dst = destination._target();
    const d = dst.sheet._data;
    this.each((r, c, i, j) => {
      const tr = dst.rect.row - 1 + i;
      const tc = dst.rect.column - 1 + j;
      if (tr >= dst.sheet._maxRows() || tc >= dst.sheet._maxColumns()) return;
      d.values.set(tr, tc, src.values.get(r, c));
      d.formulas.set(tr, tc, src.formulas.get(r, c));
      d.notes.set(tr, tc, src.notes.get(r, c));
      d.links.set(tr, tc, src.links.get(r, c));
      d.validations.set(tr, tc, src.validations.get(r, c));
      for (const name of Object.keys(FORMAT_DEFAULTS) as FormatName[]) d.formats[name].set(tr, tc, src.formats[name].get(r, c));
    });
  }

  // ---- merges ---------------------------------------------------------------------------------------------
  merge(): this {
    return this.addMerges([this.rect]);
  }
  mergeAcross(): this {
    const rows = Array.from({ length: this.rect.numRows }, (_, i) => ({ ...this.rect, row: this.rect.row + i, numRows: 1 }));
    return this.addMerges(rows);
  }
  mergeVertically(): this {
    const cols = Array.from({ length: this.rect.numColumns }, (_, j) => ({ ...this.rect, column: this.rect.column + j, numColumns: 1 }));
    return this.addMerges(cols);
  }
  breakApart(): this {
    const merges = this.sheet._merges;
    for (const m of merges.filter((m) => intersects(m, this.rect))) {
      if (!contains(this.rect, m)) fail(this.env, 'You must select all cells in a merged range to merge or unmerge them.');
    }
    this.sheet._merges = merges.filter((m) => !contains(this.rect, m));
    return this;
  }
  getMergedRanges(): FakeRange[] {
    return list(
      this.env,
      this.sheet._merges.filter((m) => intersects(m, this.rect)).map((m) => this.sheet._rangeAt(m.row, m.column, m.numRows, m.numColumns)),
    );
  }
  isPartOfMerge(): boolean {
    return this.sheet._merges.some((m) => intersects(m, this.rect));
  }

  // ---- metadata and protection ----------------------------------------------------------------------------
  addDeveloperMetadata(key: string, valueOrVisibility?: string, visibility?: string): this {
    const location = checkWholeRowsOrColumns(this.env, this.rect, this.sheet);
    const isVisibility = visibility === undefined && (valueOrVisibility === 'DOCUMENT' || valueOrVisibility === 'PROJECT');
    this.sheet._meta().add(location, key, isVisibility ? null : valueOrVisibility, isVisibility ? valueOrVisibility : visibility);
    return this;
  }
  getDeveloperMetadata(): FakeDeveloperMetadata[] {
    return list(
      this.env,
      this.sheet._meta().select((l) => this.covers(l)),
    );
  }
  createDeveloperMetadataFinder(): FakeDeveloperMetadataFinder {
    return metered(
      this.env,
      'DeveloperMetadataFinder',
      new FakeDeveloperMetadataFinder(this.env, this.sheet._meta(), (l) => this.covers(l)),
    );
  }
  protect(): FakeProtection {
    return this.sheet._addProtection(new FakeProtection(this.env, this.sheet, 'RANGE', { ...this.rect }, this.sheet._owner()));
  }

  // ---- internals ------------------------------------------------------------------------------------------
  /** The raw range behind the proxy (for copyTo between ranges). */
  _target(): { sheet: RangeSheet; rect: Rect } {
    return { sheet: this.sheet, rect: this.rect };
  }
  /** Stored values, for validation rules that point at this range. */
  _flatValues(): unknown[] {
    const out: unknown[] = [];
    const values = this.data().values;
    this.each((r, c) => out.push(values.get(r, c) ?? ''));
    return out;
  }

  /** Interpret every input as typed, refuse the whole write if a strict validation rule rejects a cell. */
  private write(input: (i: number, j: number) => unknown): void {
    const d = this.data();
    const tz = this.sheet._timeZone();
    const { row, column, numRows, numColumns } = this.rect;
    const values: unknown[][] = new Array(numRows);
    const formulas: Array<Array<string | undefined>> = new Array(numRows);
    for (let i = 0; i < numRows; i++) {
      const r = row - 1 + i;
      const lineValues: unknown[] = (values[i] = new Array(numColumns));
      const lineFormulas: Array<string | undefined> = (formulas[i] = new Array(numColumns));
      for (let j = 0; j < numColumns; j++) {
        const c = column - 1 + j;
        const raw = input(i, j);
        // Numbers and booleans are stored as they are; only other inputs go through typed-input parsing.
        const s =
          typeof raw === 'number' || typeof raw === 'boolean'
            ? { value: raw }
            : interpretWrite(raw, d.formats.numberFormat.get(r, c) as string | undefined, tz);
        const rule = d.validations.get(r, c);
        if (rule && !rule._allowInvalid && s.formula === undefined && !rule._accepts(s.value)) {
          const cell = toA1({ row: r + 1, column: c + 1, numRows: 1, numColumns: 1 });
          fail(this.env, `The data you entered in cell ${cell} violates the data validation rules set on this cell.`);
        }
        lineValues[j] = s.value;
        lineFormulas[j] = s.formula;
      }
    }
    for (let i = 0; i < numRows; i++) {
      for (let j = 0; j < numColumns; j++) {
        d.values.set(row - 1 + i, column - 1 + j, values[i][j]);
        d.formulas.set(row - 1 + i, column - 1 + j, formulas[i][j]);
        d.links.set(row - 1 + i, column - 1 + j, undefined);
      }
    }
  }

  private checkRule(rule: FakeDataValidation | null | undefined): void {
    if (rule && rule._criteria === 'VALUE_IN_LIST' && (rule._args[0] as unknown[]).length > MAX_LIST_ITEMS) {
      fail(
        this.env,
        `The data validation rule has more items than the limit of ${MAX_LIST_ITEMS}. Use the \u2018List from a range\u2019 criteria instead.`,
      );
    }
  }

  private addMerges(rects: Rect[]): this {
    const merges = this.sheet._merges;
    for (const m of merges) {
      if (intersects(m, this.rect) && !contains(this.rect, m))
        fail(this.env, 'You must select all cells in a merged range to merge or unmerge them.');
    }
    // Merging keeps only the top-left value of each merged block, as Sheets does.
    const d = this.data();
    for (const rect of rects) {
      for (let i = 0; i < rect.numRows; i++) {
        for (let j = 0; j < rect.numColumns; j++) {
          if (i === 0 && j === 0) continue;
          d.values.set(rect.row - 1 + i, rect.column - 1 + j, undefined);
          d.formulas.set(rect.row - 1 + i, rect.column - 1 + j, undefined);
        }
      }
    }
    this.sheet._merges = merges.filter((m) => !contains(this.rect, m)).concat(rects.filter((r) => r.numRows * r.numColumns > 1));
    return this;
  }

  /** Whether a row/column metadata location lies within this range's rows/columns. */
  private covers(l: MetaLocation): boolean {
    if (!('sheet' in l) || l.sheet !== this.sheet || l.type === 'SHEET') return false;
    const { row, column, numRows, numColumns } = this.rect;
    if (l.type === 'ROW')
      return column === 1 && numColumns === this.sheet._maxColumns() && l.start >= row && l.start + l.count <= row + numRows;
    return row === 1 && numRows === this.sheet._maxRows() && l.start >= column && l.start + l.count <= column + numColumns;
  }
}

/** Empty cells read as '', Dates as fresh Dates of the caller's realm. */
function outValue(v: unknown, realm: Env['realm']): unknown {
  if (v === undefined) return '';
  if (isDate(v)) return new realm.Date(v.getTime());
  return v;
}

function intersects(a: Rect, b: Rect): boolean {
  return a.row < b.row + b.numRows && b.row < a.row + a.numRows && a.column < b.column + b.numColumns && b.column < a.column + a.numColumns;
}

function contains(outer: Rect, inner: Rect): boolean {
  return (
    inner.row >= outer.row &&
    inner.column >= outer.column &&
    inner.row + inner.numRows <= outer.row + outer.numRows &&
    inner.column + inner.numColumns <= outer.column + outer.numColumns
  );
}
