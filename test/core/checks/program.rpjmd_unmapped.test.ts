// program.rpjmd_unmapped: programmes and sub-kegiatan mapped to an RPJMD misi/sasaran (inherited from parents), and only known codes.
import { rule } from '../../../src/core/checks/program.rpjmd_unmapped';
import { foldRpjmdCode as foldCode } from '../../../src/core/ref/rpjmd';
import { foldRpjmdCode } from '../../../src/core/ref/rpjmd';
import { crossTable, opdRows } from './program-harness';

const PROG = '1.06.04';
const KEG = '1.06.04.2.01';
const SUB1 = '1.06.04.2.01.0001';
const SUB2 = '1.06.04.2.01.0002';
const rpjmd = { misi: new Set(['1', '2']), sasaran: new Set(['1.1', '1.2', '2.1']) };

crossTable(rule, {
  pass: [
    { name: 'no misi or sasaran column at all', registers: [opdRows('Dinas Sosial', 2025, [{ kode: PROG }, { kode: SUB1 }])] },
    {
      name: 'the programme row is mapped and its sub-kegiatan follow it',
      registers: [opdRows('Dinas Sosial', 2025, [{ kode: PROG, sasaran: '1.2' }, { kode: KEG }, { kode: SUB1 }, { kode: SUB2 }])],
    },
    {
      name: 'mapped through the kegiatan row',
      registers: [opdRows('Dinas Sosial', 2025, [{ kode: KEG, misi: 'M1' }, { kode: SUB1 }])],
      ctx: {},
    },
    {
      name: 'each sub-kegiatan mapped on its own; the programme row may stay empty',
      registers: [opdRows('Dinas Sosial', 2025, [{ kode: PROG }, { kode: SUB1, sasaran: '1.1' }, { kode: SUB2, misi: '2' }])],
    },
    {
      name: 'codes the RPJMD holds, written the ways agencies write them',
      registers: [
        opdRows('Dinas Sosial', 2025, [
          { kode: PROG, misi: 'Misi 1', sasaran: 'S1.2' },
          { kode: SUB1, misi: 'M2', sasaran: 'Sasaran 2.1' },
          { kode: SUB2, misi: 'MISI II', sasaran: ' 1.1 ' },
        ]),
      ],
      ctx: { refs: { rpjmd } },
    },
    {
      name: 'a reference folded the older way (letters and digits only) still matches',
      registers: [opdRows('Dinas Sosial', 2025, [{ kode: PROG, misi: 'Misi 1', sasaran: '1.2' }])],
      ctx: { refs: { rpjmd: { misi: new Set([foldCode('Misi 1')]), sasaran: new Set([foldCode('1.2')]) } } },
    },
    {
      name: 'a reference without a sasaran list says nothing about sasaran',
      registers: [opdRows('Dinas Sosial', 2025, [{ kode: PROG, misi: '1', sasaran: '9.9' }])],
      ctx: { refs: { rpjmd: { misi: new Set(['1']), sasaran: new Set() } } },
    },
    {
      name: "a generic X.XX programme row maps the bidang's own sub-kegiatan",
      registers: [opdRows('Dinas Sosial', 2025, [{ kode: 'X.XX.01', sasaran: '1.1' }, { kode: '1.06.01.2.01.0001' }])],
    },
  ],
  fail: [
    {
      name: 'a programme and its sub-kegiatan with no mapping anywhere: one finding for the programme',
      registers: [
        opdRows('Dinas Sosial', 2025, [{ kode: PROG, sasaran: '' }, { kode: KEG }, { kode: SUB1 }, { kode: SUB2, sasaran: '-' }]),
      ],
      expect: [
        {
          key: 'program.rpjmd_unmapped',
          severity: 'error',
          params: { code: PROG, count: 2 },
          places: [
            { register: 0, row: 2, field: 'sasaran' },
            { register: 0, row: 4, field: 'sasaran' },
            { register: 0, row: 5, field: 'sasaran' },
          ],
        },
      ],
    },
    {
      name: 'only the sub-kegiatan that lack their own mapping',
      registers: [opdRows('Dinas Sosial', 2025, [{ kode: PROG }, { kode: SUB1, misi: '1' }, { kode: SUB2 }])],
      expect: [
        {
          params: { count: 1 },
          places: [
            { row: 2, field: 'misi' },
            { row: 4, field: 'misi' },
          ],
        },
      ],
    },
    {
      name: 'a flat sheet of sub-kegiatan without programme rows',
      registers: [
        { rows: opdRows('Dinas Sosial', 2025, [{ kode: SUB1 }, { kode: SUB2 }]), mapped: ['opd', 'tahun', 'kode', 'misi', 'sasaran'] },
      ],
      expect: [
        {
          params: { code: PROG, count: 2 },
          places: [
            { row: 2, field: 'sasaran' },
            { row: 3, field: 'sasaran' },
          ],
        },
      ],
    },
    {
      name: 'a programme row with no sub-kegiatan yet',
      registers: [{ rows: opdRows('Dinas Sosial', 2025, [{ kode: PROG }]), mapped: ['kode', 'sasaran'] }],
      expect: [{ key: 'program.rpjmd_unmapped.program', params: { code: PROG }, places: [{ row: 2 }] }],
    },
    {
      name: "a programme mapped in another OPD's rows does not map this one",
      registers: [
        [
          { opd: 'Dinas Kesehatan', tahun: 2025, kode: PROG, misi: '1' },
          { opd: 'Dinas Sosial', tahun: 2025, kode: SUB1, misi: '' },
        ],
      ],
      expect: [{ places: [{ row: 3 }] }],
    },
    {
      name: 'codes the RPJMD does not hold',
      registers: [
        opdRows('Dinas Sosial', 2025, [
          { kode: PROG, misi: 'M3', sasaran: '12' },
          { kode: SUB1, misi: '1', sasaran: '1.2; 4.4' },
        ]),
      ],
      ctx: { refs: { rpjmd } },
      expect: [
        { key: 'program.rpjmd_unmapped.misi_unknown', params: { value: 'M3' }, places: [{ row: 2, field: 'misi' }] },
        { key: 'program.rpjmd_unmapped.sasaran_unknown', params: { value: '12' }, places: [{ row: 2, field: 'sasaran' }] },
        { key: 'program.rpjmd_unmapped.sasaran_unknown', params: { value: '1.2; 4.4' }, places: [{ row: 3, field: 'sasaran' }] },
      ],
    },
  ],
});

describe('foldRpjmdCode', () => {
  test.each([
    ['M1', '1'],
    ['m 1', '1'],
    ['Misi 1', '1'],
    ['MISI-01', '1'],
    ['Misi I', '1'],
    ['Misi ke-2', '2'],
    ['S1.2', '1.2'],
    ['Sasaran 1.2', '1.2'],
    ['1.2 Meningkatnya kualitas pelayanan sosial', '1.2'],
    ['1.10', '1.10'],
    ['11.0', '11.0'],
    ['1a', '1.a'],
    ['Mewujudkan tata kelola', 'mewujudkan.tata.kelola'],
    ['-', ''],
    ['Misi', 'misi'],
  ])('%s -> %s', (input, want) => {
    expect(foldRpjmdCode(input)).toBe(want);
    expect(foldRpjmdCode(foldRpjmdCode(input))).toBe(want);
  });

  test('sasaran 1.2 and 12 stay apart', () => {
    expect(foldRpjmdCode('1.2')).not.toBe(foldRpjmdCode('12'));
  });
});
