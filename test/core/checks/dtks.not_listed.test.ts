// dtks.not_listed: recipients whose NIK is missing from the DTKS/DTSEN extract, only when an extract is present.
import { rule } from '../../../src/core/checks/dtks.not_listed';
import { crossTable, num16, person } from './harness';

const A = '1275014505800001';
const B = '1275010101900002';
const dtks = new Map<string, number | undefined>([[A, 2]]);

crossTable(rule, {
  pass: [
    { name: 'listed', sheets: [{ sheet: 'PKH', rows: [person(A, 'Siti', { program: 'PKH' })] }], ctx: { refs: { dtks } } },
    { name: 'no extract: silent', sheets: [{ sheet: 'PKH', rows: [person(B, 'Budi', { program: 'PKH' })] }] },
    {
      name: 'rows with missing NIK are skipped',
      sheets: [{ sheet: 'PKH', rows: [person(undefined, 'Budi', { program: 'PKH' })] }],
      ctx: { refs: { dtks } },
    },
    {
      name: 'an untrusted numeric NIK cannot be looked up',
      sheets: [{ sheet: 'PKH', rows: [person(num16(1275010101900000), 'Budi', { program: 'PKH' })] }],
      ctx: { refs: { dtks } },
    },
    {
      name: 'rows that receive nothing',
      sheets: [
        {
          sheet: 'PKH',
          rows: [
            person(B, 'Budi', { program: 'PKH', status_verifikasi: 'ditolak' }),
            person(B, 'Budi', { program: 'PKH', status_penerima: 'meninggal' }),
          ],
        },
      ],
      ctx: { refs: { dtks } },
    },
  ],
  fail: [
    {
      name: 'not listed, in two workbooks: one finding per row',
      sheets: [
        { file: 'a.xlsx', sheet: 'PKH', rows: [person(A, 'Siti', { program: 'PKH' }), person(B, 'Budi', { program: 'PKH' })] },
        { file: 'b.xlsx', sheet: 'BST', rows: [person(B, 'Budi', { program: 'BST', status_verifikasi: 'diusulkan' })] },
      ],
      ctx: { refs: { dtks } },
      expect: [
        {
          at: ['[a.xlsx]PKH!3'],
          fields: ['nik'],
          severity: 'error',
          key: 'dtks.not_listed',
          params: { nik: '127501********02', program: 'PKH' },
        },
        { at: ['[b.xlsx]BST!2'], params: { program: 'BST' } },
      ],
    },
    {
      name: 'an empty extract lists nobody',
      sheets: [{ sheet: 'PKH', rows: [person(A, 'Siti')] }],
      ctx: { refs: { dtks: new Map() } },
      expect: [{ at: ['PKH!2'] }],
    },
  ],
});
