// kk.format: a KK number is 16 digits once separators and a leading apostrophe are gone.
import { rule } from '../../../src/core/rules/kk.format';
import { num16, ruleTable, text16 } from './harness';

ruleTable(rule, {
  pass: [
    { name: '16 digits as text', rows: [{ no_kk: text16('1275020101150003') }] },
    { name: 'typed with spaces', rows: [{ no_kk: text16('1275 0201 0115 0003') }] },
    { name: 'typed with dots', rows: [{ no_kk: text16('12.75.02.010115.0003') }] },
    { name: 'a leading apostrophe', rows: [{ no_kk: text16("'1275020101150003") }] },
    { name: 'a number', rows: [{ no_kk: num16(1275020101150003) }] },
    { name: 'a number >= 2^53', rows: [{ no_kk: num16(9171020101150003) }] },
    { name: 'an empty cell', rows: [{ no_kk: undefined, nik: text16('1275011708800001') }] },
    { name: 'a bad NIK is not a bad KK', rows: [{ nik: text16('123'), no_kk: text16('1275020101150003') }] },
  ],
  fail: [
    {
      name: '14 digits',
      rows: [{ no_kk: text16('12750201011500') }],
      expect: [{ field: 'no_kk', severity: 'error', key: 'kk.format', params: { value: '127502******00', count: 14 } }],
    },
    { name: 'letters', rows: [{ no_kk: text16('KK 1275020101150003') }], expect: [{ key: 'kk.format.junk', params: { count: 16 } }] },
    {
      name: 'scientific notation pasted as text',
      rows: [{ no_kk: { digits: '127502', junk: true, fromNumber: true, trusted: false } }],
      expect: [{ key: 'kk.format.number' }],
    },
    { name: 'a dash', rows: [{ no_kk: text16('-') }], expect: [{ key: 'kk.format.none' }] },
    { name: 'a number shortened to 15 digits', rows: [{ no_kk: num16(127502010115000) }], expect: [{ key: 'kk.format' }] },
  ],
});
