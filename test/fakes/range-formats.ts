// Range cell formats (number formats, colours, fonts, wrap, alignment) and the grid helpers every range method uses.
import { Rect } from './a1';
import { display } from './cells';
import { Env, fail } from './env';
import { MetadataStore } from './metadata';
import type { FakeProtection } from './protection';
import type { FakeRange } from './range';
import { FORMAT_DEFAULTS, FormatName, SheetData } from './store';

/** What a range needs from its sheet (implemented by FakeSheet). */
export interface RangeSheet {
  _data: SheetData;
  _env: Env;
  _meta(): MetadataStore;
  _locale(): string;
  _timeZone(): string;
  _rangeAt(row: number, column: number, numRows: number, numColumns: number): FakeRange;
  _maxRows(): number;
  _maxColumns(): number;
  _activate(range: FakeRange): void;
  _merges: Rect[];
  _addProtection(p: FakeProtection): FakeProtection;
  _owner(): string;
  _removeProtection(p: unknown): void;
  getName(): string;
  getSheetId(): number;
}

const NAMED_COLORS: Record<string, string> = {
  black: '#000000',
  white: '#ffffff',
  red: '#ff0000',
  green: '#008000',
  blue: '#0000ff',
  yellow: '#ffff00',
  orange: '#ffa500',
  gray: '#808080',
  grey: '#808080',
};

/** Sheets reports colours as lowercase #rrggbb. */
function normalizeColor(color: unknown): string | undefined {
  if (color === null || color === undefined || color === '') return undefined;
  const c = String(color).trim().toLowerCase();
  if (NAMED_COLORS[c]) return NAMED_COLORS[c];
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/.exec(c);
  return short ? `#${short[1]}${short[1]}${short[2]}${short[2]}${short[3]}${short[3]}` : c;
}

function typeName(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'Object[]';
  if (typeof v === 'string') return 'String';
  if (typeof v === 'number') return 'number';
  return typeof v === 'object' ? 'Object' : typeof v;
}

/** Base of FakeRange: the fields, the per-cell helpers and the formatting accessors. */
export abstract class RangeFormats {
  protected readonly env: Env;

  constructor(
    protected readonly sheet: RangeSheet,
    protected readonly rect: Rect,
  ) {
    this.env = sheet._env;
  }

  // ---- formats --------------------------------------------------------------------------------------------
  getNumberFormats(): string[][] {
    return this.attrGrid('numberFormat') as string[][];
  }
  getNumberFormat(): string {
    return this.attr('numberFormat') as string;
  }
  setNumberFormat(format: string): this {
    return this.setAttr('numberFormat', format === '' ? undefined : String(format));
  }
  setNumberFormats(formats: string[][]): this {
    return this.setAttrGrid('numberFormat', formats, 'setNumberFormats', (f) => (f === '' || f === null ? undefined : String(f)));
  }
  getBackgrounds(): string[][] {
    return this.attrGrid('background') as string[][];
  }
  getBackground(): string {
    return this.attr('background') as string;
  }
  setBackground(color: string | null): this {
    return this.setAttr('background', normalizeColor(color));
  }
  setBackgrounds(colors: Array<Array<string | null>>): this {
    return this.setAttrGrid('background', colors, 'setBackgrounds', normalizeColor);
  }
  setBackgroundRGB(red: number, green: number, blue: number): this {
    const hex = [red, green, blue].map((v) => v.toString(16).padStart(2, '0')).join('');
    return this.setAttr('background', `#${hex}`);
  }
  getFontWeights(): string[][] {
    return this.attrGrid('fontWeight') as string[][];
  }
  getFontWeight(): string {
    return this.attr('fontWeight') as string;
  }
  setFontWeight(weight: string | null): this {
    return this.setAttr('fontWeight', weight ?? undefined);
  }
  setFontWeights(weights: Array<Array<string | null>>): this {
    return this.setAttrGrid('fontWeight', weights, 'setFontWeights', (w) => w ?? undefined);
  }
  getFontColors(): string[][] {
    return this.attrGrid('fontColor') as string[][];
  }
  setFontColor(color: string | null): this {
    return this.setAttr('fontColor', normalizeColor(color));
  }
  setFontColors(colors: Array<Array<string | null>>): this {
    return this.setAttrGrid('fontColor', colors, 'setFontColors', normalizeColor);
  }
  getFontStyles(): string[][] {
    return this.attrGrid('fontStyle') as string[][];
  }
  setFontStyle(style: string | null): this {
    return this.setAttr('fontStyle', style ?? undefined);
  }
  getFontSizes(): number[][] {
    return this.attrGrid('fontSize') as number[][];
  }
  setFontSize(size: number): this {
    return this.setAttr('fontSize', size);
  }
  getFontFamilies(): string[][] {
    return this.attrGrid('fontFamily') as string[][];
  }
  setFontFamily(family: string | null): this {
    return this.setAttr('fontFamily', family ?? undefined);
  }
  getWraps(): boolean[][] {
    return this.attrGrid('wrap') as boolean[][];
  }
  getWrap(): boolean {
    return this.attr('wrap') as boolean;
  }
  setWrap(wrap: boolean): this {
    return this.setAttr('wrap', Boolean(wrap));
  }
  setWraps(wraps: boolean[][]): this {
    return this.setAttrGrid('wrap', wraps, 'setWraps', Boolean);
  }
  getHorizontalAlignments(): string[][] {
    return this.attrGrid('horizontalAlignment') as string[][];
  }
  setHorizontalAlignment(alignment: string | null): this {
    return this.setAttr('horizontalAlignment', alignment ?? undefined);
  }
  setHorizontalAlignments(alignments: Array<Array<string | null>>): this {
    return this.setAttrGrid('horizontalAlignment', alignments, 'setHorizontalAlignments', (a) => a ?? undefined);
  }
  setVerticalAlignment(alignment: string | null): this {
    return this.setAttr('verticalAlignment', alignment ?? undefined);
  }
  clearFormat(): this {
    this.data().clearFormats(...this.bounds());
    return this;
  }

