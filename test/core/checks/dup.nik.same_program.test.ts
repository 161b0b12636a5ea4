// dup.nik.same_program: planted duplicates within one programme and period, across sheets and workbooks.
import { rule } from '../../../src/core/checks/dup.nik.same_program';
import { crossTable, num16, person, text16 } from './harness';

const A = '1275014505800001';
const B = '1275010101900002';

crossTable(rule, {
  pass: [
    { name: 'no registers, and an empty one', sheets: [] },
    { name: 'an empty sheet', sheets: [{ sheet: 'PKH', rows: [] }] },
    {
      name: 'one row per person',
      sheets: [
        {
          sheet: 'PKH',
          rows: [person(A, 'Siti', { program: 'PKH', periode: '2025' }), person(B, 'Budi', { program: 'PKH', periode: '2025' })],
        },
      ],
    },
    {
      name: 'same NIK in two periods',
      sheets: [
        {
          sheet: 'PKH',
          rows: [person(A, 'Siti', { program: 'PKH', periode: '2025-Q1' }), person(A, 'Siti', { program: 'PKH', periode: '2025-Q2' })],
        },
      ],
    },
    {
      name: 'same NIK in two programmes',
      sheets: [
        {
          sheet: 'Bansos',
          rows: [person(A, 'Siti', { program: 'PKH', periode: '2025' }), person(A, 'Siti', { program: 'PBI-JK', periode: '2025' })],
        },
      ],
    },
    {
      name: 'a period and no period do not meet',
      sheets: [{ sheet: 'PKH', rows: [person(A, 'Siti', { program: 'PKH', periode: '2025' }), person(A, 'Siti', { program: 'PKH' })] }],
    },
    {
      name: 'rows with missing NIK are skipped',
      sheets: [{ sheet: 'PKH', rows: [person(undefined, 'Siti', { program: 'PKH' }), person(undefined, 'Budi', { program: 'PKH' })] }],
    },
    {
      name: 'malformed NIKs and placeholders are not join keys',
      sheets: [
        {
          sheet: 'PKH',
          rows: [
            person('12750145058', 'Siti', { program: 'PKH' }),
            person('12750145058', 'Budi', { program: 'PKH' }),
            person('0000000000000000', 'Ani', { program: 'PKH' }),
            person('0000000000000000', 'Ina', { program: 'PKH' }),
            person('1275010000000000', 'Ari', { program: 'PKH' }),
            person('1275010000000000', 'Edi', { program: 'PKH' }),
            person(text16('1275O14505800001'), 'Uci', { program: 'PKH' }),
            person(text16('1275O14505800001'), 'Ucu', { program: 'PKH' }),
          ],
        },
      ],
    },
    {
      name: 'untrusted numeric NIKs are not joined (two people may share the surviving digits)',
      // ...0001 and ...0002 both arrive from Excel as 1275014505800000.
      sheets: [
        {
          sheet: 'PKH',
          rows: [person(num16(1275014505800000), 'Siti', { program: 'PKH' }), person(num16(1275014505800000), 'Ani', { program: 'PKH' })],
        },
      ],
    },
    {
      name: 'two sheets without a programme column are not assumed to be one programme',
      sheets: [
        { sheet: 'Daftar A', rows: [person(A, 'Siti')] },
        { sheet: 'Daftar B', rows: [person(A, 'Siti')] },
      ],
    },
  ],
  fail: [
    {
      name: 'a NIK twice in one sheet',
      sheets: [
        {
          sheet: 'PKH',
          rows: [
            person(A, 'Siti', { program: 'PKH', periode: '2025' }),
            person(B, 'Budi', { program: 'PKH', periode: '2025' }),
            person(A, 'Siti', { program: 'PKH', periode: '2025' }),
          ],
        },
      ],
      expect: [
        {
          at: ['PKH!2', 'PKH!4'],
          fields: ['nik', 'nik'],
          severity: 'error',
          key: 'dup.nik.same_program',
          params: { nik: '127501********01', count: 2, program: 'PKH', periode: '2025' },
        },
      ],
    },
    {
      name: 'a NIK shared between two workbooks',
      sheets: [
        {
          file: 'kel-tanah-tinggi.xlsx',
          sheet: 'PKH',
          rows: [person(B, 'Budi', { program: 'PKH', periode: '2025-Q1' }), person(A, 'Siti', { program: 'PKH', periode: '2025-Q1' })],
        },
        { file: 'kel-pahlawan.xlsx', sheet: 'PKH', rows: [person(A, 'SITI', { program: 'PKH', periode: '2025-Q1' })] },
      ],
      expect: [{ at: ['[kel-tanah-tinggi.xlsx]PKH!3', '[kel-pahlawan.xlsx]PKH!2'], params: { count: 2 } }],
    },
    {
      name: 'places carry the sheet row the user sees',
      sheets: [
        {
          sheet: 'PKH',
          rows: [
            { ...person(A, 'Siti', { program: 'PKH', periode: '2025' }), row: 17 },
            { ...person(A, 'Siti', { program: 'PKH', periode: '2025' }), row: 40 },
          ],
        },
      ],
      expect: [{ at: ['PKH!17', 'PKH!40'] }],
    },
    {
      name: 'rows without a period compare as one group',
      sheets: [
        {
          sheet: 'BST',
          rows: [person(A, 'Siti', { program: 'BST' }), person(A, 'Siti', { program: 'BST' }), person(A, 'Siti', { program: 'BST' })],
        },
      ],
      expect: [{ at: ['BST!2', 'BST!3', 'BST!4'], key: 'dup.nik.same_program.no_period', params: { count: 3, program: 'BST' } }],
    },
    {
      name: 'a sheet without programme: duplicates within the sheet',
      sheets: [{ sheet: 'Daftar', rows: [person(A, 'Siti'), person(A, 'Siti')] }],
      expect: [{ at: ['Daftar!2', 'Daftar!3'], key: 'dup.nik.same_program.no_program' }],
    },
    {
      name: 'NIK typed with separators still joins',
      sheets: [
        {
          sheet: 'PKH',
          rows: [
            person(text16("'1275 0145 0580 0001"), 'Siti', { program: 'PKH', periode: '2025' }),
            person(A, 'Siti', { program: 'PKH', periode: '2025' }),
          ],
        },
      ],
      expect: [{ at: ['PKH!2', 'PKH!3'] }],
    },
    {
      name: 'a NIK held as a number that kept all 16 digits still joins',
      sheets: [
        {
          sheet: 'PKH',
          rows: [
            person(num16(1275014505800001), 'Siti', { program: 'PKH', periode: '2025' }),
            person(A, 'Siti', { program: 'PKH', periode: '2025' }),
          ],
        },
      ],
      expect: [{ at: ['PKH!2', 'PKH!3'] }],
    },
    {
      name: 'two groups, two findings',
      sheets: [
        {
          sheet: 'Bansos',
          rows: [
            person(A, 'Siti', { program: 'PKH', periode: '2025' }),
            person(A, 'Siti', { program: 'BST', periode: '2025' }),
            person(A, 'Siti', { program: 'PKH', periode: '2025' }),
            person(A, 'Siti', { program: 'BST', periode: '2025' }),
          ],
        },
      ],
      expect: [
        { at: ['Bansos!2', 'Bansos!4'], params: { program: 'PKH' } },
        { at: ['Bansos!3', 'Bansos!5'], params: { program: 'BST' } },
      ],
    },
  ],
});
