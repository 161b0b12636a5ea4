// Developer metadata: key/value tags on the spreadsheet, a sheet, or whole rows/columns that move with them.
import { Env, fail, list, metered } from './env';
import type { FakeRange } from './range';

/** What metadata needs from a sheet, without importing the sheet module. */
export interface MetaSheet {
  _rangeAt(row: number, column: number, numRows: number, numColumns: number): FakeRange;
  _maxRows(): number;
  _maxColumns(): number;
}

export type MetaLocation =
  | { type: 'SPREADSHEET' }
  | { type: 'SHEET'; sheet: MetaSheet }
  | { type: 'ROW' | 'COLUMN'; sheet: MetaSheet; start: number; count: number };

interface MetaRecord {
  id: number;
  key: string;
  value: string | null;
  visibility: string;
  location: MetaLocation;
}

export const DeveloperMetadataVisibility = { DOCUMENT: 'DOCUMENT', PROJECT: 'PROJECT' } as const;
export const DeveloperMetadataLocationType = {
  SPREADSHEET: 'SPREADSHEET',
  SHEET: 'SHEET',
  ROW: 'ROW',
  COLUMN: 'COLUMN',
} as const;

export const ARBITRARY_RANGE_MESSAGE =
  'Adding developer metadata to arbitrary ranges is not currently supported. Developer metadata may only be added to the top-level spreadsheet, an individual sheet, or an entire row or column.';

/** All metadata of one spreadsheet; ids are unique within it, as in Sheets. */
export class MetadataStore {
  private records: MetaRecord[] = [];
  private nextId = 1000;

  constructor(
    private readonly env: Env,
    private readonly spreadsheet: () => unknown,
  ) {}

  add(location: MetaLocation, key: string, value?: string | null, visibility?: string): FakeDeveloperMetadata {
    const record: MetaRecord = {
      id: this.nextId++,
      key: String(key),
      value: value === undefined || value === null ? null : String(value),
      visibility: visibility ? String(visibility) : 'DOCUMENT',
      location,
    };
    this.records.push(record);
    return this.wrap(record);
  }

  /** Metadata matching a predicate, in creation order. */
  select(
    pred: (location: MetaLocation, r: { key: string; value: string | null; visibility: string; id: number }) => boolean,
  ): FakeDeveloperMetadata[] {
    return this.records.filter((r) => pred(r.location, r)).map((r) => this.wrap(r));
  }

  /** Rows or columns were inserted before `at` (1-based): tags at or after it move down/right. */
  shift(sheet: MetaSheet, type: 'ROW' | 'COLUMN', at: number, n: number): void {
    for (const r of this.records) {
      const loc = r.location;
      if (loc.type === type && loc.sheet === sheet && loc.start >= at) loc.start += n;
    }
  }

  /** Rows or columns [at, at+n) were deleted: their tags go, later ones move up/left. */
  removeSpan(sheet: MetaSheet, type: 'ROW' | 'COLUMN', at: number, n: number): void {
    this.records = this.records.filter((r) => {
      const loc = r.location;
      if (loc.type !== type || loc.sheet !== sheet) return true;
      if (loc.start >= at && loc.start + loc.count <= at + n) return false;
      if (loc.start >= at + n) loc.start -= n;
      return true;
    });
  }

  removeSheet(sheet: MetaSheet): void {
    this.records = this.records.filter((r) => !('sheet' in r.location) || r.location.sheet !== sheet);
  }

  remove(record: MetaRecord): void {
    this.records = this.records.filter((r) => r !== record);
  }

  private wrap(record: MetaRecord): FakeDeveloperMetadata {
    return metered(this.env, 'DeveloperMetadata', new FakeDeveloperMetadata(this.env, this, record, this.spreadsheet));
  }
}

export class FakeDeveloperMetadata {
  constructor(
    private readonly env: Env,
    private readonly store: MetadataStore,
    private readonly record: MetaRecord,
    private readonly spreadsheet: () => unknown,
  ) {}

  getId(): number {
    return this.record.id;
  }
  getKey(): string {
    return this.record.key;
  }
  getValue(): string | null {
    return this.record.value;
  }
  getVisibility(): string {
    return this.record.visibility;
  }
  setKey(key: string): this {
    this.record.key = String(key);
    return this;
  }
  setValue(value: string): this {
    this.record.value = value === null ? null : String(value);
    return this;
  }
  setVisibility(visibility: string): this {
    this.record.visibility = String(visibility);
    return this;
  }
  remove(): void {
    this.store.remove(this.record);
  }
  getLocation(): FakeDeveloperMetadataLocation {
    return metered(this.env, 'DeveloperMetadataLocation', new FakeDeveloperMetadataLocation(this.record.location, this.spreadsheet));
  }
}

export class FakeDeveloperMetadataLocation {
  constructor(
    private readonly location: MetaLocation,
    private readonly spreadsheet: () => unknown,
  ) {}

  getLocationType(): string {
    return this.location.type;
  }
  getSpreadsheet(): unknown {
    return this.location.type === 'SPREADSHEET' ? this.spreadsheet() : null;
  }
  getSheet(): unknown {
    return this.location.type === 'SHEET' ? this.location.sheet : null;
  }
  getRow(): FakeRange | null {
    const loc = this.location;
    return loc.type === 'ROW' ? loc.sheet._rangeAt(loc.start, 1, loc.count, loc.sheet._maxColumns()) : null;
  }
  getColumn(): FakeRange | null {
    const loc = this.location;
    return loc.type === 'COLUMN' ? loc.sheet._rangeAt(1, loc.start, loc.sheet._maxRows(), loc.count) : null;
  }
}

/** Finder over a scope (a whole spreadsheet, or one sheet with its rows and columns). */
export class FakeDeveloperMetadataFinder {
  private filters: Array<(l: MetaLocation, r: { key: string; value: string | null; visibility: string; id: number }) => boolean> = [];

  constructor(
    private readonly env: Env,
    private readonly store: MetadataStore,
    private readonly scope: (l: MetaLocation) => boolean,
  ) {}

  withKey(key: string): this {
    this.filters.push((_, r) => r.key === key);
    return this;
  }
  withValue(value: string): this {
    this.filters.push((_, r) => r.value === value);
    return this;
  }
  withId(id: number): this {
    this.filters.push((_, r) => r.id === id);
    return this;
  }
  withVisibility(visibility: string): this {
    this.filters.push((_, r) => r.visibility === String(visibility));
    return this;
  }
  withLocationType(type: string): this {
    this.filters.push((l) => l.type === String(type));
    return this;
  }
  onIntersectingLocations(): this {
    return this;
  }
  find(): FakeDeveloperMetadata[] {
    return list(
      this.env,
      this.store.select((l, r) => this.scope(l) && this.filters.every((f) => f(l, r))),
    );
  }
}

export function checkWholeRowsOrColumns(
  env: Env,
  r: { row: number; column: number; numRows: number; numColumns: number },
  sheet: MetaSheet,
): MetaLocation {
  if (r.column === 1 && r.numColumns === sheet._maxColumns()) return { type: 'ROW', sheet, start: r.row, count: r.numRows };
  if (r.row === 1 && r.numRows === sheet._maxRows()) return { type: 'COLUMN', sheet, start: r.column, count: r.numColumns };
  return fail(env, ARBITRARY_RANGE_MESSAGE);
}
