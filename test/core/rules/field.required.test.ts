// Cases for field.required: empty required cells, but not unreadable ones, total rows, or fields a row does not need.
import { rule } from '../../../src/core/rules/field.required';
import { ruleTable, text16 } from './harness';

const NIK = text16('1275011708800001');
const person = { nik: NIK, nama: 'Siti Aminah', program: 'PKH' };
const SUB = '1.06.02.2.01.0001';

ruleTable(rule, {
  pass: [
    { name: 'complete rows', rows: [person, { ...person, program: 'BST' }] },
    { name: 'programme named in the title: no programme column', rows: [{ nik: NIK, nama: 'Siti Aminah' }] },
    {
      name: 'unreadable NIK and programme are field.type / field.enum findings, not empty cells',
      rows: [{ ...person, nik: undefined, program: undefined }],
      ctx: {
        issues: [
          { row: 2, field: 'nik', problem: 'type', shown: '127501********01' },
          { row: 2, field: 'program', problem: 'enum', shown: 'PKK', suggestion: 'PKH' },
        ],
      },
    },
    { name: 'NIK cell with words is nik.format, not empty', rows: [{ ...person, nik: text16('belum ada') }] },
    { name: 'a JUMLAH row under the list', rows: [person, { nama: 'JUMLAH', nik: undefined, program: undefined }] },
    {
      name: 'Renja: heading without figures needs no code, kegiatan row needs no pagu, total row needs no code',
      ctx: { kind: 'program' },
      rows: [
        { uraian: 'URUSAN WAJIB', kode: undefined, pagu: undefined },
        { kode: '1.06.02.2.01', level: 'kegiatan', uraian: 'Kegiatan X' },
        { kode: SUB, level: 'sub_kegiatan', pagu: 150000000 },
        { uraian: 'Jumlah Total', pagu: 150000000 },
      ],
    },
    { name: 'Renja without a pagu column stays silent about pagu', ctx: { kind: 'program' }, rows: [{ kode: SUB, level: 'sub_kegiatan' }] },
  ],
  fail: [
    {
      name: 'NIK cell holding only a dash',
      rows: [{ ...person, nik: text16('-') }],
      expect: [
        { row: 2, field: 'nik', severity: 'error', key: 'field.required', message: 'NIK kosong. Kolom ini wajib diisi pada setiap baris.' },
      ],
    },
    {
      name: 'blank name and missing programme, in row order',
      rows: [person, { ...person, nama: '  ' }, { ...person, program: undefined }],
      expect: [
        { row: 3, field: 'nama', message: 'Nama kosong. Kolom ini wajib diisi pada setiap baris.' },
        { row: 4, field: 'program' },
      ],
    },
    {
      name: 'an issue in another row does not excuse this one',
      rows: [
        { ...person, nik: undefined },
        { ...person, nik: undefined },
      ],
      ctx: { issues: [{ row: 2, field: 'nik', problem: 'type', shown: 'x' }] },
      expect: [{ row: 3, field: 'nik' }],
    },
    {
      name: 'a row with money but no recipient',
      rows: [person, { nik: undefined, nama: undefined, program: undefined, nominal: 600000 }],
      expect: [
        { row: 3, field: 'nik' },
        { row: 3, field: 'nama' },
        { row: 3, field: 'program' },
      ],
    },
    {
      name: 'Renja: figures without a code, sub-kegiatan without pagu',
      ctx: { kind: 'program' },
      rows: [
        { uraian: 'Penyediaan Bantuan Sosial', kode: undefined, pagu: 25000000 },
        { kode: SUB, level: 'sub_kegiatan', pagu: undefined, target: 100 },
      ],
      expect: [
        { row: 2, field: 'kode', key: 'field.required.kode' },
        { row: 3, field: 'pagu', key: 'field.required.pagu' },
      ],
    },
  ],
});
