// kk.stored_as_number: a KK number held as a number is an error when digits may be lost, else a warning.
import { rule } from '../../../src/core/rules/kk.stored_as_number';
import { num16, ruleTable, text16 } from './harness';

ruleTable(rule, {
  pass: [
    { name: 'text', rows: [{ no_kk: text16('1275020101150003') }] },
    { name: 'text with dots', rows: [{ no_kk: text16('12.75.02.010115.0003') }] },
    { name: 'a short number is kk.format only', rows: [{ no_kk: num16(127502010115000) }] },
    { name: 'a numeric NIK is not the KK', rows: [{ nik: num16(1275011708800001), no_kk: text16('1275020101150003') }] },
  ],
  fail: [
    {
      name: 'exactly representable: warning',
      rows: [{ no_kk: num16(1275020101150003) }],
      expect: [{ field: 'no_kk', severity: 'warning', key: 'kk.stored_as_number.intact', params: { value: '127502********03' } }],
    },
    { name: '>= 2^53: error', rows: [{ no_kk: num16(9171020101150003) }], expect: [{ severity: 'error', key: 'kk.stored_as_number' }] },
    {
      name: '15 digits then 0: error',
      rows: [{ no_kk: num16(1275020101150010) }],
      expect: [{ severity: 'error', key: 'kk.stored_as_number' }],
    },
  ],
});
