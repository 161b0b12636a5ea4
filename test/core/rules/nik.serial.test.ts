// nik.serial: 0000 is never issued; a number whose last digit Excel turned into 0 is not judged here.
import { rule } from '../../../src/core/rules/nik.serial';
import { num16, ruleTable, text16 } from './harness';

ruleTable(rule, {
  pass: [
    { name: 'serial 0001', rows: [{ nik: text16('1275011708800001') }] },
    { name: 'serial 9999', rows: [{ nik: text16('1275011708809999') }] },
    { name: 'serial 0010', rows: [{ nik: text16('1275011708800010') }] },
    { name: 'a woman', rows: [{ nik: text16('1275015708800002') }] },
    { name: 'an untrusted number ending 0000 (15 digits then 0)', rows: [{ nik: num16(1275011708800000) }] },
    { name: 'a number >= 2^53', rows: [{ nik: num16(9171011708800000) }] },
    { name: 'a bad format is nik.format only', rows: [{ nik: text16('127501170880000') }] },
  ],
  fail: [
    {
      name: 'serial 0000',
      rows: [{ nik: text16('1275011708800000') }],
      expect: [{ field: 'nik', severity: 'error', key: 'nik.serial', params: { value: '127501********00' } }],
    },
    { name: 'typed with spaces', rows: [{ nik: text16('1275 0117 0880 0000') }], expect: [{ key: 'nik.serial' }] },
    { name: 'typed with dots', rows: [{ nik: text16('12.75.01.170880.0000') }], expect: [{ key: 'nik.serial' }] },
    { name: 'a leading apostrophe', rows: [{ nik: text16("'1275015708800000") }], expect: [{ key: 'nik.serial' }] },
  ],
});
