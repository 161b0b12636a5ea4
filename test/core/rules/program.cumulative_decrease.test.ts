// program.cumulative_decrease: a cumulative figure falling from one quarter to the next, reported at the lower quarter.
import { rule } from '../../../src/core/rules/program.cumulative_decrease';
import { ruleTable } from './harness';

ruleTable(rule, {
  pass: [
    {
      name: 'rising and flat figures',
      rows: [
        {
          realisasi_keuangan_tw1: 100,
          realisasi_keuangan_tw2: 100,
          realisasi_keuangan_tw3: 500,
          realisasi_keuangan_tw4: 900,
          realisasi_fisik_tw1: 10,
          realisasi_fisik_tw2: 10,
          realisasi_fisik_tw3: 60,
          realisasi_fisik_tw4: 100,
        },
      ],
    },
    { name: 'gaps are skipped', rows: [{ realisasi_keuangan_tw1: 100, realisasi_keuangan_tw3: 300 }] },
    {
      name: 'future quarters prefilled with 0',
      rows: [
        {
          realisasi_keuangan_tw1: 100,
          realisasi_keuangan_tw2: 300,
          realisasi_keuangan_tw3: 0,
          realisasi_keuangan_tw4: 0,
          realisasi_fisik_tw1: 20,
          realisasi_fisik_tw2: 0,
        },
      ],
    },
    {
      name: 'rounding',
      rows: [{ realisasi_keuangan_tw1: 100.4, realisasi_keuangan_tw2: 100, realisasi_fisik_tw1: 50.004, realisasi_fisik_tw2: 50 }],
    },
    { name: 'no realisation columns', rows: [{ pagu: 100 }] },
  ],
  fail: [
    {
      name: 'keuangan falls in TW III',
      rows: [
        {
          realisasi_keuangan_tw1: 500000,
          realisasi_keuangan_tw2: 1300000,
          realisasi_keuangan_tw3: 1250000,
          realisasi_keuangan_tw4: 2000000,
        },
      ],
      expect: [
        {
          row: 2,
          field: 'realisasi_keuangan_tw3',
          severity: 'error',
          key: 'program.cumulative_decrease.keuangan',
          params: { tw: 'III', value: 'Rp 1.250.000', prevTw: 'II', prevValue: 'Rp 1.300.000' },
          message:
            'Realisasi keuangan s.d. TW III (Rp 1.250.000) lebih kecil dari realisasi s.d. TW II (Rp 1.300.000). Realisasi dicatat kumulatif (dihitung sejak awal tahun), jadi tidak boleh turun.',
        },
      ],
    },
    {
      name: 'compared with the last earlier quarter that has a value',
      rows: [{ realisasi_fisik_tw1: 40, realisasi_fisik_tw3: 30.5 }],
      expect: [
        {
          field: 'realisasi_fisik_tw3',
          key: 'program.cumulative_decrease.fisik',
          params: { tw: 'III', value: '30,5%', prevTw: 'I', prevValue: '40%' },
        },
      ],
    },
    {
      name: 'a zero between figures is a fall',
      rows: [{ realisasi_keuangan_tw1: 500, realisasi_keuangan_tw2: 0, realisasi_keuangan_tw3: 700 }],
      expect: [{ field: 'realisasi_keuangan_tw2', params: { value: 'Rp 0', prevValue: 'Rp 500' } }],
    },
    {
      name: 'each fall in each series',
      rows: [
        {
          realisasi_keuangan_tw1: 300,
          realisasi_keuangan_tw2: 200,
          realisasi_keuangan_tw3: 100,
          realisasi_fisik_tw1: 50,
          realisasi_fisik_tw2: 40,
        },
        { realisasi_keuangan_tw1: 10, realisasi_keuangan_tw4: -5 },
      ],
      expect: [
        { row: 2, field: 'realisasi_keuangan_tw2', params: { prevTw: 'I' } },
        { row: 2, field: 'realisasi_keuangan_tw3', params: { prevTw: 'II' } },
        { row: 2, field: 'realisasi_fisik_tw2' },
        { row: 3, field: 'realisasi_keuangan_tw4', params: { value: 'Rp -5' } },
      ],
    },
  ],
});
