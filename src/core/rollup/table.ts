// Plain tables that any host (Sheets, xlsx, HTML, CLI) writes in one call: message-key columns, rendered headers, primitive cells.
import { t } from '../i18n';
import { maskDigitRuns } from '../text/mask';
import type { Lang, Params } from '../model/types';

export type Cell = string | number;

export interface Table {
  /** Stable id of the table, e.g. "program_by_opd", for sheet names and JSON. */
  id: string;
  /** The table's title in its language (message `rollup.table.<id>`). */
  title: string;
  /** Message keys of the column headings: stable across languages, for machines. */
  columns: readonly string[];
  /** The headings rendered in the table's language. */
  header: readonly string[];
  /** Numbers stay numbers (Rupiah whole or with cents, percentages 0-100 with 2 decimals) so hosts can format them; "" = not applicable. */
  rows: Cell[][];
}

/** A typed record list, and the same records as a table in a language. */
export interface RollupView<R> {
  id: string;
  records: readonly R[];
  toTable(lang: Lang): Table;
}

/** `params` fill placeholders of the headings, e.g. the quarter in "Realisasi s.d. TW {tw}". */
export const makeTable = (id: string, columns: readonly string[], lang: Lang, rows: Cell[][], params: Params = {}): Table => ({
  id,
  title: t(lang, `rollup.table.${id}`, params),
  columns,
  header: columns.map((c) => t(lang, c, params)),
  // Group labels come from the users' cells: a NIK typed into the Program column must not reach a report whole.
  rows: rows.map((r) => r.map((c) => (typeof c === 'string' ? maskDigitRuns(c) : c))),
});

/** Rounds to 2 decimals so that float noise (0.1 + 0.2) never reaches a sheet. */
export const round2 = (n: number): number => Math.round(n * 100) / 100;

/** part / whole as a percentage with 2 decimals; undefined when the whole is 0 (nothing to measure against). */
export const percent = (part: number, whole: number): number | undefined => (whole > 0 ? round2((part / whole) * 100) : undefined);

/** A number for a cell, or "" when absent. */
export const cell = (n: number | undefined): Cell => (n === undefined ? '' : n);
