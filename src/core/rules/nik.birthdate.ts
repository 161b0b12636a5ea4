// nik.birthdate: digits 7-12 of a NIK must be a real ddmmyy date, the day 01-31 for men or 41-71 for women.
import { decodeNik, isId16, nikBirthProblem } from '../ref/nik';
import { maskId } from '../text/mask';
import { defineRule } from './types';

const pad2 = (n: number): string => (n < 10 ? '0' : '') + n;

export const rule = defineRule({
  id: 'nik.birthdate',
  kind: 'beneficiary',
  severity: 'error',
  check(rows, ctx, report) {
    if (!ctx.mapped.has('nik')) return;
    for (let i = 0; i < rows.length; i++) {
      const r = rows[i];
      const v = r.nik;
      if (!isId16(v) || nikBirthProblem(v.digits, ctx.today) === undefined) continue;
      const b = decodeNik(v.digits, ctx.today)!.birth;
      const value = maskId(v.digits);
      if (b.problem === 'day') report(r.row, 'nik', { value, day: pad2(b.rawDay) }, { variant: 'day' });
      else if (b.problem === 'month') report(r.row, 'nik', { value, month: pad2(b.month) }, { variant: 'month' });
      else report(r.row, 'nik', { value, date: `${pad2(b.day)}/${pad2(b.month)}/${b.year}` });
    }
  },
});
