// Tables of enumeration cells -> canonical values or "did you mean" suggestions.
import type { EnumId } from '../../../src/core/model/enums';
import { ENUMS } from '../../../src/core/model/enums';
import { readEnum } from '../../../src/core/parse/coerce';

const NBSP = '\u00a0';

describe('readEnum', () => {
  test.each<[EnumId, unknown, unknown]>([
    ['sex', 'L', { value: 'L' }],
    ['sex', 'l', { value: 'L' }],
    ['sex', ' Laki-Laki ', { value: 'L' }],
    ['sex', 'LAKI LAKI', { value: 'L' }],
    ['sex', 'Perempuan', { value: 'P' }],
    ['sex', NBSP + 'pr' + NBSP, { value: 'P' }],
    ['sex', 'Perempuaan', { suggestion: 'P' }],
    ['sex', 'Laki-lak', { suggestion: 'L' }],
    ['sex', 'Laki2', { value: 'L' }],
    ['sex', 'X', {}],
    ['sex', '-', undefined],
    ['program', 'PKH', { value: 'PKH' }],
    ['program', 'pkh', { value: 'PKH' }],
    ['program', 'Program Keluarga Harapan', { value: 'PKH' }],
    ['program', 'BPNT', { value: 'BPNT/Sembako' }],
    ['program', 'Sembako', { value: 'BPNT/Sembako' }],
    ['program', 'bpnt / sembako', { value: 'BPNT/Sembako' }],
    ['program', 'PBI-JK', { value: 'PBI-JK' }],
    ['program', 'KIS', { value: 'PBI-JK' }],
    ['program', 'KIP', { value: 'KIP/PIP' }],
    ['program', 'Kartu Indonesia Pintr', { suggestion: 'KIP/PIP' }],
    ['program', 'PKHH', { suggestion: 'PKH' }],
    ['program', 'Rutilahu', {}],
    ['basis_data', 'dtks', { value: 'DTKS' }],
    ['basis_data', 'DTSEN', { value: 'DTSEN' }],
    ['status_verifikasi', 'Diverifikasi Kelurahan', { value: 'diverifikasi_kelurahan' }],
    ['status_verifikasi', 'diverifikasi_kelurahan', { value: 'diverifikasi_kelurahan' }],
    ['status_verifikasi', 'Disetujui Dinas Sosial', { value: 'disetujui_dinsos' }],
    ['status_verifikasi', 'Ditolak', { value: 'ditolak' }],
    ['status_penerima', 'Meninggal Dunia', { value: 'meninggal' }],
    ['status_penerima', 'Non-Aktif', { value: 'nonaktif' }],
    ['status_penerima', 'Alm.', { value: 'meninggal' }],
    ['yesno', 'Ya', { value: 'Y' }],
    ['yesno', 'TIDAK', { value: 'N' }],
    ['yesno', '-', { value: 'N' }],
    ['yesno', '—', { value: 'N' }],
    ['yesno', '√', undefined],
    ['yesno', '✓', undefined],
    ['yesno', '?', undefined],
    ['yesno', 1, { value: 'Y' }],
    ['yesno', 0, { value: 'N' }],
    ['yesno', true, { value: 'Y' }],
    ['yesno', false, { value: 'N' }],
    ['sex', '', undefined],
    ['sex', '   ', undefined],
    ['sex', null, undefined],
    ['sex', undefined, undefined],
    ['sex', '#N/A', {}],
    ['sex', { error: '#REF!' }, {}],
    ['sex', NaN, {}],
    ['sex', Symbol('s'), {}],
  ])('%s %p -> %p', (enumId, input, expected) => {
    expect(readEnum(enumId, input)).toEqual(expected);
  });

  test('every spelling of every enumeration reads as its canonical value', () => {
    for (const id of Object.keys(ENUMS) as EnumId[]) {
      const table = ENUMS[id] as Readonly<Record<string, readonly string[]>>;
      for (const value of Object.keys(table)) {
        expect(readEnum(id, value)).toEqual({ value });
        for (const s of table[value]) expect(readEnum(id, s)).toEqual({ value });
        for (const s of table[value]) expect(readEnum(id, ' ' + s.toUpperCase() + ' ')).toEqual({ value });
      }
    }
  });

  test('extra spellings add configured programmes and win over built-in ones', () => {
    const extra = { 'pkh plus': 'PKH Plus', 'Bantuan Lansia': 'ASLUT', kis: 'KIS Daerah' };
    expect(readEnum('program', 'PKH Plus', extra)).toEqual({ value: 'PKH Plus' });
    expect(readEnum('program', 'bantuan-lansia', extra)).toEqual({ value: 'ASLUT' });
    expect(readEnum('program', 'KIS', extra)).toEqual({ value: 'KIS Daerah' });
    expect(readEnum('program', 'PKH', extra)).toEqual({ value: 'PKH' });
    expect(readEnum('program', 'Bantuan Lansiaa', extra)).toEqual({ suggestion: 'ASLUT' });
    // another configuration does not leak into this one, nor into the plain lookup
    expect(readEnum('program', 'KIS', { rastra: 'RASTRA' })).toEqual({ value: 'PBI-JK' });
    expect(readEnum('program', 'PKH Plus')).not.toEqual({ value: 'PKH Plus' });
  });

  test('an unknown enumeration id reads nothing and does not throw', () => {
    expect(readEnum('nope' as EnumId, 'x')).toEqual({});
    expect(readEnum('toString' as EnumId, 'x')).toEqual({});
  });
});
