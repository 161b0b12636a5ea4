// The rollup sheet's chart inputs: verification stages per kecamatan (a small table) and the two chart specs, as plain data.
import { t } from '../core/i18n';
import type { Lang } from '../core/model/types';
import { STAGES, type BeneficiaryRecord } from '../core/rollup/beneficiary';
import { percent, type Table } from '../core/rollup/table';

/** 1-based rectangle of the rollup sheet. */
export interface Box {
  row: number;
  column: number;
  numRows: number;
  numColumns: number;
}

export interface ChartPlan {
  /** Stable name, for tests and logs. */
  id: 'realisation' | 'verification';
  type: 'column' | 'bar';
  stacked: boolean;
  title: string;
  /** Title of the value axis (vertical for a column chart, horizontal for a bar chart). */
  valueAxisTitle: string;
  /** Label column first, then the series columns; each range includes the header row. */
  ranges: Box[];
  anchor: { row: number; column: number; offsetX: number; offsetY: number };
  width: number;
  height: number;
  colors: string[];
}

export const VERIFICATION_TABLE_ID = 'verification_by_kecamatan';

/** Diusulkan grey, kelurahan light blue, Dinsos blue, ditetapkan green, ditolak red, not filled light grey: the order of the stages. */
const STAGE_COLORS = ['#9aa0a6', '#8ab4f8', '#1a73e8', '#188038', '#d93025', '#dadce0'];
const REALISATION_COLORS = ['#1a73e8', '#f9ab00'];

/**
 * Recipients per kecamatan and the share at each verification stage. Counts are summed from the records' own stage
 * counts (exact), then made shares; rows without a kecamatan go last under "(tidak diisi)".
 */
export function verificationTable(records: readonly BeneficiaryRecord[], lang: Lang): Table | undefined {
  const groups = new Map<string, { recipients: number; stages: number[] }>();
  for (const r of records) {
    let g = groups.get(r.kecamatan);
    if (!g) groups.set(r.kecamatan, (g = { recipients: 0, stages: STAGES.map(() => 0) }));
    g.recipients += r.recipients;
    for (let k = 0; k < STAGES.length; k++) g.stages[k] += r.stages[STAGES[k]];
  }
  if (groups.size === 0) return undefined;
  const blank = t(lang, 'rollup.blank');
  const columns = ['rollup.col.kecamatan', 'rollup.col.recipients', ...STAGES.map((s) => 'rollup.col.stage_' + s)];
  const rows = [...groups.entries()]
    .sort(([a], [b]) => (a === '' ? 1 : 0) - (b === '' ? 1 : 0) || a.localeCompare(b, 'id', { numeric: true }))
    .map(([kec, g]) => [kec || blank, g.recipients, ...g.stages.map((n) => percent(n, g.recipients) ?? 0)]);
  return {
    id: VERIFICATION_TABLE_ID,
    title: t(lang, 'rekap.table.verification_by_kecamatan'),
    columns,
    header: columns.map((c) => t(lang, c)),
    rows,
  };
}

/** Where a table landed on the sheet: its header row and its data rows (1-based). */
export interface Placed {
  table: Table;
  headerRow: number;
  firstRow: number;
  lastRow: number;
}

export const CHART_SIZE = { width: 560, height: 380 } as const;

/** Column chart of realisasi keuangan % and fisik % per OPD; the city total row is left out (the headline gives it). */
export function realisationChart(opd: Placed, tw: string, lang: Lang, anchor: ChartPlan['anchor']): ChartPlan | undefined {
  const keu = opd.table.columns.indexOf('rollup.col.realisasi_keuangan_pct');
  const fis = opd.table.columns.indexOf('rollup.col.realisasi_fisik_pct');
  const groups = opd.lastRow - opd.firstRow; // the last data row is the city total
  if (keu < 0 || fis !== keu + 1 || groups < 1) return undefined;
  const numRows = groups + 1;
  return {
    id: 'realisation',
    type: 'column',
    stacked: false,
    title: t(lang, 'rekap.chart.realisation', { tw }),
    valueAxisTitle: t(lang, 'rekap.chart.realisation.y'),
    ranges: [
      { row: opd.headerRow, column: 1, numRows, numColumns: 1 },
      { row: opd.headerRow, column: keu + 1, numRows, numColumns: 2 },
    ],
    anchor,
    ...CHART_SIZE,
    colors: REALISATION_COLORS,
  };
}

/** Stacked bar chart of the verification stage shares per kecamatan. */
export function verificationChart(kec: Placed, lang: Lang, anchor: ChartPlan['anchor']): ChartPlan | undefined {
  const numRows = kec.lastRow - kec.headerRow + 1;
  if (numRows < 2) return undefined;
  return {
    id: 'verification',
    type: 'bar',
    stacked: true,
    title: t(lang, 'rekap.chart.verification'),
    valueAxisTitle: t(lang, 'rekap.chart.verification.x'),
    ranges: [
      { row: kec.headerRow, column: 1, numRows, numColumns: 1 },
      { row: kec.headerRow, column: 3, numRows, numColumns: STAGES.length },
    ],
    anchor,
    ...CHART_SIZE,
    colors: STAGE_COLORS,
  };
}
