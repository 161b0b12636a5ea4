// program.fisik_range: cumulative physical realisation is a percentage, 0 to 100.
import { formatNumber } from '../i18n/format';
import type { ProgramRow } from '../model/schemas';
import type { Lang } from '../model/types';
import { defineRule, type Report } from './types';

const FIELDS = [
  'realisasi_fisik_tw1',
  'realisasi_fisik_tw2',
  'realisasi_fisik_tw3',
  'realisasi_fisik_tw4',
] as const satisfies readonly (keyof ProgramRow)[];
const TW = ['I', 'II', 'III', 'IV'];
// Below what two decimals can show, an excess is formula rounding (100.0000001), not a finding.
const EPS = 0.005;

function check(row: number, v: number | undefined, q: number, lang: Lang, report: Report): void {
  if (v !== undefined && (v < -EPS || v > 100 + EPS)) report(row, FIELDS[q], { tw: TW[q], value: formatNumber(v, lang, 2) + '%' });
}

export const rule = defineRule({
  id: 'program.fisik_range',
  kind: 'program',
  severity: 'error',
  check(rows, ctx, report) {
    if (!FIELDS.some((f) => ctx.mapped.has(f))) return;
    const lang = ctx.lang;
    // Plain property reads: this runs on every row.
    for (const r of rows) {
      check(r.row, r.realisasi_fisik_tw1, 0, lang, report);
      check(r.row, r.realisasi_fisik_tw2, 1, lang, report);
      check(r.row, r.realisasi_fisik_tw3, 2, lang, report);
      check(r.row, r.realisasi_fisik_tw4, 3, lang, report);
    }
  },
});
