// wilayah.kelurahan_unknown: the kelurahan must be one of Kota Binjai's 37, whatever its case, spacing or "Kel." prefix.
import { findKelurahan, placeKey, suggestKelurahan } from '../ref/wilayah';
import { defineRule } from './types';

export const rule = defineRule({
  id: 'wilayah.kelurahan_unknown',
  kind: 'beneficiary',
  severity: 'error',
  check(rows, ctx, report) {
    if (!ctx.mapped.has('kelurahan')) return;
    for (let i = 0; i < rows.length; i++) {
      const r = rows[i];
      const s = r.kelurahan;
      if (!s || findKelurahan(s) !== undefined || placeKey(s) === '') continue; // "-" or blanks: nothing written
      const near = suggestKelurahan(s);
      // The cell's text is not repeated: it may hold an address. The suggestion is an official name.
      report(r.row, 'kelurahan', near ? { suggestion: near.name } : {});
    }
  },
});
