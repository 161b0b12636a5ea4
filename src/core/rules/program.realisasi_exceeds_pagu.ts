// program.realisasi_exceeds_pagu: cumulative financial realisation may not exceed the pagu, at any level.
import { formatRupiah } from '../i18n/format';
import type { ProgramRow } from '../model/schemas';
import { defineRule } from './types';

const FIELDS = [
  'realisasi_keuangan_tw1',
  'realisasi_keuangan_tw2',
  'realisasi_keuangan_tw3',
  'realisasi_keuangan_tw4',
] as const satisfies readonly (keyof ProgramRow)[];
const TW = ['I', 'II', 'III', 'IV'];

// Differences under Rp 1 are rounding in formulas, and would show as equal amounts.
const over = (v: number | undefined, pagu: number): boolean => v !== undefined && v - pagu >= 1;

export const rule = defineRule({
  id: 'program.realisasi_exceeds_pagu',
  kind: 'program',
  severity: 'error',
  check(rows, ctx, report) {
    if (!ctx.mapped.has('pagu') || !FIELDS.some((f) => ctx.mapped.has(f))) return;
    for (const r of rows) {
      const pagu = r.pagu;
      // A negative pagu is a different mistake; comparing against it would only confuse.
      if (pagu === undefined || pagu < 0) continue;
      // Plain property reads: this runs on every row. Reported once, at the first quarter over the pagu.
      let q: number;
      if (over(r.realisasi_keuangan_tw1, pagu)) q = 0;
      else if (over(r.realisasi_keuangan_tw2, pagu)) q = 1;
      else if (over(r.realisasi_keuangan_tw3, pagu)) q = 2;
      else if (over(r.realisasi_keuangan_tw4, pagu)) q = 3;
      else continue;
      const field = FIELDS[q];
      report(r.row, field, { tw: TW[q], realisasi: formatRupiah(r[field] as number, ctx.lang), pagu: formatRupiah(pagu, ctx.lang) });
    }
  },
});
