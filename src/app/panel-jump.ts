// Where "jump to the cell" goes, decided without Sheets: a sheet and an A1 address checked against the sheet's size.
import { t } from '../core/i18n';
import type { Lang } from '../core/model/types';
import { parseA1, type A1Range } from './panel-cells';

/** What the host knows of the target sheet (null: no sheet of that name). */
export interface JumpTarget {
  name: string;
  maxRows: number;
  maxColumns: number;
  hidden: boolean;
}

/** The rectangle to select (whole rows resolved to the sheet's width), or null for the sheet alone. */
export type JumpPlan = { ok: true; range: Omit<A1Range, 'a1'> | null } | { ok: false; message: string };

/** Shown in a message: at most 100 characters of what the caller sent, never an object. */
const shown = (v: unknown): string => (typeof v === 'string' ? v.slice(0, 100) : '');

/** `cell` "" means the whole sheet (a finding about a missing column). */
export function planJump(lang: Lang, sheetName: unknown, cell: unknown, target: JumpTarget | null): JumpPlan {
  if (typeof sheetName !== 'string' || sheetName === '' || !target) {
    return { ok: false, message: t(lang, 'panel.jump.no_sheet', { sheet: shown(sheetName) }) };
  }
  if (target.hidden) return { ok: false, message: t(lang, 'panel.jump.hidden', { sheet: target.name }) };
  if (cell === '' || cell === undefined || cell === null) return { ok: true, range: null };
  const range = parseA1(cell);
  if (!range) return { ok: false, message: t(lang, 'panel.jump.bad_cell', { cell: shown(cell) }) };
  const numColumns = range.numColumns === 0 ? target.maxColumns : range.numColumns;
  if (range.row + range.numRows - 1 > target.maxRows || range.column + numColumns - 1 > target.maxColumns) {
    return { ok: false, message: t(lang, 'panel.jump.outside', { cell: range.a1, sheet: target.name }) };
  }
  return { ok: true, range: { row: range.row, column: range.column, numRows: range.numRows, numColumns } };
}
