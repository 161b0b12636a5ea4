// kk.region: the KK's issuing area is a Kemendagri kab/kota code, and for Binjai one of its 5 kecamatan.
import { rule } from '../../../src/core/rules/kk.region';
import { num16, ruleTable, text16 } from './harness';

ruleTable(rule, {
  pass: [
    { name: 'Binjai Kota', rows: [{ no_kk: text16('1275020101150003') }] },
    { name: 'Kabupaten Deli Serdang', rows: [{ no_kk: text16('1207990101150003') }] },
    { name: 'old Papua code', rows: [{ no_kk: text16('9102010101150003') }] },
    { name: 'a number >= 2^53', rows: [{ no_kk: num16(9171020101150003) }] },
    { name: 'typed with dots', rows: [{ no_kk: text16('12.75.05.010115.0003') }] },
  ],
  fail: [
    {
      name: 'unknown province',
      rows: [{ no_kk: text16('0012020101150003') }],
      expect: [{ field: 'no_kk', key: 'kk.region.province', params: { code: '00' } }],
    },
    { name: 'BPS Kota Jayapura', rows: [{ no_kk: text16('9471020101150003') }], expect: [{ key: 'kk.region', params: { code: '9471' } }] },
    {
      name: 'Binjai kecamatan 09',
      rows: [{ no_kk: text16('1275 0901 0115 0003') }],
      expect: [{ key: 'kk.region.kecamatan', params: { code: '09' } }],
    },
  ],
});
