// The cells of one sheet as sparse layers (value, formula, note, validation, formats) that move together.
import { AUTOMATIC_FORMAT } from './cells';
import { Grid } from './grid';
import type { FakeDataValidation } from './validation';

/** Format attributes and what Sheets reports for a cell that never had one set. */
export const FORMAT_DEFAULTS = {
  numberFormat: AUTOMATIC_FORMAT,
  background: '#ffffff',
  fontWeight: 'normal',
  fontStyle: 'normal',
  fontColor: '#000000',
  fontSize: 10,
  fontFamily: 'Arial',
  wrap: false,
  horizontalAlignment: 'general',
  verticalAlignment: 'bottom',
} as const;

export type FormatName = keyof typeof FORMAT_DEFAULTS;
const FORMAT_NAMES = Object.keys(FORMAT_DEFAULTS) as FormatName[];

export class SheetData {
  values = new Grid<unknown>();
  formulas = new Grid<string>();
  notes = new Grid<string>();
  /** Whole-cell links from rich text values. */
  links = new Grid<string>();
  validations = new Grid<FakeDataValidation>();
  formats = Object.fromEntries(FORMAT_NAMES.map((n) => [n, new Grid<unknown>()])) as Record<FormatName, Grid<unknown>>;

  /** Layers whose content is data; inserted rows start empty in these. */
  private contentLayers(): Grid<unknown>[] {
    return [this.values, this.formulas, this.notes, this.links];
  }
  /** Layers inserted rows inherit from their neighbour, as Sheets does with formatting and validation. */
  private inheritedLayers(): Grid<unknown>[] {
    return [this.validations as Grid<unknown>, ...FORMAT_NAMES.map((n) => this.formats[n])];
  }

  /** Insert n rows at 0-based index `at`; formats and validations are copied from 0-based row `from`. */
  insertRows(at: number, n: number, from?: number): void {
    for (const g of this.contentLayers()) g.insertRows(at, n);
    for (const g of this.inheritedLayers()) g.insertRows(at, n, from);
  }
  deleteRows(at: number, n: number): void {
    for (const g of [...this.contentLayers(), ...this.inheritedLayers()]) g.deleteRows(at, n);
  }
  insertColumns(at: number, n: number, from?: number): void {
    for (const g of this.contentLayers()) g.insertColumns(at, n);
    for (const g of this.inheritedLayers()) g.insertColumns(at, n, from);
  }
  deleteColumns(at: number, n: number): void {
    for (const g of [...this.contentLayers(), ...this.inheritedLayers()]) g.deleteColumns(at, n);
  }

  clearContents(r0: number, c0: number, r1: number, c1: number): void {
    this.values.clearRect(r0, c0, r1, c1);
    this.formulas.clearRect(r0, c0, r1, c1);
    this.links.clearRect(r0, c0, r1, c1);
  }
  clearFormats(r0: number, c0: number, r1: number, c1: number): void {
    for (const n of FORMAT_NAMES) this.formats[n].clearRect(r0, c0, r1, c1);
  }

  /** Last 1-based row/column holding a value or formula; formats and notes do not count, as in Sheets. */
  lastRow(): number {
    return Math.max(this.values.lastRow(), this.formulas.lastRow());
  }
  lastColumn(): number {
    return Math.max(this.values.lastColumn(), this.formulas.lastColumn());
  }

  clone(): SheetData {
    const d = new SheetData();
    d.values = this.values.clone();
    d.formulas = this.formulas.clone();
    d.notes = this.notes.clone();
    d.links = this.links.clone();
    d.validations = this.validations.clone();
    for (const n of FORMAT_NAMES) d.formats[n] = this.formats[n].clone();
    return d;
  }
}
