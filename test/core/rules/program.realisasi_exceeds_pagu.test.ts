// program.realisasi_exceeds_pagu: cumulative realisation above the pagu, once per row at the first offending quarter.
import { rule } from '../../../src/core/rules/program.realisasi_exceeds_pagu';
import { ruleTable } from './harness';

ruleTable(rule, {
  pass: [
    {
      name: 'realisation within the pagu',
      rows: [
        {
          kode: '1.06.04.2.01.0001',
          pagu: 1250000,
          realisasi_keuangan_tw1: 100000,
          realisasi_keuangan_tw2: 1250000,
          realisasi_keuangan_tw4: 1250000,
        },
      ],
    },
    { name: 'rounding under Rp 1', rows: [{ pagu: 1250000, realisasi_keuangan_tw1: 1250000.6 }] },
    { name: 'no pagu written (field.required reports it)', rows: [{ pagu: undefined, realisasi_keuangan_tw1: 500 }] },
    { name: 'negative pagu is another mistake', rows: [{ pagu: -5, realisasi_keuangan_tw1: 0 }] },
    { name: 'no realisation columns', rows: [{ pagu: 100 }] },
    { name: 'no pagu column', rows: [{ realisasi_keuangan_tw1: 100 }] },
    { name: 'negative realisation does not exceed', rows: [{ pagu: 100, realisasi_keuangan_tw1: -50 }] },
  ],
  fail: [
    {
      name: 'TW II above the pagu, reported once at TW II',
      rows: [
        {
          kode: '1.06.04.2.01.0001',
          pagu: 1250000,
          realisasi_keuangan_tw1: 500000,
          realisasi_keuangan_tw2: 1300000,
          realisasi_keuangan_tw3: 1400000,
        },
      ],
      expect: [
        {
          row: 2,
          field: 'realisasi_keuangan_tw2',
          severity: 'error',
          params: { tw: 'II', realisasi: 'Rp 1.300.000', pagu: 'Rp 1.250.000' },
          message: 'Realisasi keuangan s.d. TW II (Rp 1.300.000) melebihi pagu (Rp 1.250.000). Periksa angka realisasi atau pagunya.',
        },
      ],
    },
    {
      name: 'pagu 0 with realisation',
      rows: [{ pagu: 0, realisasi_keuangan_tw3: 10 }],
      expect: [{ field: 'realisasi_keuangan_tw3', params: { pagu: 'Rp 0', realisasi: 'Rp 10' } }],
    },
    {
      name: 'a parent row over its own pagu',
      rows: [{ kode: '1.06.04', level: 'program', pagu: 1000, realisasi_keuangan_tw4: 2000 }],
      expect: [{ field: 'realisasi_keuangan_tw4' }],
    },
    {
      name: 'each row once',
      rows: [
        { pagu: 100, realisasi_keuangan_tw1: 200, realisasi_keuangan_tw2: 300 },
        { pagu: 100, realisasi_keuangan_tw1: 50 },
        { pagu: 100, realisasi_keuangan_tw4: 101 },
      ],
      expect: [
        { row: 2, field: 'realisasi_keuangan_tw1' },
        { row: 4, field: 'realisasi_keuangan_tw4' },
      ],
    },
    {
      name: 'English amounts',
      rows: [{ pagu: 1250000, realisasi_keuangan_tw1: 1300000 }],
      ctx: { lang: 'en' },
      expect: [{ params: { realisasi: 'Rp 1,300,000', pagu: 'Rp 1,250,000' } }],
    },
  ],
});
