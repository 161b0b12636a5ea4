// Chart series read from the report's rollup tables: realisation per OPD, and verification stages per kecamatan.
import { t } from '../../core/i18n';
import { STAGES, type Stage } from '../../core/rollup/beneficiary';
import type { ReportTable } from './json';

export interface RealisationRow {
  label: string;
  keuangan?: number;
  fisik?: number;
}

export interface RealisationData {
  rows: RealisationRow[];
  /** The table's closing city-wide row, when present. */
  city?: RealisationRow;
}

export interface VerificationRow {
  kecamatan: string;
  recipients: number;
  /** Percent of the kecamatan's recipients at each stage. */
  shares: Record<Stage, number>;
}

/** The JSON tables may carry the message-key columns of the core Table; when they do not, the documented column order stands. */
type TableWithColumns = ReportTable & { columns?: readonly string[] };

function columnIndex(table: TableWithColumns, key: string, fallback: number): number {
  const cols = table.columns;
  if (Array.isArray(cols) && cols.length > 0) return cols.indexOf(key);
  return fallback < table.header.length ? fallback : -1;
}

const num = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);
const text = (v: unknown): string => (v === undefined || v === null ? '' : String(v));

/** Labels the core gives the total row and unfilled groups, in both languages, since a report may be rendered in the other one. */
const labelsOf = (key: string): Set<string> => new Set([t('id', key), t('en', key)]);

/** program_by_opd: OPD in column 0, realisasi keuangan % in 3, realisasi fisik % in 4 (src/core/rollup/program.ts); last row = city. */
export function realisationData(tables: readonly ReportTable[]): RealisationData | undefined {
  const table = tables.find((x) => x.id === 'program_by_opd') as TableWithColumns | undefined;
  if (!table || !Array.isArray(table.rows)) return undefined;
  const iLabel = columnIndex(table, 'rollup.col.opd', 0);
  const iKeu = columnIndex(table, 'rollup.col.realisasi_keuangan_pct', 3);
  const iFis = columnIndex(table, 'rollup.col.realisasi_fisik_pct', 4);
  if (iLabel < 0 || iKeu < 0 || iFis < 0) return undefined;
  const totals = labelsOf('rollup.total');
  const rows: RealisationRow[] = [];
  let city: RealisationRow | undefined;
  table.rows.forEach((r, i) => {
    if (!Array.isArray(r)) return;
    const row: RealisationRow = { label: text(r[iLabel]) };
    const keu = num(r[iKeu]);
    const fis = num(r[iFis]);
    if (keu !== undefined) row.keuangan = keu;
    if (fis !== undefined) row.fisik = fis;
    if (i === table.rows.length - 1 && totals.has(row.label)) city = row;
    else rows.push(row);
  });
  if (rows.length === 0) return undefined;
  return city ? { rows, city } : { rows };
}

/**
 * beneficiary_by_area: kecamatan in column 1, recipients in 3, stage shares from 5 in STAGES order
 * (src/core/rollup/beneficiary.ts). Rows are per programme x kelurahan: shares are turned back into counts, summed per
 * kecamatan, and made shares again. The total row has an empty kecamatan and is left out.
 */
export function verificationData(tables: readonly ReportTable[]): VerificationRow[] | undefined {
  const table = tables.find((x) => x.id === 'beneficiary_by_area') as TableWithColumns | undefined;
  if (!table || !Array.isArray(table.rows)) return undefined;
  const iKec = columnIndex(table, 'rollup.col.kecamatan', 1);
  const iRec = columnIndex(table, 'rollup.col.recipients', 3);
  const iStage = STAGES.map((s, k) => columnIndex(table, 'rollup.col.stage_' + s, 5 + k));
  if (iKec < 0 || iRec < 0 || iStage.some((i) => i < 0)) return undefined;
  const groups = new Map<string, { recipients: number; counts: number[] }>();
  for (const r of table.rows) {
    if (!Array.isArray(r)) continue;
    const kec = text(r[iKec]);
    const n = num(r[iRec]);
    if (kec === '' || n === undefined || n <= 0) continue;
    let g = groups.get(kec);
    if (!g) groups.set(kec, (g = { recipients: 0, counts: STAGES.map(() => 0) }));
    g.recipients += n;
    for (let k = 0; k < STAGES.length; k++) g.counts[k] += ((num(r[iStage[k]]) ?? 0) * n) / 100;
  }
  if (groups.size === 0) return undefined;
  const blanks = labelsOf('rollup.blank');
  return [...groups.entries()]
    .sort(([a], [b]) => (blanks.has(a) ? 1 : 0) - (blanks.has(b) ? 1 : 0) || a.localeCompare(b, 'id', { numeric: true }))
    .map(([kecamatan, g]) => {
      const shares = {} as Record<Stage, number>;
      STAGES.forEach((s, k) => (shares[s] = Math.round((g.counts[k] / g.recipients) * 10000) / 100));
      return { kecamatan, recipients: g.recipients, shares };
    });
}
