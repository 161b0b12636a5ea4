// nik.region: Kemendagri province and kab/kota codes of any edition; Binjai's kecamatan 01-05; a NIK from elsewhere is fine.
import { rule } from '../../../src/core/rules/nik.region';
import { num16, ruleTable, text16 } from './harness';

ruleTable(rule, {
  pass: [
    { name: 'Binjai Utara', rows: [{ nik: text16('1275011708800001') }] },
    { name: 'Binjai Selatan, a woman', rows: [{ nik: text16('1275055708800002') }] },
    { name: 'Kota Medan: from outside Binjai is not an error', rows: [{ nik: text16('1271991708800001') }] },
    { name: 'Kabupaten Langkat', rows: [{ nik: text16('1205011708800001') }] },
    { name: '1276 is BPS Binjai but Kemendagri Tebing Tinggi: a real area', rows: [{ nik: text16('1276011708800001') }] },
    { name: 'old Papua code 91.01, issued before the 2022 split', rows: [{ nik: text16('9101011708800001') }] },
    { name: 'new Papua Selatan code 93.01', rows: [{ nik: text16('9301011708800001') }] },
    { name: 'typed with spaces', rows: [{ nik: text16('1275 0117 0880 0001') }] },
    { name: 'typed with dots', rows: [{ nik: text16('12.75.01.170880.0001') }] },
    { name: 'a leading apostrophe', rows: [{ nik: text16("'1275011708800001") }] },
    { name: 'a number >= 2^53: digits 1-6 survive', rows: [{ nik: num16(9171011708800003) }] },
    { name: 'a bad format is nik.format only', rows: [{ nik: text16('99750117088001') }] },
    { name: 'letters are nik.format only', rows: [{ nik: text16('X9975011708800001') }] },
  ],
  fail: [
    {
      name: 'unknown province',
      rows: [{ nik: text16('9901011708800001') }],
      expect: [{ field: 'nik', severity: 'error', key: 'nik.region.province', params: { code: '99', value: '990101********01' } }],
    },
    {
      name: 'BPS-only province 97 (Papua Pegunungan is 95 in Kemendagri)',
      rows: [{ nik: text16('9701011708800001') }],
      expect: [{ key: 'nik.region.province', params: { code: '97' } }],
    },
    {
      name: 'BPS Kota Jayapura 9471 (Kemendagri 91.71)',
      rows: [{ nik: text16('9471011708800001') }],
      expect: [{ key: 'nik.region', params: { code: '9471' } }],
    },
    {
      name: 'unknown kab/kota in Sumatera Utara',
      rows: [{ nik: text16('1299011708800001') }],
      expect: [{ key: 'nik.region', params: { code: '1299' } }],
    },
    {
      name: 'Binjai kecamatan 06',
      rows: [{ nik: text16('1275061708800001') }],
      expect: [{ key: 'nik.region.kecamatan', params: { code: '06' } }],
    },
    {
      name: 'Binjai kecamatan 00',
      rows: [{ nik: text16('1275001708800001') }],
      expect: [{ key: 'nik.region.kecamatan', params: { code: '00' } }],
    },
    { name: 'typed with spaces', rows: [{ nik: text16('1299 0117 0880 0001') }], expect: [{ key: 'nik.region' }] },
    { name: 'typed with dots', rows: [{ nik: text16('12.75.07.170880.0001') }], expect: [{ key: 'nik.region.kecamatan' }] },
    { name: 'a leading apostrophe', rows: [{ nik: text16("'9901011708800001") }], expect: [{ key: 'nik.region.province' }] },
    {
      name: 'an untrusted number still has its first digits',
      rows: [{ nik: num16(9971011708800003) }],
      expect: [{ key: 'nik.region.province' }],
    },
    { name: 'a number exactly representable', rows: [{ nik: num16(1299011708800001) }], expect: [{ key: 'nik.region' }] },
  ],
});
