// program.fisik_range: physical realisation is a percentage 0-100; every offending cell is reported.
import { rule } from '../../../src/core/rules/program.fisik_range';
import { ruleTable } from './harness';

ruleTable(rule, {
  pass: [
    {
      name: 'within 0-100',
      rows: [{ realisasi_fisik_tw1: 0, realisasi_fisik_tw2: 45.5, realisasi_fisik_tw3: 99.99, realisasi_fisik_tw4: 100 }],
    },
    { name: 'formula rounding just above 100', rows: [{ realisasi_fisik_tw4: 100.0000000001 }] },
    { name: 'empty cells', rows: [{ realisasi_fisik_tw1: undefined, pagu: 5 }] },
    { name: 'no fisik columns', rows: [{ pagu: 5 }] },
  ],
  fail: [
    {
      name: 'above 100 and negative, each cell',
      rows: [{ realisasi_fisik_tw1: -5, realisasi_fisik_tw2: 50, realisasi_fisik_tw3: 150, realisasi_fisik_tw4: 7500 }],
      expect: [
        { row: 2, field: 'realisasi_fisik_tw1', severity: 'error', params: { tw: 'I', value: '-5%' } },
        {
          row: 2,
          field: 'realisasi_fisik_tw3',
          params: { tw: 'III', value: '150%' },
          message: 'Realisasi fisik s.d. TW III tertulis 150%, padahal realisasi fisik adalah persen antara 0% dan 100%.',
        },
        { row: 2, field: 'realisasi_fisik_tw4', params: { tw: 'IV', value: '7.500%' } },
      ],
    },
    {
      name: 'just above 100',
      rows: [{ realisasi_fisik_tw2: 100.5 }],
      expect: [{ field: 'realisasi_fisik_tw2', params: { value: '100,5%' } }],
    },
    {
      name: 'parent rows too',
      rows: [{ kode: '1.06.04', level: 'program', realisasi_fisik_tw1: 101 }],
      expect: [{ field: 'realisasi_fisik_tw1' }],
    },
  ],
});
