// dup.nik.name_conflict: one NIK under names that differ after normalisation, within a sheet and across workbooks.
import { rule } from '../../../src/core/checks/dup.nik.name_conflict';
import { crossTable, num16, person } from './harness';

const A = '1275014505800001';
const B = '1275010101900002';

crossTable(rule, {
  pass: [
    {
      name: 'names that differ only in titles, case, spacing and spelling variants',
      sheets: [
        { sheet: 'PKH', rows: [person(A, 'BPK BOY LUCKY RIZQI', { program: 'PKH' }), person(B, 'M. Rizky', { program: 'PKH' })] },
        { sheet: 'BST', rows: [person(A, 'Boy Lucky Rizqi', { program: 'BST' }), person(B, 'Muhammad Rizky, S.Pd', { program: 'BST' })] },
        { sheet: 'PBI', rows: [person(A, 'boy  lucky-rizqi', { program: 'PBI-JK' }), person(B, 'Mhd. Rizky', { program: 'PBI-JK' })] },
      ],
    },
    { name: 'different NIKs, different names', sheets: [{ sheet: 'PKH', rows: [person(A, 'Siti Aminah'), person(B, 'Budi Santoso')] }] },
    {
      name: 'a row without a name is not a conflict',
      sheets: [{ sheet: 'PKH', rows: [person(A, 'Siti Aminah'), person(A, undefined), person(A, ' - ')] }],
    },
    {
      name: 'rows with missing NIK are skipped',
      sheets: [{ sheet: 'PKH', rows: [person(undefined, 'Siti Aminah'), person(undefined, 'Budi Santoso')] }],
    },
    {
      name: 'untrusted numeric NIKs are not joined',
      sheets: [{ sheet: 'PKH', rows: [person(num16(1275014505800000), 'Siti Aminah'), person(num16(1275014505800000), 'Ani Rahayu')] }],
    },
  ],
  fail: [
    {
      name: 'one NIK, two people',
      sheets: [{ sheet: 'PKH', rows: [person(A, 'Siti Aminah'), person(B, 'Budi'), person(A, 'Dewi Lestari')] }],
      expect: [
        {
          at: ['PKH!2', 'PKH!4'],
          fields: ['nama', 'nama'],
          key: 'dup.nik.name_conflict',
          severity: 'error',
          params: { nik: '127501********01', count: 2, rows: 2 },
        },
      ],
    },
    {
      name: 'one NIK under different names in two workbooks',
      sheets: [
        { file: 'dinsos.xlsx', sheet: 'PKH', rows: [person(A, 'Hj. Siti Aminah')] },
        { file: 'kel-kartini.xlsx', sheet: 'BPNT', rows: [person(A, 'Siti Aminah')] },
        { file: 'kel-kartini.xlsx', sheet: 'BST', rows: [person(A, 'Sri Wahyuni')] },
      ],
      expect: [{ at: ['[dinsos.xlsx]PKH!2', '[kel-kartini.xlsx]BPNT!2', '[kel-kartini.xlsx]BST!2'], params: { count: 2, rows: 3 } }],
    },
    {
      name: 'one letter apart reads as a spelling slip',
      sheets: [{ sheet: 'PKH', rows: [person(A, 'Siti Aminah'), person(A, 'Siti Aminab')] }],
      expect: [{ at: ['PKH!2', 'PKH!3'], key: 'dup.nik.name_conflict.spelling' }],
    },
    {
      name: 'Nurul is not Nur',
      sheets: [{ sheet: 'PKH', rows: [person(A, 'Nurul Hidayah'), person(A, 'Nur Hidayah')] }],
      expect: [{ key: 'dup.nik.name_conflict' }],
    },
    {
      name: 'a lone initial inside a name stays an initial',
      sheets: [{ sheet: 'PKH', rows: [person(A, 'Andi M. Yusuf'), person(A, 'Andi Muhammad Yusuf')] }],
      expect: [{ key: 'dup.nik.name_conflict' }],
    },
  ],
});
