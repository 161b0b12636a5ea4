// program.code_duplicate: one code twice for one OPD and year, within and across registers.
import { rule } from '../../../src/core/checks/program.code_duplicate';
import { crossTable, opdRows } from './program-harness';

const SUB = '1.06.04.2.01.0001';

crossTable(rule, {
  pass: [
    {
      name: 'distinct codes',
      registers: [
        opdRows('Dinas Sosial', 2025, [{ kode: '1.06.04' }, { kode: '1.06.04.2.01' }, { kode: SUB }, { kode: '1.06.04.2.01.0002' }]),
      ],
    },
    {
      name: 'one code under two OPDs (that is overlap, not duplication)',
      registers: [opdRows('Dinas Sosial', 2025, [{ kode: SUB }]), opdRows('Dinas Kesehatan', 2025, [{ kode: SUB }])],
    },
    {
      name: 'one code in two years',
      registers: [
        [
          { opd: 'Dinas Sosial', tahun: 2024, kode: SUB },
          { opd: 'Dinas Sosial', tahun: 2025, kode: SUB },
        ],
      ],
    },
    {
      name: 'a second indicator line repeating the code without a pagu',
      registers: [
        opdRows('Dinas Sosial', 2025, [
          { kode: SUB, pagu: 1e6, indikator: 'Jumlah KPM' },
          { kode: SUB, indikator: 'Jumlah kegiatan sosialisasi' },
        ]),
      ],
    },
    {
      name: 'urusan and bidang headings repeated on each page',
      registers: [opdRows('Dinas Sosial', 2025, [{ kode: '1' }, { kode: '1.06' }, { kode: SUB }, { kode: '1' }, { kode: '1.06' }])],
    },
    { name: 'two registers naming no OPD or year are each their own group', registers: [[{ kode: SUB }], [{ kode: SUB }]] },
    {
      name: "malformed codes are program.code_format's business",
      registers: [opdRows('Dinas Sosial', 2025, [{ kode: '1.06.04.02.01.0001' }, { kode: '1.06.04.02.01.0001' }])],
    },
    {
      name: 'merged OPD cells: blanks under a name belong to it, and the next name starts a new group',
      registers: [
        [
          { opd: 'Dinas Sosial', tahun: 2025, kode: SUB },
          { kode: '1.06.04.2.01.0002' },
          { opd: 'Dinas Kesehatan', tahun: 2025, kode: SUB },
          { kode: '1.06.04.2.01.0002' },
        ],
      ],
    },
  ],
  fail: [
    {
      name: 'a sub-kegiatan twice in one sheet',
      registers: [opdRows('Dinas Sosial', 2025, [{ kode: SUB, pagu: 1e6 }, { kode: '1.06.04.2.01.0002' }, { kode: SUB, pagu: 2e6 }])],
      expect: [
        {
          key: 'program.code_duplicate',
          severity: 'error',
          params: { code: SUB, count: 2, others: 'baris 4' },
          places: [
            { register: 0, row: 2, field: 'kode' },
            { register: 0, row: 4, field: 'kode' },
          ],
        },
      ],
    },
    {
      name: 'across registers, OPD names compared folded, codes normalised',
      registers: [
        { sheet: 'Renja Dinsos', rows: opdRows('Dinas Sosial', 2025, [{ kode: SUB }]) },
        { sheet: 'Renja Perubahan', rows: opdRows('DINAS  SOSIAL ', 2025, [{ kode: ` 1.06.04.2.01.0001 ` }]) },
      ],
      expect: [
        {
          params: { count: 2, others: 'sheet Renja Perubahan baris 2' },
          places: [
            { register: 0, row: 2 },
            { register: 1, row: 2 },
          ],
        },
      ],
    },
    {
      name: 'a programme code twice',
      registers: [opdRows('Dinas Sosial', 2025, [{ kode: '1.06.04' }, { kode: '1.06.04' }])],
      expect: [{ params: { code: '1.06.04' } }],
    },
    {
      name: 'a register with no OPD column compares as its own group',
      registers: [[{ kode: SUB }, { kode: SUB }]],
      expect: [{ places: [{ row: 2 }, { row: 3 }] }],
    },
    {
      name: 'a blank OPD cell takes the OPD above it',
      registers: [[{ opd: 'Dinas Sosial', tahun: 2025, kode: SUB }, { kode: SUB }]],
      expect: [{ params: { count: 2 } }],
    },
    {
      name: 'a pasted copy without a pagu but with the same indicator',
      registers: [
        opdRows('Dinas Sosial', 2025, [
          { kode: SUB, pagu: 1e6, indikator: 'Jumlah KPM' },
          { kode: SUB, indikator: 'Jumlah KPM' },
        ]),
      ],
      expect: [{ params: { count: 2 } }],
    },
    {
      name: 'three times: one finding with every row, the message lists the others',
      registers: [opdRows('Dinas Sosial', 2025, [{ kode: SUB }, { kode: SUB }, { kode: SUB }])],
      expect: [{ params: { count: 3, others: 'baris 3; baris 4' }, places: [{ row: 2 }, { row: 3 }, { row: 4 }] }],
    },
  ],
});
