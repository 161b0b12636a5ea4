// Spreadsheet: named sheets (names unique ignoring case), locale and time zone, metadata, toasts.
import { splitSheet } from './a1';
import { Env, fail, list, metered } from './env';
import { FakeDeveloperMetadata, FakeDeveloperMetadataFinder, MetadataStore } from './metadata';
import { FakeProtection } from './protection';
import { FakeRange } from './range';
import { DEFAULT_COLUMNS, DEFAULT_ROWS, FakeSheet, SheetParent } from './sheet';

/** Google's cap on cells in one spreadsheet. */
export const MAX_CELLS = 10_000_000;

export interface Toast {
  spreadsheet: string;
  message: string;
  title: string;
  timeoutSeconds: number;
}

/** What a spreadsheet needs from the fake as a whole. */
export interface Workbooks {
  env: Env;
  owner(): string;
  toasts: Toast[];
}

export class FakeSpreadsheet implements SheetParent {
  readonly _env: Env;
  private sheets: FakeSheet[] = [];
  private active: FakeSheet | null = null;
  private activeRange: FakeRange | null = null;
  private readonly metadata: MetadataStore;
  private sheetSeq = 0;
  private editors: string[] = [];

  constructor(
    private readonly books: Workbooks,
    private readonly id: string,
    private name: string,
    private locale: string,
    private timeZone: string,
  ) {
    this._env = books.env;
    const self = metered(this._env, 'Spreadsheet', this);
    this.metadata = new MetadataStore(this._env, () => self);
    return self;
  }

  getId(): string {
    return this.id;
  }
  getUrl(): string {
    return `https://docs.google.com/spreadsheets/d/${this.id}/edit`;
  }
  getName(): string {
    return this.name;
  }
  rename(newName: string): void {
    this.name = String(newName);
  }
  getSpreadsheetLocale(): string {
    return this.locale;
  }
  setSpreadsheetLocale(locale: string): void {
    this.locale = String(locale);
  }
  getSpreadsheetTimeZone(): string {
    return this.timeZone;
  }
  setSpreadsheetTimeZone(timeZone: string): void {
    this.timeZone = String(timeZone);
  }
  getOwner(): { getEmail(): string } {
    const email = this.books.owner();
    return { getEmail: () => email };
  }
  getEditors(): Array<{ getEmail(): string }> {
    return list(
      this._env,
      [this.books.owner(), ...this.editors].map((email) => ({ getEmail: () => email })),
    );
  }
  addEditor(email: string): this {
    if (!this.editors.includes(String(email))) this.editors.push(String(email));
    return this;
  }
  toast(message: string, title = '', timeoutSeconds = 5): void {
    this.books.toasts.push({ spreadsheet: this.id, message: String(message), title: String(title), timeoutSeconds });
  }

  // ---- sheets ---------------------------------------------------------------------------------------------
  getSheets(): FakeSheet[] {
    return list(this._env, this.sheets);
  }
  getNumSheets(): number {
    return this.sheets.length;
  }
  /** Sheet names compare ignoring case in Sheets, for lookup as for uniqueness. */
  getSheetByName(name: string): FakeSheet | null {
    const key = String(name).toLowerCase();
    return this.sheets.find((s) => s.getName().toLowerCase() === key) ?? null;
  }
  getSheetById(id: number): FakeSheet | null {
    return this.sheets.find((s) => s.getSheetId() === id) ?? null;
  }
  /**
   * insertSheet(), (index), (name), (name, index), (name, index, {template}), (name, {template}), ({template}).
   * Index is 0-based. The new sheet becomes the active one, as in Sheets.
   */
  insertSheet(a?: unknown, b?: unknown, c?: unknown): FakeSheet {
    let name: string | undefined;
    let index: number | undefined;
    let options: { template?: FakeSheet } | undefined;
    for (const arg of [a, b, c]) {
      if (typeof arg === 'string') name = arg;
      else if (typeof arg === 'number') index = arg;
      else if (arg && typeof arg === 'object') options = arg as { template?: FakeSheet };
    }
    const sheet = this._newSheet(name ?? this.defaultName(), index);
    if (options?.template) sheet._copyFrom(options.template);
    this.active = sheet;
    return sheet;
  }
  deleteSheet(sheet: FakeSheet): void {
    const i = this.sheets.indexOf(sheet);
    if (i < 0) fail(this._env, 'Sheet not found');
    if (this.sheets.length === 1) fail(this._env, 'You can\u2019t remove all the sheets in a document.');
    this.sheets.splice(i, 1);
    this.metadata.removeSheet(sheet);
    if (this.active === sheet) this.active = this.sheets[Math.max(0, i - 1)];
  }
  getActiveSheet(): FakeSheet {
    return this.active ?? this.sheets[0];
  }
  setActiveSheet(sheet: FakeSheet): FakeSheet {
    this._setActive(sheet);
    return sheet;
  }
  getActiveRange(): FakeRange | null {
    return this.activeRange;
  }
  moveActiveSheet(pos: number): void {
    const sheet = this.getActiveSheet();
    this.sheets.splice(this.sheets.indexOf(sheet), 1);
    this.sheets.splice(pos - 1, 0, sheet);
  }
  /** 'Sheet!A1:B2' (quotes allowed), or plain A1 notation on the active sheet. */
  getRange(a1Notation: string): FakeRange {
    const { sheetName } = splitSheet(a1Notation);
    const sheet = sheetName === undefined ? this.getActiveSheet() : this.getSheetByName(sheetName);
    if (!sheet) fail(this._env, 'Range not found');
    return sheet.getRange(a1Notation);
  }
  getRangeByName(): null {
    return null;
  }
  getLastRow(): number {
    return this.getActiveSheet().getLastRow();
  }
  getLastColumn(): number {
    return this.getActiveSheet().getLastColumn();
  }
  getDataRange(): FakeRange {
    return this.getActiveSheet().getDataRange();
  }
  getProtections(type: string): FakeProtection[] {
    return list(
      this._env,
      this.sheets.flatMap((s) => s._allProtections().filter((p) => p.getProtectionType() === String(type))),
    );
  }

