// Cells of Sinergi's rollup sheet: text that Sheets keeps as typed, and the number format each column's figures take.
import type { Cell } from '../core/rollup/table';

export const FORMAT = {
  /** Rupiah and counts: whole numbers with thousands separators (the locale picks "." or ","). */
  whole: '#,##0',
  percent: '0.00',
  text: '@',
} as const;

/**
 * Every string is written with a leading apostrophe, which Sheets strips and which makes the cell text. That keeps text
 * that starts with = + - @ from becoming a formula, and labels such as urusan "1.06" or a kelurahan named "2025"
 * from being read as a number or a date in the spreadsheet's locale.
 */
export const asText = (s: string): string => (s === '' ? '' : "'" + s);

/** A table cell as written: numbers as numbers, text as text. */
export const sheetCell = (c: Cell | null | undefined): string | number =>
  typeof c === 'number' ? (Number.isFinite(c) ? c : '') : c === null || c === undefined ? '' : asText(String(c));

const MONEY = new Set(['rollup.col.pagu', 'rollup.col.realisasi_keuangan', 'rollup.col.pariwisata_pagu']);

/** The number format of a column, from its message key (stable across languages). */
export function columnFormat(key: string): string {
  if (MONEY.has(key)) return FORMAT.whole;
  if (key.endsWith('_pct') || key.startsWith('rollup.col.stage_') || key === 'rollup.col.rate' || key.endsWith('_rate'))
    return FORMAT.percent;
  return FORMAT.whole;
}
