// kk.date: digits 7-12 of a KK number are the ddmmyy date the family card was recorded: a real date (no +40 band), not after today.
import { decodeKk, isId16, kkDateProblem } from '../ref/nik';
import { maskId } from '../text/mask';
import { defineRule } from './types';

const pad2 = (n: number): string => (n < 10 ? '0' : '') + n;

export const rule = defineRule({
  id: 'kk.date',
  kind: 'beneficiary',
  severity: 'error',
  check(rows, ctx, report) {
    if (!ctx.mapped.has('no_kk')) return;
    for (let i = 0; i < rows.length; i++) {
      const r = rows[i];
      const v = r.no_kk;
      if (!isId16(v) || kkDateProblem(v.digits, ctx.today) === undefined) continue;
      const d = decodeKk(v.digits, ctx.today)!.recorded;
      const value = maskId(v.digits);
      const date = `${pad2(d.day)}/${pad2(d.month)}/${d.year}`;
      if (d.problem === 'day') report(r.row, 'no_kk', { value, day: pad2(d.rawDay) }, { variant: 'day' });
      else if (d.problem === 'month') report(r.row, 'no_kk', { value, month: pad2(d.month) }, { variant: 'month' });
      else if (d.problem === 'future') report(r.row, 'no_kk', { value, date }, { variant: 'future' });
      else report(r.row, 'no_kk', { value, date });
    }
  },
});
