// program.cumulative_decrease: cumulative realisation (keuangan and fisik) never falls from one quarter to the next.
import { formatNumber, formatRupiah } from '../i18n/format';
import type { ProgramRow } from '../model/schemas';
import type { Lang } from '../model/types';
import { defineRule, type Report } from './types';

type Quarterly = readonly (keyof ProgramRow & string)[];

const KEUANGAN = [
  'realisasi_keuangan_tw1',
  'realisasi_keuangan_tw2',
  'realisasi_keuangan_tw3',
  'realisasi_keuangan_tw4',
] as const satisfies Quarterly;
const FISIK = ['realisasi_fisik_tw1', 'realisasi_fisik_tw2', 'realisasi_fisik_tw3', 'realisasi_fisik_tw4'] as const satisfies Quarterly;
const TW = ['I', 'II', 'III', 'IV'];

interface Series {
  fields: Quarterly;
  /** Falls smaller than what the message can show (Rp 1, 0.01 %) are formula rounding. */
  tolerance: number;
  show: (v: number, lang: Lang) => string;
  variant: string;
}

const KEU: Series = { fields: KEUANGAN, tolerance: 1, show: (v, lang) => formatRupiah(v, lang), variant: 'keuangan' };
const FIS: Series = { fields: FISIK, tolerance: 0.005, show: (v, lang) => formatNumber(v, lang, 2) + '%', variant: 'fisik' };

// One row's four quarters, NaN where empty; reused so that rows allocate nothing.
const vals = new Float64Array(4);

function checkSeries(row: number, s: Series, lang: Lang, report: Report): void {
  // Templates prefill future quarters with 0: zeros after the last non-zero figure are "not reported yet", not a fall.
  let last = 3;
  while (last >= 0 && (vals[last] !== vals[last] || vals[last] === 0)) last--;
  let prevQ = -1;
  for (let q = 0; q <= last; q++) {
    const v = vals[q];
    if (v !== v) continue;
    if (prevQ >= 0 && vals[prevQ] - v >= s.tolerance) {
      report(
        row,
        s.fields[q],
        { tw: TW[q], value: s.show(v, lang), prevTw: TW[prevQ], prevValue: s.show(vals[prevQ], lang) },
        { variant: s.variant },
      );
    }
    prevQ = q;
  }
}

export const rule = defineRule({
  id: 'program.cumulative_decrease',
  kind: 'program',
  severity: 'error',
  check(rows, ctx, report) {
    const keu = KEUANGAN.some((f) => ctx.mapped.has(f));
    const fis = FISIK.some((f) => ctx.mapped.has(f));
    if (!keu && !fis) return;
    const lang = ctx.lang;
    // Plain property reads: this runs on every row.
    for (const r of rows) {
      if (keu) {
        vals[0] = r.realisasi_keuangan_tw1 ?? NaN;
        vals[1] = r.realisasi_keuangan_tw2 ?? NaN;
        vals[2] = r.realisasi_keuangan_tw3 ?? NaN;
        vals[3] = r.realisasi_keuangan_tw4 ?? NaN;
        checkSeries(r.row, KEU, lang, report);
      }
      if (fis) {
        vals[0] = r.realisasi_fisik_tw1 ?? NaN;
        vals[1] = r.realisasi_fisik_tw2 ?? NaN;
        vals[2] = r.realisasi_fisik_tw3 ?? NaN;
        vals[3] = r.realisasi_fisik_tw4 ?? NaN;
        checkSeries(r.row, FIS, lang, report);
      }
    }
  },
});
