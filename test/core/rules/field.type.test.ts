// Cases for field.type: each unreadable cell is reported with the form its field expects; every field and type has words.
import { CATALOGUES } from '../../../src/core/i18n';
import { FIELDS } from '../../../src/core/model/fields';
import { rule } from '../../../src/core/rules/field.type';
import { ruleTable } from './harness';

ruleTable(rule, {
  pass: [
    { name: 'no issues', rows: [{ nama: 'A' }] },
    { name: 'enum issues are field.enum', rows: [], ctx: { issues: [{ row: 2, field: 'program', problem: 'enum', shown: 'PKK' }] } },
  ],
  fail: [
    {
      name: 'a date that does not exist',
      rows: [],
      ctx: { issues: [{ row: 5, field: 'tanggal_lahir', problem: 'type', shown: '31/02/1980' }] },
      expect: [
        {
          row: 5,
          field: 'tanggal_lahir',
          severity: 'error',
          key: 'field.type',
          message: 'Tanggal lahir "31/02/1980" tidak dapat dibaca sebagai tanggal. Tulis seperti 17/08/1980 atau 17 Agustus 1980.',
        },
      ],
    },
    {
      name: 'Renja figures, each issue in order',
      rows: [],
      ctx: {
        kind: 'program',
        issues: [
          { row: 7, field: 'realisasi_fisik_tw2', problem: 'type', shown: 'seratus' },
          { row: 8, field: 'pagu', problem: 'type', shown: 'Rp 1,5 M?' },
          { row: 9, field: 'realisasi_fisik_tw2', problem: 'type', shown: 'selesai' },
        ],
      },
      expect: [
        {
          row: 7,
          message:
            'Realisasi fisik s.d. TW II "seratus" tidak dapat dibaca sebagai persentase. Tulis angka 0 sampai 100, misalnya 75 atau 75,5%.',
        },
        { row: 8, params: { field: 'Pagu', type: 'jumlah rupiah' } },
        { row: 9, params: { shown: 'selesai' } },
      ],
    },
    {
      name: 'masked NIK as parse hands it over',
      rows: [],
      ctx: { issues: [{ row: 3, field: 'nik', problem: 'type', shown: '127501********01' }] },
      expect: [{ row: 3, params: { field: 'NIK', shown: '127501********01', type: 'nomor 16 digit' } }],
    },
    {
      name: 'English words',
      rows: [],
      ctx: { lang: 'en', issues: [{ row: 5, field: 'tanggal_lahir', problem: 'type', shown: '31/02/1980' }] },
      expect: [{ params: { field: 'Date of birth', type: 'a date', form: 'Write it like 17/08/1980 or 17 Agustus 1980.' } }],
    },
  ],
});

describe('field and type words', () => {
  test('every field of both kinds has a plain name, and every field type a noun and a form, in both languages', () => {
    for (const lang of ['id', 'en'] as const) {
      const cat = CATALOGUES[lang] as Record<string, string>;
      for (const kind of ['beneficiary', 'program'] as const) {
        for (const d of FIELDS[kind]) {
          expect(cat[`field.${d.id}`]).toBeTruthy();
          expect(cat[`type.${d.type}`]).toBeTruthy();
          expect(cat[`type.${d.type}.form`]).toBeTruthy();
        }
      }
    }
  });
});
