// nik.format: 16 digits once separators and a leading apostrophe are gone; the message masks the NIK and counts the digits.
import { rule } from '../../../src/core/rules/nik.format';
import { num16, ruleTable, text16 } from './harness';

ruleTable(rule, {
  pass: [
    { name: '16 digits as text', rows: [{ nik: text16('1275011708800001') }] },
    { name: 'a woman (+40 band)', rows: [{ nik: text16('1275015708800002') }] },
    { name: 'typed with spaces', rows: [{ nik: text16('1275 0117 0880 0001') }] },
    { name: 'typed with dots', rows: [{ nik: text16('12.75.01.170880.0001') }] },
    { name: 'a leading apostrophe', rows: [{ nik: text16("'1275011708800001") }] },
    { name: 'a number exactly representable', rows: [{ nik: num16(1275011708800001) }] },
    { name: 'a number >= 2^53 still has 16 digits (nik.stored_as_number reports it)', rows: [{ nik: num16(9171011708800003) }] },
    { name: '15 digits then 0 still has 16 digits', rows: [{ nik: num16(1275011708800010) }] },
    { name: 'an empty cell (field.required reports it)', rows: [{ nik: undefined, nama: 'x' }] },
    { name: 'no NIK column', rows: [{ nama: 'x' }] },
  ],
  fail: [
    {
      name: '15 digits',
      rows: [{ nik: text16('127501170880001') }],
      expect: [{ row: 2, field: 'nik', severity: 'error', key: 'nik.format', params: { value: '127501*******01', count: 15 } }],
    },
    {
      name: '17 digits',
      rows: [{ nik: text16('12750117088000011') }],
      expect: [{ key: 'nik.format', params: { value: '127501*********11', count: 17 } }],
    },
    {
      name: 'a letter O for a zero',
      rows: [{ nik: text16('12750117O8800001') }],
      expect: [{ key: 'nik.format.junk', params: { count: 15 } }],
    },
    {
      name: 'a label in the cell, 16 digits',
      rows: [{ nik: text16('NIK 1275011708800001') }],
      expect: [{ key: 'nik.format.junk', params: { value: '127501********01', count: 16 } }],
    },
    {
      name: 'scientific notation pasted as text: the digits are gone',
      rows: [{ nik: { digits: '127501', junk: true, fromNumber: true, trusted: false } }],
      expect: [{ key: 'nik.format.number', params: { count: 6 }, message: expect.stringContaining('Ketik ulang NIK dari KTP') }],
    },
    { name: 'only a dash', rows: [{ nik: text16('-') }], expect: [{ key: 'nik.format.none', params: { count: 0 } }] },
    { name: 'a note instead of a NIK', rows: [{ nik: text16('belum ada') }], expect: [{ key: 'nik.format.none' }] },
    {
      name: 'a number shortened to 15 digits',
      rows: [{ nik: num16(127501170880001) }],
      expect: [{ key: 'nik.format', params: { count: 15 } }],
    },
    {
      name: 'only the bad row, at its sheet row, and never the full NIK',
      rows: [{ nik: text16('1275011708800001') }, { nik: text16('1275 0117 0880 001') }],
      expect: [{ row: 3, message: expect.not.stringContaining('127501170880001') }],
    },
  ],
});
