// wilayah.kecamatan_mismatch: one of Binjai's 5 kecamatan, and the one that holds the row's kelurahan.
import { rule } from '../../../src/core/rules/wilayah.kecamatan_mismatch';
import { ruleTable } from './harness';

ruleTable(rule, {
  pass: [
    { name: 'kelurahan in its kecamatan', rows: [{ kelurahan: 'Pahlawan', kecamatan: 'Binjai Utara' }] },
    { name: 'prefixes and other spelling', rows: [{ kelurahan: 'Kel. Jatinegara', kecamatan: 'Kec. Binjai Utara' }] },
    { name: 'lower case, trailing spaces', rows: [{ kelurahan: 'sukaramai ', kecamatan: 'binjai barat ' }] },
    { name: '"Kecamatan" prefix, upper case', rows: [{ kelurahan: 'TANGSI', kecamatan: 'KECAMATAN BINJAI KOTA' }] },
    { name: 'no kelurahan column', rows: [{ kecamatan: 'Binjai Timur' }] },
    {
      name: 'an unknown kelurahan is wilayah.kelurahan_unknown only',
      rows: [{ kelurahan: 'Petisah Tengah', kecamatan: 'Binjai Selatan' }],
    },
    { name: 'an empty kelurahan', rows: [{ kelurahan: undefined, kecamatan: 'Binjai Selatan' }] },
    { name: 'a dash means nothing written', rows: [{ kelurahan: 'Pahlawan', kecamatan: '-' }] },
    { name: 'no kecamatan column', rows: [{ kelurahan: 'Pahlawan' }] },
  ],
  fail: [
    {
      name: 'kelurahan in another kecamatan',
      rows: [{ kelurahan: 'Pahlawan', kecamatan: 'Binjai Kota' }],
      expect: [
        {
          field: 'kecamatan',
          severity: 'error',
          key: 'wilayah.kecamatan_mismatch',
          params: { kelurahan: 'Pahlawan', expected: 'Binjai Utara', kecamatan: 'Binjai Kota' },
          message: 'Kelurahan Pahlawan berada di Kecamatan Binjai Utara, bukan di Kecamatan Binjai Kota.',
        },
      ],
    },
    {
      name: 'with prefixes and the other spelling',
      rows: [{ kelurahan: 'Kel. Jati Negara', kecamatan: 'kec. binjai selatan' }],
      expect: [{ params: { kelurahan: 'Jati Negara', expected: 'Binjai Utara', kecamatan: 'Binjai Selatan' } }],
    },
    {
      name: 'a typo in the kecamatan',
      rows: [{ kelurahan: 'Pahlawan', kecamatan: 'Binjai Utra' }],
      expect: [
        {
          key: 'wilayah.kecamatan_mismatch.unknown',
          params: { suggestion: 'Binjai Utara' },
          message: expect.stringContaining('Maksud Anda: "Binjai Utara"?'),
        },
      ],
    },
    {
      name: 'the direction alone',
      rows: [{ kecamatan: 'Selatan' }],
      expect: [{ key: 'wilayah.kecamatan_mismatch.unknown', params: { suggestion: 'Binjai Selatan' } }],
    },
    {
      name: 'a kecamatan of Medan: the kelurahan tells which was meant',
      rows: [{ kelurahan: 'Tangsi', kecamatan: 'Medan Kota' }],
      expect: [{ key: 'wilayah.kecamatan_mismatch.unknown', params: { suggestion: 'Binjai Kota' } }],
    },
    {
      name: 'unknown, nothing close',
      rows: [{ kecamatan: 'Sunggal' }],
      expect: [{ key: 'wilayah.kecamatan_mismatch.unknown', message: expect.not.stringContaining('Maksud Anda') }],
    },
  ],
});
