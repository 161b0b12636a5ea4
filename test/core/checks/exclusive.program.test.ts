// exclusive.program: a person or a family in two programmes that exclude each other in one period; person findings win.
import { rule } from '../../../src/core/checks/exclusive.program';
import { DEFAULT_CONFIG } from '../../../src/core/model/config';
import { crossTable, num16, person, text16 } from './harness';

const A = '1275014505800001';
const B = '1275010101900002';
const KK = text16('1275010101150001');
const KK2 = text16('1275010101150002');

crossTable(rule, {
  pass: [
    {
      name: 'BST and PKH in different periods',
      sheets: [
        { sheet: 'BST', rows: [person(A, 'Siti', { program: 'BST', periode: '2020' })] },
        { sheet: 'PKH', rows: [person(A, 'Siti', { program: 'PKH', periode: '2021' })] },
      ],
    },
    {
      name: 'a period and no period do not meet',
      sheets: [
        { sheet: 'BST', rows: [person(A, 'Siti', { program: 'BST', periode: '2020' })] },
        { sheet: 'PKH', rows: [person(A, 'Siti', { program: 'PKH' })] },
      ],
    },
    {
      name: 'PKH with BPNT/Sembako is allowed',
      sheets: [
        {
          sheet: 'Bansos',
          rows: [
            person(A, 'Siti', { program: 'PKH', periode: '2020', no_kk: KK }),
            person(B, 'Budi', { program: 'BPNT/Sembako', periode: '2020', no_kk: KK }),
          ],
        },
      ],
    },
    {
      name: 'two families',
      sheets: [
        {
          sheet: 'Bansos',
          rows: [
            person(A, 'Siti', { program: 'BST', periode: '2020', no_kk: KK }),
            person(B, 'Budi', { program: 'PKH', periode: '2020', no_kk: KK2 }),
          ],
        },
      ],
    },
    {
      name: 'a rejected proposal or an inactive recipient receives nothing',
      sheets: [
        {
          sheet: 'Bansos',
          rows: [
            person(A, 'Siti', { program: 'BST', periode: '2020', status_verifikasi: 'ditolak' }),
            person(A, 'Siti', { program: 'PKH', periode: '2020' }),
            person(B, 'Budi', { program: 'BST', periode: '2020' }),
            person(B, 'Budi', { program: 'BPNT/Sembako', periode: '2020', status_penerima: 'nonaktif' }),
          ],
        },
      ],
    },
    {
      name: 'rows with missing NIK and KK are skipped',
      sheets: [
        {
          sheet: 'Bansos',
          rows: [
            person(undefined, 'Siti', { program: 'BST', periode: '2020' }),
            person(undefined, 'Siti', { program: 'PKH', periode: '2020' }),
          ],
        },
      ],
    },
    {
      name: 'untrusted numeric NIKs and KKs are not joined',
      sheets: [
        {
          sheet: 'Bansos',
          rows: [
            person(num16(1275014505800000), 'Siti', { program: 'BST', periode: '2020', no_kk: num16(1275010101150000) }),
            person(num16(1275014505800000), 'Ani', { program: 'PKH', periode: '2020', no_kk: num16(1275010101150000) }),
          ],
        },
      ],
    },
    {
      name: 'no pairs configured',
      sheets: [
        {
          sheet: 'Bansos',
          rows: [person(A, 'Siti', { program: 'BST', periode: '2020' }), person(A, 'Siti', { program: 'PKH', periode: '2020' })],
        },
      ],
      ctx: { config: { ...DEFAULT_CONFIG, exclusive: [] } },
    },
  ],
  fail: [
    {
      name: 'a person in BST and PKH in one period, across two workbooks',
      sheets: [
        {
          file: 'dinsos.xlsx',
          sheet: 'BST',
          rows: [person(B, 'Budi', { program: 'BST', periode: '2020' }), person(A, 'Siti', { program: 'BST', periode: '2020' })],
        },
        { file: 'kemensos.xlsx', sheet: 'PKH', rows: [person(A, 'Siti', { program: 'PKH', periode: '2020' })] },
      ],
      expect: [
        {
          at: ['[dinsos.xlsx]BST!3', '[kemensos.xlsx]PKH!2'],
          fields: ['program', 'program'],
          key: 'exclusive.program',
          severity: 'error',
          params: { nik: '127501********01', program: 'BST', other: 'PKH', periode: '2020', count: 2 },
        },
      ],
    },
    {
      name: 'no period on both sides',
      sheets: [{ sheet: 'Bansos', rows: [person(A, 'Siti', { program: 'BPNT/Sembako' }), person(A, 'Siti', { program: 'BST' })] }],
      expect: [{ at: ['Bansos!2', 'Bansos!3'], key: 'exclusive.program.no_period', params: { program: 'BST', other: 'BPNT/Sembako' } }],
    },
    {
      name: 'a family (same KK, different NIKs) in BST and PKH',
      sheets: [
        { sheet: 'BST', rows: [person(A, 'Siti', { program: 'BST', periode: '2020', no_kk: KK })] },
        { sheet: 'PKH', rows: [person(B, 'Budi', { program: 'PKH', periode: '2020', no_kk: KK })] },
      ],
      expect: [
        {
          at: ['BST!2', 'PKH!2'],
          key: 'exclusive.program.family',
          params: { kk: '127501********01', program: 'BST', other: 'PKH', periode: '2020' },
        },
      ],
    },
    {
      name: 'a family without periods',
      sheets: [
        {
          sheet: 'Bansos',
          rows: [person(A, 'Siti', { program: 'BST', no_kk: KK }), person(undefined, 'Budi', { program: 'PKH', no_kk: KK })],
        },
      ],
      expect: [{ at: ['Bansos!2', 'Bansos!3'], key: 'exclusive.program.family_no_period' }],
    },
    {
      name: 'one person in both: reported as the person, not again as the family',
      sheets: [
        {
          sheet: 'Bansos',
          rows: [
            person(A, 'Siti', { program: 'BST', periode: '2020', no_kk: KK }),
            person(A, 'Siti', { program: 'PKH', periode: '2020', no_kk: KK }),
          ],
        },
      ],
      expect: [{ at: ['Bansos!2', 'Bansos!3'], key: 'exclusive.program' }],
    },
    {
      name: 'person and family together: the family finding holds only the pairs of different people',
      sheets: [
        {
          sheet: 'Bansos',
          rows: [
            person(A, 'Siti', { program: 'BST', periode: '2020', no_kk: KK }),
            person(A, 'Siti', { program: 'PKH', periode: '2020', no_kk: KK }),
            person(B, 'Budi', { program: 'PKH', periode: '2020', no_kk: KK }),
          ],
        },
      ],
      expect: [
        { at: ['Bansos!2', 'Bansos!3'], key: 'exclusive.program' },
        { at: ['Bansos!2', 'Bansos!4'], key: 'exclusive.program.family', params: { count: 2 } },
      ],
    },
    {
      name: 'BST with both PKH and BPNT/Sembako: one finding per pair',
      sheets: [
        {
          sheet: 'Bansos',
          rows: [
            person(A, 'Siti', { program: 'PKH', periode: '2020' }),
            person(A, 'Siti', { program: 'BST', periode: '2020' }),
            person(A, 'Siti', { program: 'BPNT/Sembako', periode: '2020' }),
          ],
        },
      ],
      expect: [
        { at: ['Bansos!2', 'Bansos!3'], params: { program: 'BST', other: 'PKH' } },
        { at: ['Bansos!3', 'Bansos!4'], params: { program: 'BST', other: 'BPNT/Sembako' } },
      ],
    },
    {
      name: 'pairs from the configuration',
      sheets: [
        {
          sheet: 'Bansos',
          rows: [person(A, 'Siti', { program: 'KIP/PIP', periode: '2025' }), person(A, 'Siti', { program: 'PBI-JK', periode: '2025' })],
        },
      ],
      ctx: {
        config: {
          ...DEFAULT_CONFIG,
          exclusive: [
            ['PBI-JK', 'KIP/PIP'],
            ['KIP/PIP', 'PBI-JK'],
          ],
        },
      },
      expect: [{ at: ['Bansos!2', 'Bansos!3'], params: { program: 'PBI-JK', other: 'KIP/PIP' } }],
    },
  ],
});
