// nik.dob_mismatch: the date-of-birth column agrees with the NIK's day, month and two-digit year (no century guess involved).
import { rule } from '../../../src/core/rules/nik.dob_mismatch';
import { day, num16, ruleTable, text16 } from './harness';

ruleTable(rule, {
  pass: [
    { name: 'same date', rows: [{ nik: text16('1275011708800001'), tanggal_lahir: day(1980, 8, 17) }] },
    { name: 'a woman (+40)', rows: [{ nik: text16('1275015708800002'), tanggal_lahir: day(1980, 8, 17) }] },
    { name: '29 Feb 2000 (year 00)', rows: [{ nik: text16('1275012902000001'), tanggal_lahir: day(2000, 2, 29) }] },
    { name: 'the century is not compared: 1920 and 20', rows: [{ nik: text16('1275010505200001'), tanggal_lahir: day(1920, 5, 5) }] },
    { name: 'typed with spaces', rows: [{ nik: text16('1275 0117 0880 0001'), tanggal_lahir: day(1980, 8, 17) }] },
    { name: 'an untrusted number', rows: [{ nik: num16(1275011708800010), tanggal_lahir: day(1980, 8, 17) }] },
    { name: 'no date in the row', rows: [{ nik: text16('1275011708800001'), tanggal_lahir: undefined }] },
    { name: 'no date column', rows: [{ nik: text16('1275011708800001') }] },
    { name: 'an impossible NIK date is nik.birthdate only', rows: [{ nik: text16('1275012902230001'), tanggal_lahir: day(2023, 3, 1) }] },
    { name: 'a bad format is nik.format only', rows: [{ nik: text16('127501180880001'), tanggal_lahir: day(1980, 8, 17) }] },
  ],
  fail: [
    {
      name: 'one day apart',
      rows: [{ nik: text16('1275011808800001'), tanggal_lahir: day(1980, 8, 17) }],
      expect: [
        {
          field: 'tanggal_lahir',
          severity: 'warning',
          key: 'nik.dob_mismatch',
          params: { date: '17/08/1980', nikDate: '18/08/1980', value: '127501********01' },
        },
      ],
    },
    {
      name: 'another month',
      rows: [{ nik: text16('1275011709800001'), tanggal_lahir: day(1980, 8, 17) }],
      expect: [{ params: { nikDate: '17/09/1980' } }],
    },
    {
      name: 'another year',
      rows: [{ nik: text16('1275011708810001'), tanggal_lahir: day(1980, 8, 17) }],
      expect: [{ params: { nikDate: '17/08/1981' } }],
    },
    {
      name: 'a woman whose column date is the NIK day without the band',
      rows: [{ nik: text16('1275015708800002'), tanggal_lahir: day(1980, 8, 18) }],
      expect: [{ params: { date: '18/08/1980', nikDate: '17/08/1980' } }],
    },
    {
      name: '29 Feb 2000 vs 28 Feb',
      rows: [{ nik: text16('1275012902000001'), tanggal_lahir: day(2000, 2, 28) }],
      expect: [{ params: { nikDate: '29/02/2000' } }],
    },
    {
      name: 'typed with dots',
      rows: [{ nik: text16('12.75.01.180880.0001'), tanggal_lahir: day(1980, 8, 17) }],
      expect: [{ key: 'nik.dob_mismatch' }],
    },
    {
      name: 'an untrusted number',
      rows: [{ nik: num16(1275011808800010), tanggal_lahir: day(1980, 8, 17) }],
      expect: [{ key: 'nik.dob_mismatch' }],
    },
  ],
});
