// wilayah.kelurahan_unknown: one of Binjai's 37 kelurahan whatever the case, spacing or prefix; otherwise a "did you mean".
import { rule } from '../../../src/core/rules/wilayah.kelurahan_unknown';
import { ruleTable } from './harness';

ruleTable(rule, {
  pass: [
    { name: 'as in the register', rows: [{ kelurahan: 'Jati Negara' }] },
    { name: 'the other edition spelling', rows: [{ kelurahan: 'Jatinegara' }] },
    { name: '"Kel." prefix', rows: [{ kelurahan: 'Kel. Jati Negara' }] },
    { name: '"Kel." prefix without a space', rows: [{ kelurahan: 'Kel.Pahlawan' }] },
    { name: '"Kelurahan" prefix', rows: [{ kelurahan: 'Kelurahan Tanah Tinggi' }] },
    { name: '"Desa" prefix', rows: [{ kelurahan: 'Desa Mencirim' }] },
    { name: 'lower case', rows: [{ kelurahan: 'sumber mulyorejo' }] },
    { name: 'upper case, trailing space', rows: [{ kelurahan: 'SUKARAMAI ' }] },
    { name: 'spaced differently', rows: [{ kelurahan: 'Suka ramai' }] },
    { name: 'the kelurahan code', rows: [{ kelurahan: '12.75.01.1001' }] },
    { name: 'a dash means nothing written', rows: [{ kelurahan: '-' }] },
    { name: 'an empty cell', rows: [{ kelurahan: undefined, kecamatan: 'Binjai Utara' }] },
    { name: 'no kelurahan column', rows: [{ kecamatan: 'Binjai Utara' }] },
  ],
  fail: [
    {
      name: 'a typo, with a suggestion',
      rows: [{ kelurahan: 'Jati Negera' }],
      expect: [
        {
          row: 2,
          field: 'kelurahan',
          severity: 'error',
          key: 'wilayah.kelurahan_unknown',
          params: { suggestion: 'Jati Negara' },
          message: expect.stringContaining('Maksud Anda: "Jati Negara"?'),
        },
      ],
    },
    { name: 'a typo after "Kel."', rows: [{ kelurahan: 'Kel. Tanah Tingi' }], expect: [{ params: { suggestion: 'Tanah Tinggi' } }] },
    { name: 'lower case typo', rows: [{ kelurahan: 'bakti karya' }], expect: [{ params: { suggestion: 'Bhakti Karya' } }] },
    {
      name: 'a kelurahan of Medan, outside Binjai',
      rows: [{ kelurahan: 'Petisah Tengah' }],
      expect: [{ key: 'wilayah.kelurahan_unknown', message: expect.not.stringContaining('Maksud Anda') }],
    },
    { name: 'a kecamatan in the kelurahan column', rows: [{ kelurahan: 'Binjai Utara' }], expect: [{ key: 'wilayah.kelurahan_unknown' }] },
    { name: 'the prefix alone', rows: [{ kelurahan: 'Kel.' }], expect: [{ key: 'wilayah.kelurahan_unknown' }] },
    {
      name: 'the cell text is never repeated in the message',
      rows: [{ kelurahan: 'Jl. Samanhudi No. 5' }],
      expect: [{ message: expect.not.stringContaining('Samanhudi') }],
    },
  ],
});