  protected data(): SheetData {
    return this.sheet._data;
  }
  protected bounds(): [number, number, number, number] {
    const { row, column, numRows, numColumns } = this.rect;
    return [row - 1, column - 1, row - 1 + numRows, column - 1 + numColumns];
  }
  /** Visit cells: absolute 0-based r, c and relative i, j. */
  protected each(fn: (r: number, c: number, i: number, j: number) => void): void {
    const { row, column, numRows, numColumns } = this.rect;
    for (let i = 0; i < numRows; i++) for (let j = 0; j < numColumns; j++) fn(row - 1 + i, column - 1 + j, i, j);
  }
  /** A grid in the caller's realm; getters return copies, so callers cannot mutate the sheet through them. */
  protected grid<T>(fn: (r: number, c: number) => T): T[][] {
    const A = this.env.realm.Array;
    const { row, column, numRows, numColumns } = this.rect;
    const out = new A<T[]>(numRows);
    for (let i = 0; i < numRows; i++) {
      const line = new A<T>(numColumns);
      for (let j = 0; j < numColumns; j++) line[j] = fn(row - 1 + i, column - 1 + j);
      out[i] = line;
    }
    return out;
  }
  /** Display-value function for this sheet's cells (locals only: it runs once per cell). */
  protected shower(): (r: number, c: number) => string {
    const d = this.data();
    const locale = this.sheet._locale();
    const tz = this.sheet._timeZone();
    return (r, c) => display(d.values.get(r, c), d.formats.numberFormat.get(r, c) as string | undefined, locale, tz);
  }
  protected attr(name: FormatName): unknown {
    return this.data().formats[name].get(this.rect.row - 1, this.rect.column - 1) ?? FORMAT_DEFAULTS[name];
  }
  protected attrGrid(name: FormatName): unknown[][] {
    const g = this.data().formats[name];
    const fallback = FORMAT_DEFAULTS[name];
    return this.grid((r, c) => g.get(r, c) ?? fallback);
  }
  protected setAttr(name: FormatName, value: unknown): this {
    const g = this.data().formats[name];
    this.each((r, c) => g.set(r, c, value));
    return this;
  }
  protected setAttrGrid<T>(name: FormatName, values: T[][], method: string, normalize: (v: T) => unknown): this {
    const grid = this.checkGrid(values, method);
    const g = this.data().formats[name];
    this.each((r, c, i, j) => g.set(r, c, normalize(grid[i][j])));
    return this;
  }

  /** Apps Script's shape checks: a 2-D array whose rows and columns match the range exactly. */
  protected checkGrid<T>(values: T[][], method: string): T[][] {
    if (!Array.isArray(values) || values.some((row) => !Array.isArray(row))) {
      fail(this.env, `The parameters (${typeName(values)}) don't match the method signature for SpreadsheetApp.Range.${method}.`);
    }
    const { numRows, numColumns } = this.rect;
    if (values.length !== numRows) {
      fail(
        this.env,
        `The number of rows in the data does not match the number of rows in the range. The data has ${values.length} but the range has ${numRows}.`,
      );
    }
    for (const row of values) {
      if (row.length !== numColumns) {
        fail(
          this.env,
          `The number of columns in the data does not match the number of columns in the range. The data has ${row.length} but the range has ${numColumns}.`,
        );
      }
    }
    return values;
  }
}
