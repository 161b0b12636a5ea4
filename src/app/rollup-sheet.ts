// Lays out the Rekap progres sheet as data: headline, chart area, the rollup tables stacked with their titles, formats and charts.
import { t } from '../core/i18n';
import type { Lang } from '../core/model/types';
import { TW_ROMAN } from '../core/rollup/progress';
import type { Table } from '../core/rollup/table';
import { rollupTables, type WorkbookResult } from '../core/workbook';
import { CHART_SIZE, realisationChart, verificationChart, verificationTable, type ChartPlan, type Placed } from './rollup-sheet-charts';
import { asText, columnFormat, FORMAT, sheetCell } from './rollup-sheet-cells';
import { headlineRows } from './rollup-sheet-headline';

export type { Box, ChartPlan } from './rollup-sheet-charts';

/** Everything the host writes, each grid over the same rectangle A1:(width x height), each in one call. */
export interface RollupSheetPlan {
  width: number;
  height: number;
  values: (string | number)[][];
  numberFormats: string[][];
  fontWeights: ('bold' | 'normal')[][];
  backgrounds: (string | null)[][];
  wraps: boolean[][];
  /** Pixel widths: column A (labels), then every other column. */
  columnWidths: { first: number; rest: number };
  /** The sheet must have at least this many columns so that the charts' anchors exist. */
  minColumns: number;
  tables: { id: string; title: string; titleRow: number; headerRow: number; firstRow: number; lastRow: number }[];
  charts: ChartPlan[];
}

const HEADER_BG = '#e8f0fe';
const TOTAL_BG = '#f1f3f4';
const COLUMN_WIDTHS = { first: 240, rest: 120 } as const;
/** Rows kept empty under the headline for the charts: CHART_SIZE.height over Sheets' default 21 px rows, plus a margin. */
const CHART_ROWS = Math.ceil(CHART_SIZE.height / 21) + 2;

interface Row {
  values: (string | number)[];
  formats: string[];
  bold: boolean;
  background: string | null;
  wrap: boolean;
}

const blankRow = (): Row => ({ values: [], formats: [], bold: false, background: null, wrap: false });

function tableRows(table: Table, totals: ReadonlySet<string>): Row[] {
  const out: Row[] = [
    { ...blankRow(), values: [asText(table.title)], formats: [FORMAT.text], bold: true },
    { values: table.header.map(asText), formats: table.header.map(() => FORMAT.text), bold: true, background: HEADER_BG, wrap: true },
  ];
  const formats = table.columns.map(columnFormat);
  table.rows.forEach((r, i) => {
    const total = i === table.rows.length - 1 && typeof r[0] === 'string' && totals.has(r[0]);
    out.push({
      values: r.map(sheetCell),
      formats: r.map((c, j) => (typeof c === 'number' ? (formats[j] ?? FORMAT.whole) : FORMAT.text)),
      bold: total,
      background: total ? TOTAL_BG : null,
      wrap: false,
    });
  });
  return out;
}

/**
 * One sheet, top to bottom: the sheet title and update time, the city headline (pagu, realisasi, recipients, families),
 * room for the two charts side by side, then every rollup table (title row, header row, rows, a blank row) and the
 * verification-per-kecamatan table the stacked bar chart reads. `updated` is the host's formatted "now".
 */
export function planRollupSheet(result: WorkbookResult, lang: Lang, updated: string): RollupSheetPlan {
  const tables = rollupTables(result, lang);
  const ben = result.rollups.beneficiary;
  const kecTable = ben ? verificationTable(ben.records, lang) : undefined;
  // The per-kecamatan summary goes before the long per-kelurahan detail.
  const at = tables.findIndex((x) => x.id === 'beneficiary_by_area');
  if (kecTable) tables.splice(at < 0 ? tables.length : at, 0, kecTable);

  const head = headlineRows(result, lang, updated);
  const rows: Row[] = head.values.map((values, i) => ({
    values,
    formats: head.formats[i],
    bold: i === 0,
    background: null,
    wrap: false,
  }));
  rows.push(blankRow());

  const wantCharts = Boolean(kecTable || tables.some((x) => x.id === 'program_by_opd'));
  const chartTop = rows.length + 1;
  if (wantCharts) for (let i = 0; i < CHART_ROWS; i++) rows.push(blankRow());
  if (tables.length === 0) rows.push({ ...blankRow(), values: [asText(t(lang, 'rekap.empty'))], formats: [FORMAT.text] });

  const totals = new Set([t(lang, 'rollup.total')]);
  const placed: RollupSheetPlan['tables'] = [];
  const byId = new Map<string, Placed>();
  for (const table of tables) {
    const titleRow = rows.length + 1;
    rows.push(...tableRows(table, totals));
    const p = { table, headerRow: titleRow + 1, firstRow: titleRow + 2, lastRow: rows.length };
    placed.push({ id: table.id, title: table.title, titleRow, headerRow: p.headerRow, firstRow: p.firstRow, lastRow: p.lastRow });
    byId.set(table.id, p);
    rows.push(blankRow());
  }

  const tw = result.rollups.program?.quarter === undefined ? '-' : TW_ROMAN[result.rollups.program.quarter - 1];
  const charts: ChartPlan[] = [];
  const opd = byId.get('program_by_opd');
  const realisation = opd && realisationChart(opd, tw, lang, { row: chartTop, column: 1, offsetX: 0, offsetY: 0 });
  if (realisation) charts.push(realisation);
  // Side by side: the second chart starts where the first one ends (column A plus whole columns of the default width).
  const secondColumn = 2 + Math.ceil((CHART_SIZE.width - COLUMN_WIDTHS.first) / COLUMN_WIDTHS.rest);
  const kec = byId.get('verification_by_kecamatan');
  const verification =
    kec &&
    verificationChart(kec, lang, { row: chartTop, column: charts.length ? secondColumn : 1, offsetX: charts.length ? 12 : 0, offsetY: 0 });
  if (verification) charts.push(verification);

  // A loop, not Math.max(...rows): a long per-kelurahan table would overflow the argument list.
  let width = 2;
  for (const r of rows) if (r.values.length > width) width = r.values.length;
  const pad = <T>(r: T[], fill: T): T[] => (r.length < width ? r.concat(new Array<T>(width - r.length).fill(fill)) : r);
  return {
    width,
    height: rows.length,
    values: rows.map((r) => pad(r.values.slice(), '')),
    numberFormats: rows.map((r) => pad(r.formats.slice(), FORMAT.text)),
    fontWeights: rows.map((r) => new Array<'bold' | 'normal'>(width).fill(r.bold ? 'bold' : 'normal')),
    backgrounds: rows.map((r) =>
      r.background ? pad(new Array<string | null>(r.values.length).fill(r.background), null) : new Array<null>(width).fill(null),
    ),
    wraps: rows.map((r) => new Array<boolean>(width).fill(r.wrap)),
    columnWidths: { ...COLUMN_WIDTHS },
    minColumns: Math.max(width, secondColumn + Math.ceil(CHART_SIZE.width / COLUMN_WIDTHS.rest) + 1),
    tables: placed,
    charts,
  };
}
