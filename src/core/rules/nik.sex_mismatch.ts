// nik.sex_mismatch: the sex column should agree with the NIK, whose day of birth carries +40 for women.
import { isId16, nikSex } from '../ref/nik';
import { maskId } from '../text/mask';
import { defineRule } from './types';

export const rule = defineRule({
  id: 'nik.sex_mismatch',
  kind: 'beneficiary',
  severity: 'warning',
  check(rows, ctx, report) {
    if (!ctx.mapped.has('nik') || !ctx.mapped.has('jenis_kelamin')) return;
    for (let i = 0; i < rows.length; i++) {
      const r = rows[i];
      const v = r.nik;
      const sex = r.jenis_kelamin;
      if (sex === undefined || !isId16(v)) continue;
      const fromNik = nikSex(v.digits);
      if (fromNik === undefined || fromNik === sex) continue; // a day in no band is nik.birthdate's
      const params = { value: maskId(v.digits), sex, nikSex: fromNik };
      report(r.row, 'jenis_kelamin', params, fromNik === 'P' ? undefined : { variant: 'male' });
    }
  },
});
