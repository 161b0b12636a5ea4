// nik.region: digits 1-4 must be a Kemendagri kab/kota code (any edition), and a Binjai NIK's digits 5-6 one of its kecamatan.
import { isId16, regionProblem } from '../ref/nik';
import { maskId } from '../text/mask';
import { defineRule, type Rule } from './types';

/** A NIK from outside Binjai is legitimate; only codes no edition ever held are flagged. Digits 1-6 survive number truncation. */
export function regionRule(id: 'nik.region' | 'kk.region', field: 'nik' | 'no_kk'): Rule<'beneficiary'> {
  return defineRule({
    id,
    kind: 'beneficiary',
    severity: 'error',
    check(rows, ctx, report) {
      if (!ctx.mapped.has(field)) return;
      for (let i = 0; i < rows.length; i++) {
        const r = rows[i];
        const v = r[field];
        if (!isId16(v)) continue;
        const problem = regionProblem(v.digits);
        if (problem === undefined) continue;
        const value = maskId(v.digits);
        if (problem === 'province') report(r.row, field, { value, code: v.digits.slice(0, 2) }, { variant: 'province' });
        else if (problem === 'kecamatan') report(r.row, field, { value, code: v.digits.slice(4, 6) }, { variant: 'kecamatan' });
        else report(r.row, field, { value, code: v.digits.slice(0, 4) });
      }
    },
  });
}

export const rule = regionRule('nik.region', 'nik');
