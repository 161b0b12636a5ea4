// Cases for header.ambiguous: each contested field is reported at row 0, naming the column Sinergi chose.
import { rule } from '../../../src/core/rules/header.ambiguous';
import { ruleTable } from './harness';

const ambiguous = (...a: { field: string; headers: string[] }[]) => ({ header: { missing: [], ambiguous: a } });

ruleTable(rule, {
  pass: [
    { name: 'no contested field', rows: [{ nama: 'A' }] },
    { name: 'an entry without headers says nothing', rows: [], ctx: ambiguous({ field: 'nama', headers: [] }) },
  ],
  fail: [
    {
      name: 'two name columns',
      rows: [{ nama: 'A' }],
      ctx: ambiguous({ field: 'nama', headers: ['Nama', 'Nama KPM'] }),
      expect: [
        {
          row: 0,
          field: 'nama',
          severity: 'warning',
          key: 'header.ambiguous',
          message:
            'Beberapa kolom dapat dibaca sebagai nama: "Nama", "Nama KPM". Sinergi memakai kolom "Nama". Bila keliru, pilih kolom yang benar di pemetaan kolom.',
        },
      ],
    },
    {
      name: 'two contested fields on a Renja',
      rows: [],
      ctx: {
        kind: 'program',
        ...ambiguous({ field: 'pagu', headers: ['Pagu', 'Anggaran', 'Nilai Pagu'] }, { field: 'tahun', headers: ['Tahun', 'TA'] }),
      },
      expect: [
        { field: 'pagu', params: { headers: '"Pagu", "Anggaran", "Nilai Pagu"', used: '"Pagu"' } },
        { field: 'tahun', params: { used: '"Tahun"' } },
      ],
    },
  ],
});
