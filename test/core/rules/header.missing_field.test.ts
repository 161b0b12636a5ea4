// Cases for header.missing_field: every missing required field is reported once, at row 0, with accepted spellings.
import { rule } from '../../../src/core/rules/header.missing_field';
import { ruleTable } from './harness';

const missing = (...fields: string[]) => ({ header: { missing: fields, ambiguous: [] } });

ruleTable(rule, {
  pass: [
    { name: 'nothing missing', rows: [{ nama: 'A' }] },
    { name: 'no rows, nothing missing', rows: [] },
  ],
  fail: [
    {
      name: 'NIK column missing: near-duplicate spellings shown once',
      rows: [{ nama: 'A' }],
      ctx: missing('nik'),
      expect: [
        {
          row: 0,
          field: 'nik',
          severity: 'error',
          key: 'header.missing_field',
          message:
            'Kolom NIK tidak ditemukan. Judul kolom yang dikenali antara lain "NIK", "No. KTP", "Nomor KTP", "Nomor Induk Kependudukan". Tambahkan kolomnya, atau pilih kolom yang sesuai di pemetaan kolom.',
        },
      ],
    },
    {
      name: 'programme column missing on a recipient list: mentions the sheet title',
      rows: [{ nama: 'A' }],
      ctx: missing('program'),
      expect: [
        {
          row: 0,
          field: 'program',
          key: 'header.missing_field.program',
          params: { accepted: '"Program", "Jenis Bantuan", "Program Bantuan", "Bansos"' },
        },
      ],
    },
    {
      name: 'pagu and kode missing on a Renja',
      rows: [{ uraian: 'Program X' }],
      ctx: { kind: 'program', ...missing('kode', 'pagu') },
      expect: [
        { field: 'kode', key: 'header.missing_field', params: { field: 'kode' } },
        {
          field: 'pagu',
          key: 'header.missing_field',
          params: { field: 'pagu', accepted: '"Pagu", "Pagu Anggaran", "Pagu Anggaran (Rp)", "Anggaran"' },
        },
      ],
    },
    {
      name: 'English labels when the sheet is read in English',
      rows: [],
      ctx: { lang: 'en', ...missing('nama') },
      expect: [{ field: 'nama', params: { field: 'name' } }],
    },
  ],
});
