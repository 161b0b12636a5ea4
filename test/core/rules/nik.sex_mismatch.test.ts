// nik.sex_mismatch: the sex column agrees with the NIK's day band (01-31 men, 41-71 women).
import { rule } from '../../../src/core/rules/nik.sex_mismatch';
import { num16, ruleTable, text16 } from './harness';

ruleTable(rule, {
  pass: [
    { name: 'a man', rows: [{ nik: text16('1275011708800001'), jenis_kelamin: 'L' }] },
    { name: 'a woman', rows: [{ nik: text16('1275015708800002'), jenis_kelamin: 'P' }] },
    { name: 'a woman born on the 1st (41)', rows: [{ nik: text16('1275014101900002'), jenis_kelamin: 'P' }] },
    { name: 'a man born on the 31st', rows: [{ nik: text16('1275013101900001'), jenis_kelamin: 'L' }] },
    { name: 'an untrusted number', rows: [{ nik: num16(1275015708800010), jenis_kelamin: 'P' }] },
    { name: 'no sex in the row', rows: [{ nik: text16('1275015708800002'), jenis_kelamin: undefined }] },
    { name: 'no sex column', rows: [{ nik: text16('1275015708800002') }] },
    { name: 'a day in no band is nik.birthdate only', rows: [{ nik: text16('1275013508800002'), jenis_kelamin: 'P' }] },
  ],
  fail: [
    {
      name: 'a woman recorded as L',
      rows: [{ nik: text16('1275015708800002'), jenis_kelamin: 'L' }],
      expect: [
        {
          field: 'jenis_kelamin',
          severity: 'warning',
          key: 'nik.sex_mismatch',
          params: { sex: 'L', nikSex: 'P', value: '127501********02' },
        },
      ],
    },
    {
      name: 'a man recorded as P',
      rows: [{ nik: text16('1275011708800001'), jenis_kelamin: 'P' }],
      expect: [{ key: 'nik.sex_mismatch.male', params: { sex: 'P', nikSex: 'L' } }],
    },
    {
      name: 'a woman born on the 31st (71) as L',
      rows: [{ nik: text16('1275017101900002'), jenis_kelamin: 'L' }],
      expect: [{ key: 'nik.sex_mismatch' }],
    },
    {
      name: 'typed with spaces',
      rows: [{ nik: text16('1275 0157 0880 0002'), jenis_kelamin: 'L' }],
      expect: [{ key: 'nik.sex_mismatch' }],
    },
    { name: 'an untrusted number', rows: [{ nik: num16(9171015708800003), jenis_kelamin: 'L' }], expect: [{ key: 'nik.sex_mismatch' }] },
  ],
});
