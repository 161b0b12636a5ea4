// The demo set's public shape: workbooks as plain grids (no file system), plus every problem planted in them on purpose.

export interface DemoSheet {
  name: string;
  /** Cell values as a host reads them: strings, numbers, Dates, '' for an empty cell. */
  rows: unknown[][];
  /** Merged ranges in A1 form, e.g. 'G3:J3'. */
  merges?: string[];
  /** 0-based columns formatted as text ('@'), so that a NIK typed as text stays text. */
  textColumns?: number[];
  /** Number formats by column letter ('K' -> '#,##0'), applied to the numbers and dates of that column. */
  numberFormats?: Record<string, string>;
  /** 0-based rows shown bold: title lines and header rows. */
  boldRows?: number[];
}

export interface DemoWorkbook {
  /** File name, e.g. 'penerima-pkh-binjai-timur.xlsx'. */
  file: string;
  sheets: DemoSheet[];
}

export interface Planted {
  /** The rule id that must find it. */
  rule: string;
  file: string;
  sheet: string;
  /** 1-based sheet row. */
  row: number;
  note: string;
}

export interface DemoSet {
  workbooks: DemoWorkbook[];
  planted: Planted[];
}

export interface DemoOptions {
  seed?: number;
  /** About this many recipient rows across the beneficiary workbooks (default 3,000). */
  recipients?: number;
}
