// dup.nik.cross_program: one info finding per NIK found in several programmes, listing every place.
import { rule } from '../../../src/core/checks/dup.nik.cross_program';
import { crossTable, num16, person } from './harness';

const A = '1275014505800001';
const B = '1275010101900002';

crossTable(rule, {
  pass: [
    {
      name: 'each NIK in one programme',
      sheets: [{ sheet: 'PKH', rows: [person(A, 'Siti', { program: 'PKH' }), person(B, 'Budi', { program: 'BST' })] }],
    },
    {
      name: 'one programme twice (that is dup.nik.same_program)',
      sheets: [{ sheet: 'PKH', rows: [person(A, 'Siti', { program: 'PKH' }), person(A, 'Siti', { program: 'PKH' })] }],
    },
    { name: 'rows without a programme', sheets: [{ sheet: 'Daftar', rows: [person(A, 'Siti'), person(A, 'Siti', { program: 'PKH' })] }] },
    {
      name: 'rows with missing NIK are skipped',
      sheets: [{ sheet: 'Bansos', rows: [person(undefined, 'Siti', { program: 'PKH' }), person(undefined, 'Siti', { program: 'BST' })] }],
    },
    {
      name: 'untrusted numeric NIKs are not joined',
      sheets: [
        {
          sheet: 'Bansos',
          rows: [person(num16(1275014505800000), 'Siti', { program: 'PKH' }), person(num16(1275014505800000), 'Ani', { program: 'BST' })],
        },
      ],
    },
  ],
  fail: [
    {
      name: 'one finding per NIK, listing all places across workbooks',
      sheets: [
        {
          file: 'dinsos.xlsx',
          sheet: 'PKH',
          rows: [person(A, 'Siti', { program: 'PKH', periode: '2025-Q1' }), person(A, 'Siti', { program: 'PKH', periode: '2025-Q2' })],
        },
        { file: 'dinkes.xlsx', sheet: 'PBI', rows: [person(B, 'Budi', { program: 'PBI-JK' }), person(A, 'Siti', { program: 'PBI-JK' })] },
      ],
      expect: [
        {
          at: ['[dinsos.xlsx]PKH!2', '[dinsos.xlsx]PKH!3', '[dinkes.xlsx]PBI!3'],
          fields: ['program', 'program', 'program'],
          severity: 'info',
          params: { nik: '127501********01', count: 2, programs: 'PBI-JK, PKH' },
        },
      ],
    },
    {
      name: 'three programmes',
      sheets: [
        {
          sheet: 'Bansos',
          rows: [
            person(B, 'Budi', { program: 'KIP/PIP' }),
            person(B, 'Budi', { program: 'BPNT/Sembako' }),
            person(B, 'Budi', { program: 'PKH' }),
          ],
        },
      ],
      expect: [{ at: ['Bansos!2', 'Bansos!3', 'Bansos!4'], params: { count: 3, programs: 'BPNT/Sembako, KIP/PIP, PKH' } }],
    },
  ],
});
