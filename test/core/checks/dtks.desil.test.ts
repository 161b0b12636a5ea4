// dtks.desil: desil above the programme's limit, read from the row's own column or else from the DTKS/DTSEN extract.
import { rule } from '../../../src/core/checks/dtks.desil';
import { DEFAULT_CONFIG } from '../../../src/core/model/config';
import { crossTable, num16, person } from './harness';

const A = '1275014505800001';
const B = '1275010101900002';
const C = '1275020202850003';
const dtks = new Map<string, number | undefined>([
  [A, 2],
  [B, 7],
  [C, undefined],
]);
const refs = { dtks };

crossTable(rule, {
  pass: [
    {
      name: 'within the default limit',
      sheets: [{ sheet: 'PKH', rows: [person(A, 'Siti', { program: 'PKH', desil: 4 })] }],
      ctx: { refs },
    },
    {
      name: 'the row desil wins over the extract',
      sheets: [{ sheet: 'PKH', rows: [person(B, 'Budi', { program: 'PKH', desil: 3 })] }],
      ctx: { refs },
    },
    { name: 'extract desil within the limit', sheets: [{ sheet: 'PKH', rows: [person(A, 'Siti', { program: 'PKH' })] }], ctx: { refs } },
    {
      name: 'no desil anywhere',
      sheets: [{ sheet: 'PKH', rows: [person(C, 'Cici', { program: 'PKH' }), person(undefined, 'Dedi', { program: 'PKH' })] }],
      ctx: { refs },
    },
    { name: 'no extract: silent', sheets: [{ sheet: 'PKH', rows: [person(A, 'Siti', { program: 'PKH', desil: 9 })] }] },
    {
      name: "the programme's own limit",
      sheets: [{ sheet: 'PBI', rows: [person(A, 'Siti', { program: 'PBI-JK', desil: 5 })] }],
      ctx: { refs, config: { ...DEFAULT_CONFIG, programs: { 'PBI-JK': { desilMax: 5 } } } },
    },
    {
      name: 'an untrusted numeric NIK is not looked up',
      sheets: [{ sheet: 'PKH', rows: [person(num16(1275010101900000), 'Budi', { program: 'PKH' })] }],
      ctx: { refs: { dtks: new Map([['1275010101900000', 9]]) } },
    },
    {
      name: 'a rejected proposal',
      sheets: [{ sheet: 'PKH', rows: [person(A, 'Siti', { program: 'PKH', desil: 8, status_verifikasi: 'ditolak' })] }],
      ctx: { refs },
    },
  ],
  fail: [
    {
      name: 'desil from the row',
      sheets: [{ sheet: 'PKH', rows: [person(A, 'Siti', { program: 'PKH', desil: 5 })] }],
      ctx: { refs },
      expect: [{ at: ['PKH!2'], fields: ['desil'], severity: 'warning', key: 'dtks.desil', params: { desil: 5, max: 4, program: 'PKH' } }],
    },
    {
      name: 'desil from the extract, across workbooks',
      sheets: [
        { file: 'a.xlsx', sheet: 'PKH', rows: [person(A, 'Siti', { program: 'PKH' })] },
        { file: 'b.xlsx', sheet: 'BST', rows: [person(B, 'Budi', { program: 'BST' })] },
      ],
      ctx: { refs },
      expect: [{ at: ['[b.xlsx]BST!2'], fields: ['nik'], key: 'dtks.desil.extract', params: { desil: 7, max: 4 } }],
    },
    {
      name: "the programme's own limit, and the default for others",
      sheets: [
        {
          sheet: 'Bansos',
          rows: [
            person(A, 'Siti', { program: 'PBI-JK', desil: 6 }),
            person(C, 'Cici', { program: 'PKH', desil: 5 }),
            person(undefined, 'Dedi', { desil: 6 }),
          ],
        },
      ],
      ctx: { refs, config: { ...DEFAULT_CONFIG, desilMax: 5, programs: { 'PBI-JK': { desilMax: 5 } } } },
      expect: [
        { at: ['Bansos!2'], params: { max: 5 } },
        { at: ['Bansos!4'], params: { desil: 6, max: 5 } },
      ],
    },
  ],
});
