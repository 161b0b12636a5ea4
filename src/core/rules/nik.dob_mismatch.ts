// nik.dob_mismatch: the date-of-birth column should agree with the NIK's day, month and two-digit year.
import { formatDay } from '../i18n/format';
import { isId16, nikBirth, twoDigits, ymdOfDay } from '../ref/nik';
import { maskId } from '../text/mask';
import { defineRule } from './types';

export const rule = defineRule({
  id: 'nik.dob_mismatch',
  kind: 'beneficiary',
  severity: 'warning',
  check(rows, ctx, report) {
    if (!ctx.mapped.has('nik') || !ctx.mapped.has('tanggal_lahir')) return;
    for (let i = 0; i < rows.length; i++) {
      const r = rows[i];
      const v = r.nik;
      const dob = r.tanggal_lahir;
      if (dob === undefined || !isId16(v)) continue;
      // Day, month and the year modulo 100 straight from the digits: the NIK holds two year digits, and a century guess must not
      // create a mismatch. Only a disagreement pays for decoding the NIK's date.
      const s = v.digits;
      const ymd = ymdOfDay(dob);
      const raw = twoDigits(s, 6);
      const d = raw > 40 ? raw - 40 : raw;
      if (d === ymd % 100 && twoDigits(s, 8) === Math.floor(ymd / 100) % 100 && twoDigits(s, 10) === Math.floor(ymd / 10000) % 100)
        continue;
      const fromNik = nikBirth(s, ctx.today);
      if (fromNik === undefined) continue; // nik.birthdate reports it
      report(r.row, 'tanggal_lahir', { value: maskId(v.digits), date: formatDay(dob), nikDate: formatDay(fromNik) });
    }
  },
});