  // ---- developer metadata ---------------------------------------------------------------------------------
  addDeveloperMetadata(key: string, valueOrVisibility?: string, visibility?: string): this {
    const isVisibility = visibility === undefined && (valueOrVisibility === 'DOCUMENT' || valueOrVisibility === 'PROJECT');
    this.metadata.add({ type: 'SPREADSHEET' }, key, isVisibility ? null : valueOrVisibility, isVisibility ? valueOrVisibility : visibility);
    return this;
  }
  /** Only the spreadsheet's own metadata, as in Apps Script; the finder searches everywhere. */
  getDeveloperMetadata(): FakeDeveloperMetadata[] {
    return list(
      this._env,
      this.metadata.select((l) => l.type === 'SPREADSHEET'),
    );
  }
  createDeveloperMetadataFinder(): FakeDeveloperMetadataFinder {
    return metered(this._env, 'DeveloperMetadataFinder', new FakeDeveloperMetadataFinder(this._env, this.metadata, () => true));
  }

  // ---- internals ------------------------------------------------------------------------------------------
  _meta(): MetadataStore {
    return this.metadata;
  }
  _locale(): string {
    return this.locale;
  }
  _timeZone(): string {
    return this.timeZone;
  }
  _owner(): string {
    return this.books.owner();
  }
  _checkName(name: string, except?: FakeSheet): void {
    const key = name.toLowerCase();
    if (this.sheets.some((s) => s !== except && s.getName().toLowerCase() === key)) {
      fail(this._env, `A sheet with the name "${name}" already exists. Please enter another name.`);
    }
  }
  _checkCellLimit(extraCells: number): void {
    const total = this.sheets.reduce((n, s) => n + s._cells(), 0);
    if (total + extraCells > MAX_CELLS) {
      fail(this._env, `This action would increase the number of cells in the workbook above the limit of ${MAX_CELLS} cells.`);
    }
  }
  _setActive(sheet: FakeSheet, range?: FakeRange): void {
    this.active = sheet;
    this.activeRange = range ?? null;
  }
  _visibleCount(): number {
    return this.sheets.filter((s) => !s.isSheetHidden()).length;
  }
  _indexOf(sheet: FakeSheet): number {
    return this.sheets.indexOf(sheet);
  }
  _adopt(name: string, from: FakeSheet): FakeSheet {
    let candidate = name;
    for (let n = 2; this.getSheetByName(candidate); n++) candidate = `${name} ${n}`;
    this._checkCellLimit(from._cells() - DEFAULT_ROWS * DEFAULT_COLUMNS);
    const sheet = this._newSheet(candidate);
    sheet._copyFrom(from);
    return sheet;
  }
  /** Add a sheet without activating it; fixtures and insertSheet share this. */
  _newSheet(name: string, index?: number, rows = DEFAULT_ROWS, columns = DEFAULT_COLUMNS): FakeSheet {
    this._checkName(name);
    this._checkCellLimit(rows * columns);
    const id = this.sheetSeq === 0 ? 0 : 100_000_000 + this.sheetSeq * 7_919;
    this.sheetSeq++;
    const sheet = new FakeSheet(this, name, id, rows, columns);
    const at = index === undefined ? this.sheets.length : Math.max(0, Math.min(index, this.sheets.length));
    this.sheets.splice(at, 0, sheet);
    return sheet;
  }

  private defaultName(): string {
    for (let n = this.sheets.length + 1; ; n++) if (!this.getSheetByName(`Sheet${n}`)) return `Sheet${n}`;
  }
}
