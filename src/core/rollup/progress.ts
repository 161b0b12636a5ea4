// Cumulative quarterly figures of a programme row: the value at a quarter, carried from the last quarter reported.
import type { ProgramRow } from '../model/schemas';

export type Quarter = 1 | 2 | 3 | 4;
type QuarterFields = readonly [keyof ProgramRow, keyof ProgramRow, keyof ProgramRow, keyof ProgramRow];

export const FISIK = [
  'realisasi_fisik_tw1',
  'realisasi_fisik_tw2',
  'realisasi_fisik_tw3',
  'realisasi_fisik_tw4',
] as const satisfies QuarterFields;
export const KEUANGAN = [
  'realisasi_keuangan_tw1',
  'realisasi_keuangan_tw2',
  'realisasi_keuangan_tw3',
  'realisasi_keuangan_tw4',
] as const satisfies QuarterFields;
export const CAPAIAN = ['capaian_tw1', 'capaian_tw2', 'capaian_tw3', 'capaian_tw4'] as const satisfies QuarterFields;
export type QuarterField = (typeof FISIK)[number] | (typeof KEUANGAN)[number] | (typeof CAPAIAN)[number];

export const TW_ROMAN = ['I', 'II', 'III', 'IV'] as const;

/**
 * The quarter whose value stands at quarter `q`: `q` itself when filled, else the latest earlier quarter that is. Figures are
 * cumulative and never fall, so the last one reported is what is known at `q` (an empty TW III after TW II = 40% means 40%, not 0).
 */
export function reportedQuarter(row: ProgramRow, fields: readonly QuarterField[], q: Quarter): Quarter | undefined {
  for (let k = q - 1; k >= 0; k--) if (row[fields[k]] !== undefined) return (k + 1) as Quarter;
  return undefined;
}

/** The cumulative value at quarter `q` (carried from an earlier quarter when `q` is empty), undefined when none is reported. */
export function valueAt(row: ProgramRow, fields: readonly QuarterField[], q: Quarter): number | undefined {
  for (let k = q - 1; k >= 0; k--) {
    const v = row[fields[k]] as number | undefined;
    if (v !== undefined) return v;
  }
  return undefined;
}

/** The latest quarter for which any row has a value in any of `fieldSets`; undefined when none has. */
export function latestQuarter(rows: readonly ProgramRow[], ...fieldSets: (readonly QuarterField[])[]): Quarter | undefined {
  let best = 0;
  for (const r of rows) {
    for (const fields of fieldSets) {
      for (let k = 3; k >= best; k--) {
        if (r[fields[k]] !== undefined) {
          best = k + 1;
          break;
        }
      }
    }
    if (best === 4) break;
  }
  return best === 0 ? undefined : (best as Quarter);
}

// Below what a percentage with two decimals shows, a shortfall is rounding (74.999 against 75), not a finding.
const EPS = 0.005;

/**
 * Whether a row's cumulative physical progress at quarter q (carried from the last quarter reported) is below the expected
 * curve. Rows that report no progress at all are not judged; a row with pagu 0 (dropped in the budget change) never is.
 * Shared by program.behind_schedule and the rollup, so that the rollup's count equals the findings.
 */
export function isBehind(r: ProgramRow, q: Quarter, expected: readonly number[]): boolean {
  if (r.pagu === 0) return false;
  const v = valueAt(r, FISIK, q);
  return v !== undefined && v < expected[q - 1] - EPS;
}
