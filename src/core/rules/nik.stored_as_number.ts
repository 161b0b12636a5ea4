// nik.stored_as_number: a NIK held as a number has passed through 15-digit or double precision; retype it or keep it as text.
import { isId16 } from '../ref/nik';
import { maskId } from '../text/mask';
import { defineRule, type Rule } from './types';

/** Error when the digits cannot be trusted (the last ones may be lost), else a warning that the cell must become text. */
export function storedAsNumberRule(id: 'nik.stored_as_number' | 'kk.stored_as_number', field: 'nik' | 'no_kk'): Rule<'beneficiary'> {
  return defineRule({
    id,
    kind: 'beneficiary',
    severity: 'error',
    check(rows, ctx, report) {
      if (!ctx.mapped.has(field)) return;
      for (let i = 0; i < rows.length; i++) {
        const r = rows[i];
        const v = r[field];
        if (!isId16(v) || !v.fromNumber) continue;
        if (v.trusted) report(r.row, field, { value: maskId(v.digits) }, { severity: 'warning', variant: 'intact' });
        else report(r.row, field, { value: maskId(v.digits) });
      }
    },
  });
}

export const rule = storedAsNumberRule('nik.stored_as_number', 'nik');
