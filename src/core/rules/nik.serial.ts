// nik.serial: the last four digits of a NIK are a serial from 0001; 0000 is never issued.
import { isId16 } from '../ref/nik';
import { maskId } from '../text/mask';
import { defineRule } from './types';

export const rule = defineRule({
  id: 'nik.serial',
  kind: 'beneficiary',
  severity: 'error',
  check(rows, ctx, report) {
    if (!ctx.mapped.has('nik')) return;
    for (let i = 0; i < rows.length; i++) {
      const r = rows[i];
      const v = r.nik;
      // An untrusted number ends in 0 because Excel dropped the 16th digit: its serial says nothing (nik.stored_as_number reports it).
      if (!isId16(v) || (v.fromNumber && !v.trusted)) continue;
      const s = v.digits;
      if (s.charCodeAt(12) === 48 && s.charCodeAt(13) === 48 && s.charCodeAt(14) === 48 && s.charCodeAt(15) === 48) {
        report(r.row, 'nik', { value: maskId(s) });
      }
    }
  },
});
