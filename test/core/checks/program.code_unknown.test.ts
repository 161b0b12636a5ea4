// program.code_unknown: a well-formed code missing from the nomenclature reference; silent without one.
import { rule } from '../../../src/core/checks/program.code_unknown';
import { crossTable, opdRows } from './program-harness';

const nomenclature = new Map([
  ['1.06.04.2.01.0001', 'Pendataan dan Pengelolaan Data Fakir Miskin Cakupan Daerah Kabupaten/Kota'],
  ['1.06.04.2.01.0002', 'Fasilitasi Bantuan Pengembangan Usaha Ekonomi Produktif bagi Keluarga Miskin'],
  ['X.XX.01.2.01.0001', 'Penyusunan Dokumen Perencanaan Perangkat Daerah'],
  ['1.02.01.2.02.0001', 'Penyediaan Gaji dan Tunjangan ASN'],
  ['1.06.01.2.02.0001', 'Penyediaan Gaji dan Tunjangan ASN'],
]);

crossTable(rule, {
  pass: [
    { name: 'no nomenclature reference: silent', registers: [opdRows('Dinas Sosial', 2025, [{ kode: '9.99.99.2.99.9999' }])] },
    {
      name: 'listed codes, and the programme and kegiatan codes above them',
      registers: [
        opdRows('Dinas Sosial', 2025, [
          { kode: '1.06.04' },
          { kode: '1.06.04.2.01' },
          { kode: '1.06.04.2.01.0001' },
          { kode: ' 1.06.04.2.01.0002 ' },
        ]),
      ],
      ctx: { refs: { nomenclature } },
    },
    {
      name: "a generic X.XX code written with the OPD's own bidang",
      registers: [opdRows('Dinas Sosial', 2025, [{ kode: '1.06.01.2.01.0001' }, { kode: 'X.XX.01.2.01.0001' }])],
      ctx: { refs: { nomenclature } },
    },
    {
      name: "malformed codes are program.code_format's business",
      registers: [opdRows('Dinas Sosial', 2025, [{ kode: '1.06.04.02.01.0001' }, { kode: 'JUMLAH' }])],
      ctx: { refs: { nomenclature } },
    },
    {
      name: 'a list without urusan rows does not judge urusan headings',
      registers: [opdRows('Dinas Sosial', 2025, [{ kode: '7' }])],
      ctx: { refs: { nomenclature } },
    },
  ],
  fail: [
    {
      name: 'urusan headings are judged when the list has urusan rows',
      registers: [opdRows('Dinas Sosial', 2025, [{ kode: '9' }, { kode: '1' }])],
      ctx: { refs: { nomenclature: new Map([...nomenclature, ['1', 'URUSAN PEMERINTAHAN WAJIB YANG BERKAITAN DENGAN PELAYANAN DASAR']]) } },
      expect: [{ params: { code: '9' } }],
    },
    {
      name: 'a sub-kegiatan code the list does not hold',
      registers: [opdRows('Dinas Sosial', 2025, [{ kode: '1.06.04.2.01.0009', uraian: 'Sub kegiatan baru' }])],
      ctx: { refs: { nomenclature } },
      expect: [
        {
          key: 'program.code_unknown',
          severity: 'warning',
          params: { code: '1.06.04.2.01.0009' },
          places: [{ register: 0, row: 2, field: 'kode' }],
        },
      ],
    },
    {
      name: 'the name is listed under another code: suggest it',
      registers: [
        opdRows('Dinas Sosial', 2025, [
          { kode: '1.06.04.2.01.0003', uraian: 'Fasilitasi bantuan pengembangan usaha ekonomi produktif bagi keluarga miskin' },
        ]),
      ],
      ctx: { refs: { nomenclature } },
      expect: [
        {
          params: { code: '1.06.04.2.01.0003', suggestion: '1.06.04.2.01.0002' },
          message: expect.stringContaining('Maksud Anda: "1.06.04.2.01.0002"?'),
        },
      ],
    },
    {
      name: 'a name listed under several codes suggests none',
      registers: [opdRows('Dinas Sosial', 2025, [{ kode: '1.06.04.2.01.0007', uraian: 'Penyediaan Gaji dan Tunjangan ASN' }])],
      ctx: { refs: { nomenclature } },
      expect: [{ params: { code: '1.06.04.2.01.0007' }, message: expect.not.stringContaining('Maksud') }],
    },
    {
      name: 'a programme code under no listed code',
      registers: [opdRows('Dinas Sosial', 2025, [{ kode: '1.06.09' }])],
      ctx: { refs: { nomenclature } },
      expect: [{ params: { code: '1.06.09' } }],
    },
  ],
});
