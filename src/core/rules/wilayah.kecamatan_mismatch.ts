// wilayah.kecamatan_mismatch: the kecamatan must be one of Binjai's 5 and the one that holds the row's kelurahan.
import { findKecamatan, findKelurahan, placeKey, suggestKecamatan } from '../ref/wilayah';
import { defineRule } from './types';

export const rule = defineRule({
  id: 'wilayah.kecamatan_mismatch',
  kind: 'beneficiary',
  severity: 'error',
  check(rows, ctx, report) {
    if (!ctx.mapped.has('kecamatan')) return;
    const withKelurahan = ctx.mapped.has('kelurahan');
    for (let i = 0; i < rows.length; i++) {
      const r = rows[i];
      const s = r.kecamatan;
      if (!s) continue;
      const kec = findKecamatan(s);
      const kel = withKelurahan && r.kelurahan ? findKelurahan(r.kelurahan) : undefined;
      if (kec === undefined) {
        if (placeKey(s) === '') continue;
        // No close spelling: the kecamatan that holds the row's kelurahan is the likeliest meaning.
        const near = suggestKecamatan(s) ?? kel?.kecamatan;
        report(r.row, 'kecamatan', near ? { suggestion: near.name } : {}, { variant: 'unknown' });
      } else if (kel !== undefined && kel.kecamatan.code !== kec.code) {
        report(r.row, 'kecamatan', { kelurahan: kel.name, expected: kel.kecamatan.name, kecamatan: kec.name });
      }
    }
  },
});
