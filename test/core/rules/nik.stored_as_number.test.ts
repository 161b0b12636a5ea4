// nik.stored_as_number: error when the digits cannot be trusted (>= 2^53, or 15 digits then 0), warning when they are intact.
import { rule } from '../../../src/core/rules/nik.stored_as_number';
import { num16, ruleTable, text16 } from './harness';

ruleTable(rule, {
  pass: [
    { name: 'text', rows: [{ nik: text16('1275011708800001') }] },
    { name: 'text with a leading apostrophe', rows: [{ nik: text16("'1275011708800001") }] },
    { name: 'text with spaces', rows: [{ nik: text16('1275 0117 0880 0001') }] },
    { name: 'a number that is not 16 digits is nik.format only', rows: [{ nik: num16(127501170880001) }] },
    { name: 'no NIK column', rows: [{ nama: 'x' }] },
  ],
  fail: [
    {
      name: 'a number exactly representable: warning, the cell must become text',
      rows: [{ nik: num16(1275011708800001) }],
      expect: [{ field: 'nik', severity: 'warning', key: 'nik.stored_as_number.intact', params: { value: '127501********01' } }],
    },
    {
      name: 'a woman, as a number',
      rows: [{ nik: num16(1275015708800002) }],
      expect: [{ severity: 'warning', key: 'nik.stored_as_number.intact' }],
    },
    {
      name: 'a number >= 2^53 (old Papua code): error, retype from the KTP',
      rows: [{ nik: num16(9171011708800003) }],
      expect: [{ severity: 'error', key: 'nik.stored_as_number', message: expect.stringContaining('Ketik ulang NIK dari KTP') }],
    },
    {
      name: '15 significant digits then 0 (Excel): error',
      rows: [{ nik: num16(1275011708800010) }],
      expect: [{ severity: 'error', key: 'nik.stored_as_number', params: { value: '127501********10' } }],
    },
  ],
});
