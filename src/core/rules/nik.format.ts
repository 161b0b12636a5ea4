// nik.format: a NIK must be 16 digits once spaces, dots, dashes and a leading apostrophe are removed.
import { has16Digits } from '../ref/nik';
import { maskId } from '../text/mask';
import { defineRule, type Rule } from './types';

// Only on failing cells: keeps letters out of the message whatever else the cell held (it may be a name).
function digitsOnly(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) out += s[i];
  }
  return out;
}

/** The format rule of a 16-digit id field; kk.format is the same rule on `no_kk`. */
export function idFormatRule(id: 'nik.format' | 'kk.format', field: 'nik' | 'no_kk'): Rule<'beneficiary'> {
  return defineRule({
    id,
    kind: 'beneficiary',
    severity: 'error',
    check(rows, ctx, report) {
      if (!ctx.mapped.has(field)) return;
      for (let i = 0; i < rows.length; i++) {
        const r = rows[i];
        const v = r[field];
        if (v === undefined || has16Digits(v)) continue;
        const digits = digitsOnly(v.digits);
        const count = digits.length;
        // Junk from a number is "1.27501E+15" pasted as text, or a number that is no integer: the digits are gone, retype them.
        if (v.junk && v.fromNumber) report(r.row, field, count ? { value: maskId(digits), count } : { count }, { variant: 'number' });
        else if (count === 0) report(r.row, field, { count }, { variant: 'none' });
        else report(r.row, field, { value: maskId(digits), count }, v.junk ? { variant: 'junk' } : undefined);
      }
    },
  });
}

export const rule = idFormatRule('nik.format', 'nik');
