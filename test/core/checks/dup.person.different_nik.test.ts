// dup.person.different_nik: one name and birth date under two NIKs, compared only within a birth-date block.
import { rule } from '../../../src/core/checks/dup.person.different_nik';
import { crossTable, day, num16, person } from './harness';

const A = '1275014505800001';
const A2 = '1275014505800011';
const B = '1275010101900002';
const dob = day(1980, 5, 5);

crossTable(rule, {
  pass: [
    {
      name: 'same name, same NIK',
      sheets: [
        { sheet: 'PKH', rows: [person(A, 'Siti Aminah', { tanggal_lahir: dob }), person(A, 'Hj. Siti Aminah', { tanggal_lahir: dob })] },
      ],
    },
    {
      name: 'same name, different birth dates',
      sheets: [
        { sheet: 'PKH', rows: [person(A, 'Siti Aminah', { tanggal_lahir: dob }), person(B, 'Siti Aminah', { tanggal_lahir: dob + 1 })] },
      ],
    },
    {
      name: 'same birth date, different names (one letter apart: twins are named alike)',
      sheets: [{ sheet: 'PKH', rows: [person(A, 'Hasan', { tanggal_lahir: dob }), person(A2, 'Hasin', { tanggal_lahir: dob })] }],
    },
    { name: 'no birth date', sheets: [{ sheet: 'PKH', rows: [person(A, 'Siti Aminah'), person(B, 'Siti Aminah')] }] },
    {
      name: 'rows with missing NIK are skipped',
      sheets: [
        {
          sheet: 'PKH',
          rows: [person(A, 'Siti Aminah', { tanggal_lahir: dob }), person(undefined, 'Siti Aminah', { tanggal_lahir: dob })],
        },
      ],
    },
    {
      name: 'an untrusted numeric NIK is not counted as a different NIK',
      sheets: [
        {
          sheet: 'PKH',
          rows: [person(A, 'Siti Aminah', { tanggal_lahir: dob }), person(num16(1275014505800000), 'Siti Aminah', { tanggal_lahir: dob })],
        },
      ],
    },
    {
      name: 'rows without a name are skipped',
      sheets: [{ sheet: 'PKH', rows: [person(A, '-', { tanggal_lahir: dob }), person(B, '-', { tanggal_lahir: dob })] }],
    },
  ],
  fail: [
    {
      name: 'same person, two NIKs, in two workbooks',
      sheets: [
        {
          file: 'a.xlsx',
          sheet: 'PKH',
          rows: [person(B, 'Budi', { tanggal_lahir: dob }), person(A, 'Hj. St. Aminah', { tanggal_lahir: dob })],
        },
        { file: 'b.xlsx', sheet: 'BST', rows: [person(A2, 'SITI AMINAH', { tanggal_lahir: dob })] },
      ],
      expect: [{ at: ['[a.xlsx]PKH!3', '[b.xlsx]BST!2'], fields: ['nik', 'nik'], severity: 'warning', params: { count: 2, rows: 2 } }],
    },
    {
      name: 'all rows of the person are listed, NIKs counted once',
      sheets: [
        {
          sheet: 'Bansos',
          rows: [
            person(A, 'Muhammad Rizky', { tanggal_lahir: dob, program: 'PKH' }),
            person(A, 'M. Rizky', { tanggal_lahir: dob, program: 'PBI-JK' }),
            person(A2, 'Mohammad Rizky', { tanggal_lahir: dob, program: 'BST' }),
          ],
        },
      ],
      expect: [{ at: ['Bansos!2', 'Bansos!3', 'Bansos!4'], params: { count: 2, rows: 3 } }],
    },
    {
      name: 'two blocks, two findings',
      sheets: [
        {
          sheet: 'PKH',
          rows: [
            person(A, 'Siti Aminah', { tanggal_lahir: dob }),
            person(B, 'Budi Santoso', { tanggal_lahir: dob + 9 }),
            person(A2, 'Siti Aminah', { tanggal_lahir: dob }),
            person('1275010101900022', 'Budi Santoso, S.Pd', { tanggal_lahir: dob + 9 }),
          ],
        },
      ],
      expect: [{ at: ['PKH!2', 'PKH!4'] }, { at: ['PKH!3', 'PKH!5'] }],
    },
  ],
});
