// nik.birthdate: digits 7-12 are a real ddmmyy date, day 01-31 or 41-71 (women), the year resolved against today (2026-11-28).
import { rule } from '../../../src/core/rules/nik.birthdate';
import { num16, ruleTable, text16 } from './harness';

const nik = (ddmmyy: string) => text16('127501' + ddmmyy + '0001');

ruleTable(rule, {
  pass: [
    { name: 'a man, 17/08/1980', rows: [{ nik: nik('170880') }] },
    { name: 'a woman, 17/08/1980 (+40)', rows: [{ nik: nik('570880') }] },
    { name: 'a woman born on the 31st (71)', rows: [{ nik: nik('710180') }] },
    { name: 'a woman born on the 1st (41)', rows: [{ nik: nik('410180') }] },
    { name: '29 Feb 2000 (year 00 is 2000, a leap year)', rows: [{ nik: nik('290200') }] },
    { name: '29 Feb 2000, a woman', rows: [{ nik: nik('690200') }] },
    { name: '29 Feb 2024', rows: [{ nik: nik('290224') }] },
    { name: 'born today', rows: [{ nik: nik('281126') }] },
    { name: 'year 26 after today is 1926', rows: [{ nik: nik('291226') }] },
    { name: 'typed with spaces', rows: [{ nik: text16('1275 0117 0880 0001') }] },
    { name: 'typed with dots', rows: [{ nik: text16('12.75.01.170880.0001') }] },
    { name: 'a leading apostrophe', rows: [{ nik: text16("'1275011708800001") }] },
    { name: 'an untrusted number: digits 7-12 survive', rows: [{ nik: num16(1275011708800010) }] },
    { name: 'a bad format is nik.format only', rows: [{ nik: text16('12750199999') }] },
  ],
  fail: [
    {
      name: '29 Feb 2023, not a leap year',
      rows: [{ nik: nik('290223') }],
      expect: [{ field: 'nik', severity: 'error', key: 'nik.birthdate', params: { date: '29/02/2023', value: '127501********01' } }],
    },
    { name: '29 Feb 2023, a woman', rows: [{ nik: nik('690223') }], expect: [{ key: 'nik.birthdate', params: { date: '29/02/2023' } }] },
    { name: '30 Feb 2000', rows: [{ nik: nik('300200') }], expect: [{ key: 'nik.birthdate', params: { date: '30/02/2000' } }] },
    { name: '31 April', rows: [{ nik: nik('310480') }], expect: [{ key: 'nik.birthdate', params: { date: '31/04/1980' } }] },
    { name: '31 April, a woman', rows: [{ nik: nik('710480') }], expect: [{ key: 'nik.birthdate', params: { date: '31/04/1980' } }] },
    { name: 'day 32', rows: [{ nik: nik('320880') }], expect: [{ key: 'nik.birthdate.day', params: { day: '32' } }] },
    { name: 'day 40, between the bands', rows: [{ nik: nik('400880') }], expect: [{ key: 'nik.birthdate.day', params: { day: '40' } }] },
    { name: 'day 72, past the women band', rows: [{ nik: nik('720880') }], expect: [{ key: 'nik.birthdate.day', params: { day: '72' } }] },
    { name: 'day 00', rows: [{ nik: nik('000880') }], expect: [{ key: 'nik.birthdate.day', params: { day: '00' } }] },
    { name: 'month 13', rows: [{ nik: nik('171380') }], expect: [{ key: 'nik.birthdate.month', params: { month: '13' } }] },
    { name: 'month 00, year 00', rows: [{ nik: nik('170000') }], expect: [{ key: 'nik.birthdate.month', params: { month: '00' } }] },
    { name: 'typed with spaces', rows: [{ nik: text16('1275 0132 0880 0001') }], expect: [{ key: 'nik.birthdate.day' }] },
    { name: 'typed with dots', rows: [{ nik: text16('12.75.01.171380.0001') }], expect: [{ key: 'nik.birthdate.month' }] },
    { name: 'a leading apostrophe', rows: [{ nik: text16("'1275012902230001") }], expect: [{ key: 'nik.birthdate' }] },
    { name: 'an untrusted number', rows: [{ nik: num16(1275013208800010) }], expect: [{ key: 'nik.birthdate.day' }] },
    { name: 'a number >= 2^53', rows: [{ nik: num16(9171013208800003) }], expect: [{ key: 'nik.birthdate.day', params: { day: '32' } }] },
  ],
});
