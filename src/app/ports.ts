// The ports through which use-cases reach a host: workbooks, time, mail, storage, locks, digests and progress.
import type { Day } from '../core/model/types';
import { JAKARTA_OFFSET_MINUTES } from '../core/remind/calendar';

/** One sheet's contents as read in one call. */
export interface SheetData {
  name: string;
  /** The whole used range, rows of cell values (strings, numbers, booleans, Dates, ''). */
  values: unknown[][];
  /** Number formats of the same range when the host has them ('@' text, '0%' percent, ...). */
  numberFormats?: string[][];
}

/** A table a use-case writes: header row first. Text starting with = + - @ is written as text by every host. */
export interface TableData {
  rows: (string | number | boolean | Date | null)[][];
}

export interface WorkbookPort {
  /** File path or spreadsheet id. */
  readonly id: string;
  /** What a person calls it: file name or spreadsheet name. */
  readonly name: string;
  sheetNames(): string[];
  /** The whole sheet in one call. */
  readSheet(name: string): SheetData;
  /** Replaces the named sheet of the host's own output with the table, in one call; creates the sheet if needed. */
  writeTable(sheet: string, table: TableData): void;
}

export interface Clock {
  /** Now, as an instant. */
  now(): Date;
  /** Today as a calendar day in Asia/Jakarta. */
  today(): Day;
}

/** Progress of long work, for a progress bar; hosts may ignore it. */
export interface Progress {
  start(label: string, total: number): void;
  tick(done: number): void;
  end(): void;
}

export const NO_PROGRESS: Progress = { start: () => undefined, tick: () => undefined, end: () => undefined };

export { JAKARTA_OFFSET_MINUTES };

/** The calendar day in Asia/Jakarta of an instant. */
export const jakartaDay = (d: Date): Day => Math.floor((d.getTime() + JAKARTA_OFFSET_MINUTES * 60000) / 86400000);
